/** One email ready to go: headers already carry the idempotency key. */
export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
}

/** The port the delivery service sends through (nodemailer in production, the same in tests against a sink). */
export abstract class MailTransport {
  abstract send(mail: OutgoingMail): Promise<void>;
}

/**
 * Failures retrying cannot fix (SMTP 5xx, a rejected address). Everything else (connection refused or reset,
 * timeouts, 4xx) is transient: the relay may be back later, and the attempts are bounded anyway.
 */
export function isPermanentMailFailure(error: unknown): boolean {
  const { responseCode, code } = error as { responseCode?: number; code?: string };
  if (typeof responseCode === 'number') return responseCode >= 500;
  return code === 'EENVELOPE';
}

/** What goes on the delivery row and in the log: the SMTP code or socket error, then the server's words. */
export function describeMailFailure(error: unknown): string {
  const { code, responseCode, message } = error as { code?: string; responseCode?: number; message?: string };
  const text = message ?? String(error);
  const prefix = [code, responseCode].filter((part) => part !== undefined && !text.includes(String(part)));
  return `${prefix.length ? `${prefix.join(' ')}: ` : ''}${text}`.slice(0, 1000);
}
