/**
 * The listing summary (a result card): ONE list of its fields feeds the SQL select of the
 * prefilter, the response the API builds and the zod schema the OpenAPI document and the widget's
 * types come from. A field added here appears in all three, or tsc says where it is missing.
 */
import { z } from '@hono/zod-openapi';
import { LEGAL_FORMS, LISTING_KINDS, listings, STAGES } from '../db/schema';

/** The columns a summary is made of, as the prefilter selects them (photos become `photo`). */
export const SUMMARY_COLUMNS = {
  id: listings.id,
  kind: listings.kind,
  title: listings.title,
  summary: listings.summary,
  place: listings.place,
  postcode: listings.postcode,
  stage: listings.stage,
  legalForm: listings.legalForm,
  monthlyCostMinCents: listings.monthlyCostMinCents,
  monthlyCostMaxCents: listings.monthlyCostMaxCents,
  equityRequiredCents: listings.equityRequiredCents,
  freePlaces: listings.freePlaces,
  barrierFree: listings.barrierFree,
  photos: listings.photos,
};

/** The summary's fields that go out as they are stored (all but the photos). */
export const PLAIN_SUMMARY_FIELDS = [
  'id', 'kind', 'title', 'summary', 'place', 'postcode', 'stage', 'legalForm', 'monthlyCostMinCents', 'monthlyCostMaxCents', 'equityRequiredCents', 'freePlaces', 'barrierFree',
] as const satisfies readonly Exclude<keyof typeof SUMMARY_COLUMNS, 'photos'>[];

const plain = {
  id: z.string(),
  kind: z.enum(LISTING_KINDS),
  title: z.string(),
  summary: z.string(),
  place: z.string(),
  postcode: z.string(),
  stage: z.enum(STAGES),
  legalForm: z.enum(LEGAL_FORMS),
  monthlyCostMinCents: z.number().int().nullable(),
  monthlyCostMaxCents: z.number().int().nullable(),
  equityRequiredCents: z.number().int(),
  freePlaces: z.number().int(),
  barrierFree: z.boolean(),
} satisfies Record<(typeof PLAIN_SUMMARY_FIELDS)[number], z.ZodType>;

// Every plain field has a column and a schema, and nothing more: both directions checked by tsc.
type Missing<A, B> = Exclude<keyof A, keyof B>;
const noExtraSchema: Missing<typeof plain, typeof SUMMARY_COLUMNS> extends never ? true : never = true;
const noMissingSchema: Exclude<Missing<typeof SUMMARY_COLUMNS, typeof plain>, 'photos'> extends never ? true : never = true;
void noExtraSchema;
void noMissingSchema;

export const ListingSummarySchema = z
  .object({ ...plain, photo: z.object({ url: z.string(), alt: z.string() }).nullable() })
  .openapi('ListingSummary');
