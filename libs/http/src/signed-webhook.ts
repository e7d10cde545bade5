import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Webhook } from 'standardwebhooks';
import { publicOnlyLookup, webhookUrlProblem } from './webhook-url';

export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface SignedWebhook {
  /** Stable per event: the receiver drops repeats by it (webhook-id). */
  id: string;
  body: string;
}

/**
 * POSTs one event signed by the Standard Webhooks scheme (webhook-id, webhook-timestamp, webhook-signature).
 * Returns the failure in words, or undefined when the receiver answered 2xx. A redirect is a failure, never
 * followed (it could lead inside). With `publicOnly` (a URL a department gave, in production) the URL is checked again
 * and the connection goes only to a public address, whatever the name resolves to by now.
 */
export async function postSignedWebhook(
  url: string,
  secret: string,
  event: SignedWebhook,
  now: Date,
  publicOnly: boolean,
): Promise<string | undefined> {
  const problem = webhookUrlProblem(url, publicOnly);
  if (problem) return `webhookUrl ${problem}`;
  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(event.body)),
    'webhook-id': event.id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(event.id, now, event.body),
  };
  const request = new URL(url).protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const call = request(
      url,
      {
        method: 'POST',
        headers,
        timeout: WEBHOOK_TIMEOUT_MS,
        lookup: publicOnly ? publicOnlyLookup : undefined,
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text = (text + chunk).slice(0, 200)));
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) return resolve(undefined);
          const redirect = status >= 300 && status < 400 ? ' (redirects are not followed)' : '';
          resolve(`HTTP ${status}${redirect} ${text}`.trim());
        });
        response.on('error', (error) => resolve(error.message));
      },
    );
    call.on('timeout', () => call.destroy(new Error(`no answer within ${WEBHOOK_TIMEOUT_MS} ms`)));
    call.on('error', (error) => resolve(error.message));
    call.end(event.body);
  });
}
