import { randomCellKey } from '../demand/cell-key';
import { createRoute } from '@hono/zod-openapi';
import { MatchesRequestSchema, MatchesResponseSchema, NO_SECURITY_SCHEME, optionalIdempotencyKeyParameter, problemResponse } from '../api/schemas';
import { database } from '../db/client';
import { demandRecords } from '../db/schema';
import { demandBands, isoWeek } from '../demand/bands';
import { resolveEmbed } from '../embeds/access';
import { idempotent } from '../http/idempotency';
import { createApi } from '../http/openapi';
import { rateLimit } from '../http/rate-limit';
import { listingSummary, matchOut } from '../listings/present';
import { nearestPartialMatches, searchCandidates } from '../listings/search';
import { resolveSeeker } from '../listings/seeker-context';
import { matchListings } from '../matching/engine';
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
    'Validates the answers against the catalogue, prefilters listings in SQL, scores them two-sided and ' +
    'writes one anonymous demand record (bands only) unless `statsOptOut`. Send an `Idempotency-Key` to make retries safe.',
  parameters: [optionalIdempotencyKeyParameter],
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
api.use('/v1/matches', rateLimit('matches'), idempotent('matches'));

/** `POST /v1/matches`; the value `.openapi()` returns carries the route's types (worker/client.ts). */
export const matches = api.openapi(route, async (c) => {
  const { key, answers, locale, limit, statsOptOut } = c.req.valid('json');
  const db = database(c.env.DB);
  const access = await resolveEmbed(db, key, c.req.header('origin'), { write: true, selfOrigin: new URL(c.req.url).origin });
  const seeker = answers as Answers;
  const { ctx, originDistrictKey } = await resolveSeeker(db, seeker);

  const candidates = await searchCandidates(db, seeker, ctx, access);
  const { total, results } = matchListings(seeker, candidates, ctx, { limit });
  const byId = new Map(candidates.map((l) => [l.id, l]));

  // The admin's preview (own origin) is not a seeker: it must not count as demand.
  if (!statsOptOut && !access.preview) {
    await db.insert(demandRecords).values({
      id: crypto.randomUUID(),
      embedId: access.embed.id,
      regionOrganizationId: access.organization.id,
      originDistrictKey,
      isoWeek: isoWeek(Date.now()),
      cellKey: randomCellKey(),
      ...demandBands(seeker, catalogueV1, results[0]?.score),
    });
  }

  const base = new URL(c.req.url).origin;
  return c.json(
    {
      algorithm: ALGORITHM_VERSION as typeof ALGORITHM_VERSION,
      catalogueVersion: catalogueV1.version,
      total,
      matches: results.map((m) => ({ listing: listingSummary(byId.get(m.listingId)!, locale, base), ...matchOut(m, locale) })),
      ...(total === 0 ? { alternatives: await nearestPartialMatches(db, seeker, ctx, access, locale, base) } : {}),
    },
    200,
  );
});
