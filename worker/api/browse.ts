/**
 * Request and response shapes of browsing an embed's listings (`GET /v1/embeds/{key}/listings`):
 * the widget's "Browse all" view and its map. Kept apart from schemas.ts, which holds the
 * questionnaire-driven routes; the widget imports the inferred types (type-only).
 */
import { z } from '@hono/zod-openapi';
import { LEGAL_FORMS, LISTING_KINDS, STAGES } from '../db/schema';
import { LOCALES } from '../i18n';
import { ListingSummarySchema } from '../listings/summary';

export const BROWSE_SORTS = ['newest', 'cost', 'freePlaces', 'place'] as const;
export const BROWSE_MAX_PAGE_SIZE = 50;

/** A whole number from a query string: digits only, so `1e3` or `2.5` name the field instead of passing as something else. */
const count = (min: number, max: number, description: string) =>
  z
    .string()
    .regex(/^\d{1,7}$/, 'A whole number.')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .openapi({ type: 'integer', minimum: min, maximum: max, description });

export const BrowseQuerySchema = z
  .object({
    kind: z.enum(LISTING_KINDS).optional().openapi({ description: 'Only projects (`project`) or only vacant buildings and plots (`property`).' }),
    stage: z.enum(STAGES).optional(),
    legalForm: z.enum(LEGAL_FORMS).optional(),
    place: z.string().trim().min(2).max(60).optional().openapi({ description: 'The start of a place name, any case (ASCII letters), e.g. `Zitt`.', example: 'Zittau' }),
    postcode: z.string().regex(/^\d{1,5}$/, 'One to five digits.').optional().openapi({ description: 'A postcode or its start, e.g. `027`.', example: '02763' }),
    maxMonthlyCost: count(0, 100_000, 'Monthly cost in whole euros at most: the lowest cost a listing names (as the matching prefilter reads it; "on request" counts as 0).').optional(),
    minFreePlaces: count(0, 1_000, 'At least this many places free now.').optional(),
    barrierFree: z.enum(['true', 'false']).transform((v) => v === 'true').optional().openapi({ type: 'boolean', description: '`true`: only barrier-free listings.' }),
    sort: z.enum(BROWSE_SORTS).default('newest').openapi({
      description: '`newest` (added most recently first), `cost` (lowest monthly cost first, "on request" last), `freePlaces` (most first), `place` (A–Z).',
    }),
    page: count(1, 10_000, '1-based page number (default 1).').default(1),
    pageSize: count(1, BROWSE_MAX_PAGE_SIZE, `Listings per page (default 20).`).default(20),
    locale: z.enum(LOCALES).default('de').openapi({ description: 'Language of the photo alt texts.' }),
  })
  .strict();

export const BrowseListingSchema = ListingSummarySchema.extend({
  /** The postcode's centroid, rounded to 0.01° (about a kilometre): where the map draws it, never an address. */
  coordinates: z.object({ lat: z.number(), lon: z.number() }),
  /** The listing's public page on the API's origin (worker/listings/public-path.ts). */
  pageUrl: z.string(),
}).openapi('BrowseListing');

export const BrowseResponseSchema = z
  .object({
    /** Every listing in the embed's scope that passes the filters (all pages). */
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    listings: z.array(BrowseListingSchema),
  })
  .openapi('BrowseResponse');

export type BrowseQuery = z.infer<typeof BrowseQuerySchema>;
export type BrowseQueryInput = z.input<typeof BrowseQuerySchema>;
export type BrowseResponse = z.infer<typeof BrowseResponseSchema>;
export type BrowseListing = z.infer<typeof BrowseListingSchema>;
