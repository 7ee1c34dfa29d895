import { createRoute, z } from '@hono/zod-openapi';
import { BrowseQuerySchema, BrowseResponseSchema } from '../api/browse';
import { NO_SECURITY_SCHEME, problemResponse, PublishableKeySchema } from '../api/schemas';
import { database } from '../db/client';
import { resolveEmbed } from '../embeds/access';
import { createApi } from '../http/openapi';
import { d1Session, readDb } from '../http/d1-session';
import { rateLimit } from '../http/rate-limit';
import { browseListings, roundCoordinate } from '../listings/browse';
import { listingSummary } from '../listings/present';
import { listingPath } from '../listings/public-path';

const EXAMPLE = {
  total: 1,
  page: 1,
  pageSize: 20,
  listings: [
    {
      id: 'lst_001',
      kind: 'project' as const,
      title: 'Wohnen am Klosterhof',
      summary: 'Zwölf Haushalte, ein Hof, eine Werkstatt.',
      place: 'Zittau',
      postcode: '02763',
      stage: 'planning' as const,
      legalForm: 'cooperative' as const,
      monthlyCostMinCents: 62_000,
      monthlyCostMaxCents: 89_000,
      equityRequiredCents: 1_500_000,
      freePlaces: 3,
      barrierFree: true,
      photo: null,
      coordinates: { lat: 50.9, lon: 14.81 },
      pageUrl: 'https://bring-together.de/listings/lst_001/wohnen-am-klosterhof',
    },
  ],
};

const route = createRoute({
  method: 'get',
  path: '/v1/embeds/{key}/listings',
  operationId: 'browseListings',
  security: NO_SECURITY_SCHEME,
  tags: ['Widget'],
  summary: "Every published listing in the embed's scope, filtered, sorted and paged",
  description:
    'For the widget\'s "Browse all" view and its map: the same listings matching may show (scope, approved providers, ' +
    'not hidden by the municipality), without a questionnaire and without recording anything. `coordinates` are the ' +
    "postcode's centroid, rounded to about a kilometre; `pageUrl` is the listing's public page.",
  request: { params: z.object({ key: PublishableKeySchema }), query: BrowseQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: BrowseResponseSchema, example: EXAMPLE } }, description: 'One page of listings and the total.' },
    400: problemResponse('A malformed key or filter; `errors` names each field.'),
    403: problemResponse('Key revoked or origin not allowed.'),
    404: problemResponse('Unknown key.'),
    429: problemResponse('Rate limited.'),
  },
});

const api = createApi();
api.use('/v1/embeds/:key/listings', rateLimit('browse'), d1Session());

/** `GET /v1/embeds/{key}/listings`; the value `.openapi()` returns carries the route's types (worker/client.ts). */
export const browseApi = api.openapi(route, async (c) => {
  const { key } = c.req.valid('param');
  const { locale, ...query } = c.req.valid('query');
  const db = database(readDb(c));
  const origin = new URL(c.req.url).origin;
  const access = await resolveEmbed(db, key, c.req.header('origin'), { write: false, selfOrigin: origin });
  const { total, rows } = await browseListings(db, access, query);
  c.header('Cache-Control', 'private, max-age=60');
  return c.json(
    {
      total,
      page: query.page,
      pageSize: query.pageSize,
      listings: rows.map((l) => ({
        ...listingSummary(l, locale, origin),
        coordinates: { lat: roundCoordinate(l.lat), lon: roundCoordinate(l.lon) },
        pageUrl: listingPath(l.id, l.title, origin),
      })),
    },
    200,
  );
});
