import { Webhook } from 'standardwebhooks';

export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface SignedWebhook {
  /** Stable per event: the receiver drops repeats by it (webhook-id). */
  id: string;
  body: string;
}

/**
 * POSTs one event signed by the Standard Webhooks scheme (webhook-id, webhook-timestamp, webhook-signature).
 * Returns the failure in words, or undefined when the receiver answered 2xx.
 */
export async function postSignedWebhook(
  url: string,
  secret: string,
  event: SignedWebhook,
  now: Date,
): Promise<string | undefined> {
  const headers = {
    'content-type': 'application/json',
    'webhook-id': event.id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(event.id, now, event.body),
  };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: event.body,
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    if (response.ok) return undefined;
    return `HTTP ${response.status} ${(await response.text()).slice(0, 200)}`;
  } catch (error) {
    return (error as Error).message;
  }
}
