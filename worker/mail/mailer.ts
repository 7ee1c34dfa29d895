/**
 * One interface for all outgoing mail, two transports: the dev mailbox (D1 table `dev_mail`, page
 * /dev/mailbox; only when ENVIRONMENT is `development` and no mail API is set) and the HTTP
 * transport for a transactional mail API (worker/mail/transport.ts). Outside development a missing
 * mail API is an error, never a silent drop.
 */
import { database } from '../db/client';
import { devMail } from '../db/schema';
import type { Env } from '../env';
import { assertSettings } from '../settings';
import type { Mailer } from './mail';
import { httpTransport, safeMail, type MailApiFormat } from './transport';

export type { Mail, Mailer } from './mail';

/** Stores mail in D1 so a developer (and the end-to-end tests) can read it. */
export const devMailbox = (db: D1Database): Mailer => ({
  async send(raw) {
    const mail = safeMail(raw);
    await database(db)
      .insert(devMail)
      .values({ id: mail.id ?? crypto.randomUUID(), to: mail.to, subject: mail.subject, text: mail.text, replyTo: mail.replyTo ?? null, headers: mail.headers ?? null, createdAt: Date.now() })
      // A mail sent again under its id (the outbox after a lost acknowledgement) lands once, as at a real mail API.
      .onConflictDoNothing();
  },
});

const FORMATS: readonly MailApiFormat[] = ['resend', 'postmark'];

/**
 * @example
 * await mailerFor(c.env).send({ to, subject, text, replyTo });
 */
export function mailerFor(env: Env, options: { retries?: number } = {}): Mailer {
  assertSettings(env, ['mail']);
  if (env.MAIL_API_URL) {
    const format = FORMATS.find((f) => f === env.MAIL_API_FORMAT?.trim().toLowerCase()) ?? 'resend';
    return httpTransport({ url: env.MAIL_API_URL, token: env.MAIL_API_TOKEN!, from: env.MAIL_FROM!, format, ...options });
  }
  return devMailbox(env.DB);
}
