/**
 * The groups' public writes from the widget (tag `Groups`): joining the pool (double opt-in),
 * starting an initiative, and the initiatives that fit a seeker who is not in the pool. The pool
 * itself is only shown behind a manage token (worker/routes/group-actions.ts).
 */
import { createRoute } from '@hono/zod-openapi';
import {
  ConfirmationSentSchema, InitiativeMatchesRequestSchema, InitiativeMatchesResponseSchema, InitiativeRequestSchema, PoolEntryRequestSchema,
} from '../api/groups';
import { IdempotencyKeyHeaders, NO_SECURITY_SCHEME, problemResponse } from '../api/schemas';
import { database } from '../db/client';
import { resolveEmbed } from '../embeds/access';
import { ProblemError } from '../errors';
import { createInitiative } from '../groups/initiatives';
import { initiativesForAnswers } from '../groups/matches';
import { createPoolEntry } from '../groups/pool';
import { idempotent, requireIdempotencyKey } from '../http/idempotency';
import { createApi } from '../http/openapi';
import { rateLimit } from '../http/rate-limit';
import { requireSettings } from '../http/settings';
import { localizeReasons } from '../matching/reasons';
import { enqueue } from '../outbox/outbox';
import type { Answers } from '../questionnaire/types';
import { CORE_NEEDS, publicOrigin } from '../settings';
import { requireHuman } from '../turnstile/guard';

const writeResponses = {
  400: problemResponse('Invalid input; `errors` names each field.'),
  403: problemResponse('Key revoked, origin not allowed, or Turnstile check failed.'),
  404: problemResponse('Unknown key.'),
  409: problemResponse('A request with this Idempotency-Key is still running; retry shortly.'),
  422: problemResponse('This Idempotency-Key was used with another request.'),
  429: problemResponse('Rate limited.'),
  503: problemResponse('Not configured or Turnstile unreachable; retry with the same Idempotency-Key.'),
};

const joinPool = createRoute({
  method: 'post',
  path: '/v1/pool-entries',
  operationId: 'joinPool',
  security: NO_SECURITY_SCHEME,
  tags: ['Groups'],
  summary: 'Become findable by other seekers and forming groups of the region (double opt-in)',
  description:
    'Requires an `Idempotency-Key` header, a Turnstile token and the separate pool consent. Stores a pseudonymous card (coarse bands and ' +
    'community wishes, the short text) — never shown before the seeker confirms from the mail; visible for 90 days, renewable. Name and ' +
    'email are only revealed for an interest both sides accepted.',
  request: { headers: IdempotencyKeyHeaders, body: { content: { 'application/json': { schema: PoolEntryRequestSchema } }, required: true } },
  responses: { 202: { content: { 'application/json': { schema: ConfirmationSentSchema } }, description: 'Stored unconfirmed; confirmation link sent.' }, ...writeResponses },
});

const startInitiative = createRoute({
  method: 'post',
  path: '/v1/initiatives',
  operationId: 'startInitiative',
  security: NO_SECURITY_SCHEME,
  tags: ['Groups'],
  summary: 'Start a forming group (initiative); the founder confirms by mail',
  description:
    'Requires an `Idempotency-Key` header and a Turnstile token. The founder needs no account: the manage link in the confirmation mail is ' +
    'the key to the initiative, and co-founders are invited from it (`POST /v1/groups/{token}/cofounders`).',
  request: { headers: IdempotencyKeyHeaders, body: { content: { 'application/json': { schema: InitiativeRequestSchema } }, required: true } },
  responses: { 202: { content: { 'application/json': { schema: ConfirmationSentSchema } }, description: 'Stored unconfirmed; confirmation link sent.' }, ...writeResponses },
});

const matchInitiatives = createRoute({
  method: 'post',
  path: '/v1/initiatives/matches',
  operationId: 'matchInitiatives',
  security: NO_SECURITY_SCHEME,
  tags: ['Groups'],
  summary: 'Initiatives of the region that fit a household, ranked and explained',
  description:
    'The household is scored against the initiative\'s profile and against each member household; one strong mismatch caps the score ' +
    '(geometric mean with a least-misery floor, worker/groups/fit.ts). Nothing is stored.',
  request: { body: { content: { 'application/json': { schema: InitiativeMatchesRequestSchema } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: InitiativeMatchesResponseSchema } }, description: 'Best first.' },
    400: problemResponse('Invalid input; `errors` names each field.'),
    403: problemResponse('Key revoked or origin not allowed.'),
    404: problemResponse('Unknown key.'),
    429: problemResponse('Rate limited.'),
  },
});

const reused = () =>
  new ProblemError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request.', [{ field: 'idempotency-key', message: 'Reused with another request.' }]);

const api = createApi();
for (const path of ['/v1/pool-entries', '/v1/initiatives']) {
  api.use(path, requireSettings([...CORE_NEEDS, 'turnstile']), rateLimit('groups'), requireIdempotencyKey(), idempotent(path.slice(4)));
}
api.use('/v1/initiatives/matches', rateLimit('groups'));

/** The three routes chained: the value carries their types (worker/client.ts). */
export const groupsApi = api
  .openapi(joinPool, async (c) => {
    const input = c.req.valid('json');
    const { key, requestHash } = c.get('idempotency')!;
    const db = database(c.env.DB);
    const { embed } = await resolveEmbed(db, input.key, c.req.header('origin'), { write: true });
    await requireHuman(c, input.turnstileToken);
    const now = Date.now();
    const { entry, mailId } = await createPoolEntry(
      db,
      { regionOrganizationId: embed.organizationId, embedId: embed.id, name: input.name, email: input.email, locale: input.locale, answers: input.answers as Answers, text: input.text, idempotencyKey: key, requestHash },
      publicOrigin(c.env, c.req.url),
      now,
    );
    if (!entry) throw new Error('pool entry vanished after insert');
    if (entry.requestHash !== requestHash) throw reused();
    await enqueue(c.env, [mailId]);
    return c.json({ status: 'confirmation_sent' as const }, 202);
  })
  .openapi(startInitiative, async (c) => {
    const input = c.req.valid('json');
    const { key, requestHash } = c.get('idempotency')!;
    const db = database(c.env.DB);
    const { embed } = await resolveEmbed(db, input.key, c.req.header('origin'), { write: true });
    await requireHuman(c, input.turnstileToken);
    const { initiative, mailIds } = await createInitiative(
      db,
      {
        regionOrganizationId: embed.organizationId, embedId: embed.id, name: input.name, text: input.text, profile: input.profile as Answers,
        seeking: input.seeking, households: input.households, openPlaces: input.openPlaces, locale: input.locale, idempotencyKey: key, requestHash,
        owner: { kind: 'seeker', name: input.founder.name, email: input.founder.email, answers: input.founder.answers as Answers },
      },
      publicOrigin(c.env, c.req.url),
      Date.now(),
    );
    if (!initiative) throw new Error('initiative vanished after insert');
    if (initiative.requestHash !== requestHash) throw reused();
    await enqueue(c.env, mailIds);
    return c.json({ status: 'confirmation_sent' as const }, 202);
  })
  .openapi(matchInitiatives, async (c) => {
    const input = c.req.valid('json');
    const db = database(c.env.DB);
    const { embed } = await resolveEmbed(db, input.key, c.req.header('origin'), { write: false, selfOrigin: new URL(c.req.url).origin });
    const ranked = await initiativesForAnswers(db, input.answers as Answers, embed.organizationId, Date.now(), input.limit);
    const matches = ranked.map((r) => ({
      initiative: r.party,
      score: r.fit.score,
      reasons: localizeReasons(r.fit.reasons, input.locale),
      watchOuts: localizeReasons(r.fit.watchOuts, input.locale),
    }));
    return c.json({ matches }, 200);
  });
