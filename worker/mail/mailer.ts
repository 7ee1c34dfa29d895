/**
 * One interface for all outgoing mail. Locally it lands in the dev mailbox (D1 table `dev_mail`,
 * page /dev/mailbox); in production an HTTP transport is configured (docs/deploy.md).
 */
import { database } from '../db/client';
import { devMail } from '../db/schema';
import type { Env } from '../env';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** Stores mail in D1 so a developer (and the end-to-end tests) can read it. */
export const devMailbox = (db: D1Database): Mailer => ({
  async send(mail) {
    await database(db).insert(devMail).values({ id: crypto.randomUUID(), ...mail, createdAt: Date.now() });
  },
});

/**
 * Posts mail as JSON to a transactional mail API (MAIL_API_URL, MAIL_API_TOKEN, MAIL_FROM).
 * Delivery failure throws, so the caller can answer 502/503 instead of pretending it was sent.
 */
export const httpMailer = (url: string, token: string, from: string, fetchFn: typeof fetch = fetch): Mailer => ({
  async send(mail) {
    const res = await fetchFn(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ from, to: mail.to, subject: mail.subject, text: mail.text }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`mail transport answered ${res.status}`);
  },
});

/**
 * @example
 * await mailerFor(c.env).send({ to, subject, text });
 */
export function mailerFor(env: Env): Mailer {
  if (env.MAIL_API_URL && env.MAIL_API_TOKEN && env.MAIL_FROM) return httpMailer(env.MAIL_API_URL, env.MAIL_API_TOKEN, env.MAIL_FROM);
  if (env.ENVIRONMENT === 'development') return devMailbox(env.DB);
  throw new Error('No mail transport configured (MAIL_API_URL, MAIL_API_TOKEN, MAIL_FROM).');
}
