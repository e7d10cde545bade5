import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SinkMode = 'accept' | 'reject-permanently' | 'reject-temporarily';

/** A real SMTP server inside the test: collects every message it accepts, parsed. */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  /** Connection errors (a sender killed mid-conversation resets its socket): kept, never thrown into the test. */
  readonly connectionErrors: Error[] = [];
  mode: SinkMode = 'accept';
  /**
   * Runs after a message is received in full and recorded, before the sink answers 250: a test can cut the
   * database here, or hold the answer back while it kills the sender.
   */
  beforeReply?: (mail: ParsedMail) => Promise<void>;
  private server?: SMTPServer;
  private port = 0;

  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.mode === 'reject-permanently') {
          const error = Object.assign(new Error(`550 mailbox ${address.address} unavailable`), { responseCode: 550 });
          return callback(error);
        }
        if (this.mode === 'reject-temporarily') {
          return callback(
            Object.assign(new Error(`451 ${address.address} busy, try again later`), { responseCode: 451 }),
          );
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then(async (mail) => {
            this.messages.push(mail);
            await this.beforeReply?.(mail);
            callback();
          })
          .catch(callback);
      },
    });
    this.server.on('error', (error: Error) => this.connectionErrors.push(error));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The port it listens on (to put a TcpProxy in front of it). */
  get listeningPort(): number {
    return this.port;
  }

  /** Messages carrying this idempotency key header. */
  withKey(key: string): ParsedMail[] {
    return this.messages.filter((mail) => mail.headers.get('x-tuoyu-idempotency-key') === key);
  }

  /** Messages addressed to exactly this address (case-insensitive), not to one that merely ends with it. */
  to(address: string): ParsedMail[] {
    const wanted = address.toLowerCase();
    return this.messages.filter((mail) => {
      const lists = mail.to === undefined ? [] : Array.isArray(mail.to) ? mail.to : [mail.to];
      return lists.some((list) => list.value.some((entry) => entry.address?.toLowerCase() === wanted));
    });
  }

  async stop(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
