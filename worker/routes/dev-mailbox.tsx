/** `/dev/mailbox`: outgoing mail in local development (404 anywhere else). */
import { desc } from 'drizzle-orm';
import { Hono } from 'hono';
import { database } from '../db/client';
import { devMail } from '../db/schema';
import type { AppEnv } from '../env';
import { Document, documentHtml } from '../http/document';
import { problem } from '../http/problem';
import { STYLESHEET_PATH } from '../manage/pages';
import { isDevelopment } from '../settings';
import { messages } from '../i18n';

/** The mailbox has always been German; its English texts keep the catalogue whole. */
const LOCALE = 'de';

export const devMailbox = new Hono<AppEnv>();

devMailbox.get('/dev/mailbox', async (c) => {
  if (!isDevelopment(c.env)) return problem(c, 404, 'not_found', 'Nothing is at /dev/mailbox.');
  const mails = await database(c.env.DB).select().from(devMail).orderBy(desc(devMail.createdAt)).limit(50).all();
  if (c.req.header('accept')?.includes('application/json')) return c.json({ mails });
  const t = messages(LOCALE).devMailbox;
  return c.html(
    documentHtml(
      <Document lang={LOCALE} title={`${t.title} – bring-together`} stylesheet={STYLESHEET_PATH} noindex>
        <main id="main">
          <h1>{t.heading}</h1>
          {mails.length === 0 ? <p>{t.empty}</p> : null}
          {mails.map((m) => (
            <article class="card">
              <h2>{m.subject}</h2>
              <p>
                {t.to} {m.to}
                {m.replyTo ? ` · ${t.replyTo} ${m.replyTo}` : ''} · {new Date(m.createdAt).toISOString()}
              </p>
              <pre>{m.text}</pre>
            </article>
          ))}
        </main>
      </Document>,
    ),
  );
});
