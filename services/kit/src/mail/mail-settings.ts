import type { EnvReader } from '../config/env';

/** Where `npm start`'s mail catcher listens unless MAIL_CATCHER_PORT says otherwise. */
export const DEFAULT_MAIL_CATCHER_PORT = 1025;

export interface MailSettings {
  /** smtp:// or smtps:// with credentials if the relay needs them (SMTP_URL). */
  smtpUrl: string;
  /** The From address, e.g. `CareerGraph <no-reply@district.example>` (MAIL_FROM). */
  from: string;
}

/**
 * SMTP_URL and MAIL_FROM: required in production, where a mail to a real person must go through the
 * district's relay; elsewhere the local catcher `npm start` runs, so nothing leaves the machine.
 */
export function readMailSettings(env: EnvReader, production: boolean): MailSettings {
  if (production) {
    return { smtpUrl: env.url('SMTP_URL', ['smtp:', 'smtps:']) ?? env.required('SMTP_URL'), from: env.required('MAIL_FROM') };
  }
  const catcher = `smtp://127.0.0.1:${env.port('MAIL_CATCHER_PORT', DEFAULT_MAIL_CATCHER_PORT)}`;
  return {
    smtpUrl: env.url('SMTP_URL', ['smtp:', 'smtps:'], catcher)!,
    from: env.string('MAIL_FROM', 'CareerGraph <no-reply@careergraph.localhost>'),
  };
}
