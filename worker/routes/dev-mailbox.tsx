/** `/dev/mailbox`: outgoing mail in local development (404 anywhere else). */
import { desc } from 'drizzle-orm';
import { Hono } from 'hono';
import { database } from '../db/client';
import { devMail } from '../db/schema';
import type { AppEnv } from '../env';
import { problem } from '../http/problem';
import { isDevelopment } from '../settings';

export const devMailbox = new Hono<AppEnv>();

devMailbox.get('/dev/mailbox', async (c) => {
  if (!isDevelopment(c.env)) return problem(c, 404, 'not_found', 'Nothing is at /dev/mailbox.');
  const mails = await database(c.env.DB).select().from(devMail).orderBy(desc(devMail.createdAt)).limit(50).all();
  if (c.req.header('accept')?.includes('application/json')) return c.json({ mails });
  return c.html(
    '<!doctype html>' +
      (
        <html lang="de">
          <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>Dev-Postfach – bring-together</title>
          </head>
          <body style="font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:0 auto;padding:1rem">
            <main>
              <h1>Dev-Postfach (nur lokal)</h1>
              {mails.length === 0 ? <p>Noch keine E-Mails.</p> : null}
              {mails.map((m) => (
                <article style="border:1px solid #ccc;border-radius:8px;padding:1rem;margin:1rem 0">
                  <h2 style="font-size:1.1rem;margin:0">{m.subject}</h2>
                  <p>
                    An: {m.to} · {new Date(m.createdAt).toISOString()}
                  </p>
                  <pre style="white-space:pre-wrap">{m.text}</pre>
                </article>
              ))}
            </main>
          </body>
        </html>
      ).toString(),
  );
});
