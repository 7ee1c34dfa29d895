/**
 * Saved searches ("notify me when something fitting appears"), double opt-in: the search is stored
 * unconfirmed and only becomes active when the seeker confirms from the email.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { Layout, render } from '../manage/pages';
import { securityHeaders } from '../http/security-headers';
import { messages, type Locale } from '../i18n';
import { requestLocale } from '../http/locale';
import { and, eq, isNull } from 'drizzle-orm';
import { IdempotencyKeyHeaders, NO_SECURITY_SCHEME, problemResponse, SavedSearchAcceptedSchema, SavedSearchSchema } from '../api/schemas';
import { hashToken, newToken } from '../contact/token';
import { database } from '../db/client';
import { savedSearches } from '../db/schema';
import { resolveEmbed } from '../embeds/access';
import { idempotent, requireIdempotencyKey } from '../http/idempotency';
import { createApi } from '../http/openapi';
import { rateLimit } from '../http/rate-limit';
import { enqueue, outboxInsertIf } from '../outbox/outbox';
import { ProblemError } from '../errors';
import { requireSettings } from '../http/settings';
import { CORE_NEEDS, publicOrigin } from '../settings';
import { searchAnswers } from '../saved-searches/answers';
import { savedSearchConfirmationMail } from '../saved-searches/mails';
import type { Answers } from '../questionnaire/types';
import { requireHuman } from '../turnstile/guard';

const create = createRoute({
  method: 'post',
  path: '/v1/saved-searches',
  operationId: 'createSavedSearch',
  security: NO_SECURITY_SCHEME,
  tags: ['Widget'],
  summary: 'Save a search and be notified of new fitting listings (double opt-in)',
  description: 'Requires an `Idempotency-Key` header and a Turnstile token. Sends a confirmation link by email; nothing is sent before it is confirmed.',
  request: { headers: IdempotencyKeyHeaders, body: { content: { 'application/json': { schema: SavedSearchSchema } }, required: true } },
  responses: {
    202: { content: { 'application/json': { schema: SavedSearchAcceptedSchema } }, description: 'Stored unconfirmed; confirmation link sent.' },
    400: problemResponse('Invalid input; `errors` names each field.'),
    403: problemResponse('Key revoked, origin not allowed, or Turnstile check failed.'),
    404: problemResponse('Unknown key.'),
    409: problemResponse('A request with this Idempotency-Key is still running; retry shortly.'),
    422: problemResponse('This Idempotency-Key was used with another request.'),
    429: problemResponse('Rate limited.'),
    503: problemResponse('Not configured or Turnstile unreachable; retry with the same Idempotency-Key.'),
  },
});

const TokenParam = z.object({ token: z.string().regex(/^[\w-]{20,100}$/) });

const api = createApi();
api.use(
  '/v1/saved-searches',
  requireSettings([...CORE_NEEDS, 'turnstile']),
  rateLimit('saved-search'),
  requireIdempotencyKey(),
  idempotent('saved-searches'),
);

/**
 * `POST /v1/saved-searches`, `GET|POST /saved-searches/confirm/{token}`. Its type carries the JSON
 * route only (worker/client.ts); the confirmation pages are added to the same app below.
 */
export const savedSearchesApi = api.openapi(create, async (c) => {
  const input = c.req.valid('json');
  const { key: idempotencyKey, requestHash } = c.get('idempotency')!;
  const db = database(c.env.DB);
  const { embed } = await resolveEmbed(db, input.key, c.req.header('origin'), { write: true });
  await requireHuman(c, input.turnstileToken);
  const confirm = newToken();
  const manage = newToken();
  const tokens = { confirmTokenHash: await hashToken(confirm), manageTokenHash: await hashToken(manage) };
  const id = crypto.randomUUID();
  const now = Date.now();
  const insert = db
    .insert(savedSearches)
    .values({
      id,
      embedId: embed.id,
      email: input.email,
      answers: searchAnswers(input.answers as Answers, input.consent.storeNeeds),
      locale: input.locale,
      idempotencyKey,
      requestHash,
      ...tokens,
      createdAt: now,
    })
    .onConflictDoNothing({ target: [savedSearches.embedId, savedSearches.idempotencyKey] });
  // The confirmation goes into the outbox in the same batch, and only if this insert won: no search
  // without its mail, and a retry (or a concurrent one with the same key) mails nothing again.
  const origin = publicOrigin(c.env, c.req.url);
  const confirmation = savedSearchConfirmationMail({ to: input.email, locale: input.locale, confirmUrl: `${origin}/saved-searches/confirm/${confirm}`, manageUrl: `${origin}/manage/${manage}` });
  const mail = outboxInsertIf(db, { ...confirmation, kind: 'saved-search.confirmation', locale: input.locale }, { table: 'saved_searches', id }, now, savedSearches, eq(savedSearches.id, id));
  await db.batch([insert, mail.query]);
  await enqueue(c.env, [mail.id]);
  const stored = await db
    .select({ id: savedSearches.id, requestHash: savedSearches.requestHash })
    .from(savedSearches)
    .where(and(eq(savedSearches.embedId, embed.id), eq(savedSearches.idempotencyKey, idempotencyKey)))
    .get();
  if (!stored) throw new Error('saved search vanished after insert');
  // A retry whose first attempt stored the search finds its mail already written (and its links in it).
  if (stored.id !== id && stored.requestHash !== requestHash) {
    throw new ProblemError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request.', [
      { field: 'idempotency-key', message: 'Reused with another request.' },
    ]);
  }
  return c.json({ status: 'confirmation_sent' as const }, 202);
});

/** The confirmation pages, in the language the search was saved in (unknown links: the browser's). */
function confirmPage(c: Context<AppEnv>, status: 200 | 404, locale: Locale, which: 'ask' | 'done' | 'already' | 'gone') {
  const t = messages(locale).savedSearches;
  const { title, text } = t[which];
  return c.html(
    render(
      <Layout locale={locale} title={title} referrer="no-referrer">
        <h1>{title}</h1>
        <p>{text}</p>
        {which === 'ask' ? (
          <form method="post" action={c.req.path}>
            <button type="submit">{t.confirmButton}</button>
          </form>
        ) : null}
      </Layout>,
    ),
    status,
  );
}

async function searchOf(c: Context<AppEnv>) {
  const parsed = TokenParam.safeParse(c.req.param());
  const hash = parsed.success ? await hashToken(parsed.data.token) : '';
  return hash ? database(c.env.DB).select().from(savedSearches).where(eq(savedSearches.confirmTokenHash, hash)).get() : undefined;
}

// The URL carries the confirmation token: no referrer, never stored or indexed.
savedSearchesApi.use('/saved-searches/confirm/*', securityHeaders({ referrer: 'no-referrer', private: true }));

// A link scanner that opens the mail must not confirm on its own: GET asks, POST confirms.
savedSearchesApi.get('/saved-searches/confirm/:token', async (c) => {
  const search = await searchOf(c);
  if (!search) return confirmPage(c, 404, requestLocale(c), 'gone');
  return confirmPage(c, 200, search.locale, search.confirmedAt ? 'already' : 'ask');
});

savedSearchesApi.post('/saved-searches/confirm/:token', async (c) => {
  const search = await searchOf(c);
  if (!search) return confirmPage(c, 404, requestLocale(c), 'gone');
  await database(c.env.DB).update(savedSearches).set({ confirmedAt: Date.now() }).where(and(eq(savedSearches.id, search.id), isNull(savedSearches.confirmedAt)));
  return confirmPage(c, 200, search.locale, 'done');
});

