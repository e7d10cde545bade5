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

/** Failures retrying cannot fix (SMTP 5xx, a rejected address). */
export function isPermanentMailFailure(error: unknown): boolean {
  const { responseCode, code } = error as { responseCode?: number; code?: string };
  if (typeof responseCode === 'number') return responseCode >= 500;
  return code === 'EENVELOPE';
}
