import { randomCellKey } from '../demand/cell-key';
import { createRoute } from '@hono/zod-openapi';
import { MatchesRequestSchema, MatchesResponseSchema, NO_SECURITY_SCHEME, optionalIdempotencyKeyParameter, problemResponse } from '../api/schemas';
import { demandBands, isoWeek } from '../demand/bands';
import { d1Session, optionalBookmarkParameter, readDb } from '../http/d1-session';
import { idempotent } from '../http/idempotency';
import { createApi } from '../http/openapi';
import { afterResponse } from '../http/after-response';
import { passRateLimit, rateLimitAlongside } from '../http/rate-limit';
import { writeDemandRecord } from '../demand/write-record';
import { listingSummary, matchOut } from '../listings/present';
import { findMatches, readListingsVersion } from '../listings/find-matches';
import { partialMatchesAmong, partialPool } from '../listings/search';
import { ALGORITHM_VERSION } from '../matching/types';
import type { Answers } from '../questionnaire/types';
import { catalogueV1 } from '../questionnaire/v1';

const route = createRoute({
  method: 'post',
  path: '/v1/matches',
  operationId: 'findMatches',
  security: NO_SECURITY_SCHEME,
  tags: ['Widget'],
  summary: 'Ranked, explained matches for a finished questionnaire',
  description:
    'Validates the answers against the catalogue, scores the listings in the embed\'s scope two-sided and ' +
    'writes one anonymous demand record (bands only) unless `statsOptOut`. Send an `Idempotency-Key` to make retries safe.',
  parameters: [optionalIdempotencyKeyParameter, optionalBookmarkParameter],
  request: { body: { content: { 'application/json': { schema: MatchesRequestSchema } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: MatchesResponseSchema } }, description: 'Matches, best first.' },
    400: problemResponse('Invalid answers; `errors` names each field.'),
    403: problemResponse('Key revoked or origin not allowed.'),
    404: problemResponse('Unknown key.'),
    413: problemResponse('Body too large.'),
    415: problemResponse('Not JSON.'),
    409: problemResponse('A request with this Idempotency-Key is still running; retry shortly.'),
    422: problemResponse('This Idempotency-Key was used with another request.'),
    429: problemResponse('Rate limited.'),
  },
});

const api = createApi();
// The limiter's round trip overlaps the route's version read and ranking (reads and CPU only);
// its verdict is awaited before the answer and before the demand record is written. The version
// read starts before the body is validated, so its round trip overlaps all of the request's CPU.
api.use('/v1/matches', rateLimitAlongside('matches'), idempotent('matches'), d1Session(), async (c, next) => {
  c.set('listingsVersion', readListingsVersion(readDb(c)));
  await next();
});

/** `POST /v1/matches`; the value `.openapi()` returns carries the route's types (worker/client.ts). */
export const matches = api.openapi(route, async (c) => {
  const { key, answers, locale, limit, statsOptOut } = c.req.valid('json');
  const seeker = answers as Answers;
  const base = new URL(c.req.url).origin;
  // Reasons link into the guide on this origin, with the key so it shows the municipality's advice offices.
  const links = { origin: base, embed: key };
  const found = await findMatches(readDb(c), {
    key,
    origin: c.req.header('origin'),
    access: { write: true, selfOrigin: new URL(c.req.url).origin },
    answers: seeker,
    limit,
    // The admin's preview (own origin) is not a seeker: it must not count as demand.
    record: (access, { originDistrictKey }, { results }) =>
      statsOptOut || access.preview
        ? null
        : {
            id: crypto.randomUUID(),
            embedId: access.embed.id,
            regionOrganizationId: access.organization.id,
            originDistrictKey,
            isoWeek: isoWeek(Date.now()),
            cellKey: randomCellKey(),
            ...demandBands(seeker, catalogueV1, results[0]?.score),
          },
    version: c.get('listingsVersion'),
    present: ({ total, results, ctx, scope }) => ({
      algorithm: ALGORITHM_VERSION as typeof ALGORITHM_VERSION,
      catalogueVersion: catalogueV1.version,
      total,
      matches: results.map((m) => ({ listing: listingSummary(scope.byId.get(m.listingId)!, locale, base), ...matchOut(m, locale, links) })),
      ...(total === 0 ? { alternatives: partialMatchesAmong(scope, partialPool(scope, seeker), seeker, ctx, locale, base) } : {}),
    }),
  }).catch(async (e: unknown) => {
    await passRateLimit(c); // a limited client hears 429, whatever else was wrong
    throw e;
  });
  await passRateLimit(c);
  // After the answer: the record's insert and trigger upserts are no part of the seeker's wait;
  // retried and idempotent by its id (worker/demand/write-record.ts).
  if (found.record) await afterResponse(c, writeDemandRecord(c.env.DB, found.record));
  // Development only: what the benchmark reports as D1 rows read per request.
  if (c.env.ENVIRONMENT === 'development' && found.rowsRead !== null) c.header('X-Rows-Read', String(found.rowsRead));
  return c.json(found.answer, 200);
});
