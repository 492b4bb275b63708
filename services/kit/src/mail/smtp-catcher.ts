import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  /** Lower-case header name → value as sent (e.g. list-unsubscribe). */
  headers: Record<string, string>;
  receivedAt: Date;
}

/** Largest message accepted; notifications are a few kilobytes. */
const MAX_MESSAGE_BYTES = 1024 * 1024;

/**
 * An SMTP server that accepts every message and keeps the newest `limit` in memory: `npm start`'s
 * local relay (nothing leaves the machine) and the real server the mail tests send to. Loopback only,
 * no authentication or TLS, so it is never a relay for anyone else.
 */
export class SmtpCatcher {
  private readonly caught: CaughtMail[] = [];
  private readonly server: SMTPServer;

  constructor(private readonly limit = 200) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: MAX_MESSAGE_BYTES,
      logger: false,
      // Stored before the client is told the message was accepted, so a send that resolved is listed.
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.keep({
              id: randomUUID(),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
              headers: Object.fromEntries(parsed.headerLines.map(({ key, line }) => [key, line.slice(line.indexOf(':') + 1).trim()])),
              receivedAt: new Date(),
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
  }

  /** Listens on host:port (0 picks a free port) and returns the port. */
  listen(host: string, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.server.once('error', reject);
      this.server.listen(port, host, () => resolve((this.server.server.address() as AddressInfo).port));
    });
  }

  /** Newest first. */
  mails(): readonly CaughtMail[] {
    return [...this.caught].reverse();
  }

  clear(): void {
    this.caught.length = 0;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private keep(mail: CaughtMail): void {
    this.caught.push(mail);
    if (this.caught.length > this.limit) this.caught.splice(0, this.caught.length - this.limit);
  }
}
