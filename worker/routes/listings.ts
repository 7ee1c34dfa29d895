import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { FitRequestSchema, FitResponseSchema, NO_SECURITY_SCHEME, problemResponse } from '../api/schemas';
import { database } from '../db/client';
import { listings } from '../db/schema';
import { resolveEmbed } from '../embeds/access';
import { createApi } from '../http/openapi';
import { ProblemError } from '../errors';
import { rateLimit } from '../http/rate-limit';
import { fitDimensions } from '../listings/fit-dimensions';
import { allPhotos, listingSummary, matchOut } from '../listings/present';
import { inEmbedScope } from '../listings/scope';
import { resolveSeeker } from '../listings/seeker-context';
import { breakdown } from '../matching/breakdown';
import { listingResponsiveness } from '../conversation/responsiveness';
import type { Answers } from '../questionnaire/types';

const route = createRoute({
  method: 'post',
  path: '/v1/listings/{id}/fit',
  operationId: 'getListingFit',
  security: NO_SECURITY_SCHEME,
  tags: ['Widget'],
  summary: 'One listing in full, with the fit both ways question by question',
  description:
    'For the widget\'s detail view. Reads only; POST because it carries the answers. `match` is null when a hard filter fails. ' +
    '`listing.responsiveness` says how the team usually answers, only from at least five requests in 90 days.',
  request: {
    params: z.object({ id: z.string().min(1).max(64).openapi({ description: 'The listing id, as a match names it (`listing.id`).', example: 'lst_001' }) }),
    body: { content: { 'application/json': { schema: FitRequestSchema } }, required: true },
  },
  responses: {
    200: { content: { 'application/json': { schema: FitResponseSchema } }, description: 'The listing, its match and the per-question fit.' },
    400: problemResponse('Invalid answers; `errors` names each field.'),
    403: problemResponse('Key revoked or origin not allowed.'),
    404: problemResponse('Unknown key, or the listing is not visible through this embed.'),
    429: problemResponse('Rate limited.'),
  },
});

const api = createApi();
api.use('/v1/listings/*', rateLimit('listings'));

/** `POST /v1/listings/{id}/fit`; the value `.openapi()` returns carries the route's types (worker/client.ts). */
export const listingsApi = api.openapi(route, async (c) => {
  const { id } = c.req.valid('param');
  const { key, answers, locale } = c.req.valid('json');
  const db = database(c.env.DB);
  const access = await resolveEmbed(db, key, c.req.header('origin'), { write: false, selfOrigin: new URL(c.req.url).origin });
  const listing = await db.select().from(listings).where(and(eq(listings.id, id), inEmbedScope(access))).get();
  if (!listing) throw new ProblemError(404, 'listing_not_found', 'This listing is not available here.', [{ field: 'id', message: 'Unknown listing.' }]);
  const seeker = answers as Answers;
  const { ctx } = await resolveSeeker(db, seeker);
  const result = breakdown(seeker, listing, ctx);
  const base = new URL(c.req.url).origin;
  // Only from enough requests to say something (worker/conversation/responsiveness.ts).
  const responsiveness = await listingResponsiveness(db, listing.id, Date.now());
  return c.json(
    {
      listing: {
        ...listingSummary(listing, locale, base),
        description: listing.description,
        photos: allPhotos(listing.photos, locale, base),
        settlement: listing.settlement,
        unitsTotal: listing.unitsTotal,
        freeUnits: listing.freeUnits as Record<string, number>,
        livingSpaceMinSqm: listing.livingSpaceMinSqm,
        livingSpaceMaxSqm: listing.livingSpaceMaxSqm,
        plotSqm: listing.plotSqm,
        childrenWelcome: listing.childrenWelcome,
        petsAllowed: listing.petsAllowed,
        website: listing.website,
        ...(responsiveness ? { responsiveness } : {}),
      },
      match: result.passed && result.relaxed ? matchOut(result.relaxed, locale, { origin: base, embed: key }) : null,
      dimensions: fitDimensions(seeker, listing, result, locale),
    },
    200,
  );
});
