/**
 * Saved searches ("notify me when something fitting appears"), double opt-in: the search is stored
 * unconfirmed and only becomes active when the seeker confirms from the email.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { and, eq, isNull } from 'drizzle-orm';
import { problemResponse, SavedSearchAcceptedSchema, SavedSearchSchema } from '../api/schemas';
import { hashToken, newToken } from '../contact/token';
import { database } from '../db/client';
import { savedSearches } from '../db/schema';
import { resolveEmbed } from '../embeds/access';
import { idempotent, requireIdempotencyKey } from '../http/idempotency';
import { createApi } from '../http/openapi';
import { rateLimit } from '../http/rate-limit';
import { mailerFor } from '../mail/mailer';
import type { Answers } from '../questionnaire/types';
import { requireHuman } from '../turnstile/guard';

const create = createRoute({
  method: 'post',
  path: '/v1/saved-searches',
  tags: ['Widget'],
  summary: 'Save a search and be notified of new fitting listings (double opt-in)',
  description: 'Requires an `Idempotency-Key` header and a Turnstile token. Sends a confirmation link by email; nothing is sent before it is confirmed.',
  request: { body: { content: { 'application/json': { schema: SavedSearchSchema } }, required: true } },
  responses: {
    202: { content: { 'application/json': { schema: SavedSearchAcceptedSchema } }, description: 'Stored unconfirmed; confirmation link sent.' },
    400: problemResponse('Invalid input; `errors` names each field.'),
    403: problemResponse('Key revoked, origin not allowed, or Turnstile check failed.'),
    404: problemResponse('Unknown key.'),
    409: problemResponse('A request with this Idempotency-Key is still running; retry shortly.'),
    422: problemResponse('This Idempotency-Key was used with another request.'),
    429: problemResponse('Rate limited.'),
  },
});

const TokenParam = z.object({ token: z.string().regex(/^[\w-]{20,100}$/) });

/** `POST /v1/saved-searches`, `GET|POST /saved-searches/confirm/{token}` */
export const savedSearchesApi = createApi();
savedSearchesApi.use('/v1/saved-searches', rateLimit('saved-search'), requireIdempotencyKey(), idempotent('saved-searches'));

savedSearchesApi.openapi(create, async (c) => {
  const input = c.req.valid('json');
  const db = database(c.env.DB);
  const { embed } = await resolveEmbed(db, input.key, c.req.header('origin'), { write: true });
  await requireHuman(c, input.turnstileToken);
  const confirm = newToken();
  const manage = newToken();
  await db.insert(savedSearches).values({
    id: crypto.randomUUID(),
    embedId: embed.id,
    email: input.email,
    answers: input.answers as Answers,
    confirmTokenHash: await hashToken(confirm),
    manageTokenHash: await hashToken(manage),
    createdAt: Date.now(),
  });
  const origin = new URL(c.req.url).origin;
  const de = input.locale === 'de';
  await mailerFor(c.env).send({
    to: input.email,
    subject: de ? 'Bitte bestätigen Sie Ihre gespeicherte Suche' : 'Please confirm your saved search',
    text: de
      ? `Bitte bestätigen Sie, dass wir Sie über neue passende Wohnprojekte informieren dürfen:\n${origin}/saved-searches/confirm/${confirm}\n\nOhne Bestätigung löschen wir die Suche nach 7 Tagen. Verwalten oder löschen: ${origin}/manage/${manage}\n`
      : `Please confirm that we may tell you about new fitting housing projects:\n${origin}/saved-searches/confirm/${confirm}\n\nUnconfirmed searches are deleted after 7 days. Manage or erase: ${origin}/manage/${manage}\n`,
  });
  return c.json({ status: 'confirmation_sent' as const }, 202);
});

const page = (title: string, body: string, form?: string) =>
  '<!doctype html>' +
  (
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title} – bring-together</title>
      </head>
      <body style="font:17px/1.6 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem">
        <main>
          <h1>{title}</h1>
          <p>{body}</p>
          {form ? (
            <form method="post" action={form}>
              <button type="submit">Suche bestätigen · Confirm search</button>
            </form>
          ) : null}
        </main>
      </body>
    </html>
  ).toString();

// A link scanner that opens the mail must not confirm on its own: GET asks, POST confirms.
savedSearchesApi.get('/saved-searches/confirm/:token', async (c) => {
  const parsed = TokenParam.safeParse(c.req.param());
  const hash = parsed.success ? await hashToken(parsed.data.token) : '';
  const search = hash ? await database(c.env.DB).select().from(savedSearches).where(eq(savedSearches.confirmTokenHash, hash)).get() : undefined;
  if (!search) return c.html(page('Link ungültig · Link not valid', 'Dieser Bestätigungslink ist abgelaufen oder wurde gelöscht. This confirmation link has expired or was erased.'), 404);
  if (search.confirmedAt) return c.html(page('Bereits bestätigt · Already confirmed', 'Ihre Suche ist aktiv. Your search is active.'));
  return c.html(page('Suche bestätigen · Confirm search', 'Möchten Sie per E-Mail von neuen passenden Angeboten erfahren? Would you like to hear about new fitting listings by email?', c.req.path));
});

savedSearchesApi.post('/saved-searches/confirm/:token', async (c) => {
  const parsed = TokenParam.safeParse(c.req.param());
  const hash = parsed.success ? await hashToken(parsed.data.token) : '';
  const db = database(c.env.DB);
  const search = hash ? await db.select().from(savedSearches).where(eq(savedSearches.confirmTokenHash, hash)).get() : undefined;
  if (!search) return c.html(page('Link ungültig · Link not valid', 'Dieser Bestätigungslink ist abgelaufen oder wurde gelöscht. This confirmation link has expired or was erased.'), 404);
  await db.update(savedSearches).set({ confirmedAt: Date.now() }).where(and(eq(savedSearches.id, search.id), isNull(savedSearches.confirmedAt)));
  return c.html(page('Suche bestätigt · Search confirmed', 'Wir melden uns, sobald etwas Passendes erscheint. We will let you know when something fitting appears.'));
});
