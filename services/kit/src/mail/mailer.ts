import nodemailer, { type Transporter } from 'nodemailer';
import type { MailSettings } from './mail-settings';
import type { RenderedMail } from './mail-template';

export interface OutgoingMail extends RenderedMail {
  to: string;
  subject: string;
  /**
   * Where the recipient stops this kind of mail: List-Unsubscribe with one-click POST (RFC 8058).
   * Absent for a transactional mail (a one-time link the recipient is waiting for).
   */
  unsubscribeUrl?: string;
}

/** Sends over SMTP (nodemailer); resolves once the relay accepted the message. */
export class Mailer {
  private readonly transport: Transporter;

  constructor(private readonly settings: MailSettings) {
    // A relay that stops answering must not hold a worker for nodemailer's default of minutes.
    this.transport = nodemailer.createTransport({ url: settings.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: this.settings.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.unsubscribeUrl
        ? { 'List-Unsubscribe': `<${mail.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
        : {},
    });
  }

  close(): void {
    this.transport.close();
  }
}
