/**
 * Request and response shapes of the public API. Handlers validate with them, the OpenAPI document
 * is generated from them, and the widget imports the inferred types.
 */
import { z } from '@hono/zod-openapi';
import { LEGAL_FORMS, LISTING_KINDS, STAGES } from '../db/schema';
import { LOCALES } from '../i18n';
import { ALGORITHM_VERSION } from '../matching/types';
import { answersSchema } from '../questionnaire/schema';
import { catalogueV1 } from '../questionnaire/v1';
import { ListingSummarySchema } from '../listings/summary';
import { DUMMY_TOKEN } from '../turnstile/verify';
import { MIN_REQUESTS, RESPONSIVENESS_BANDS, WINDOW_DAYS } from '../conversation/responsiveness';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    code: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string(), code: z.string().optional() })).optional(),
  })
  .openapi('Problem');

/**
 * The `security` of every public operation: none of OpenAPI's security schemes fits what this API
 * takes. An `apiKey` scheme can only name a header, a query parameter or a cookie, and the
 * publishable key travels in the path or the JSON body (PUBLISHABLE_KEY_DESCRIPTION); the manage
 * token is a path segment of a link. Declaring a header scheme would make generated clients send a
 * header the Worker never reads, so each operation says explicitly that it takes no scheme and the
 * key stays a typed parameter or body field where it is checked.
 */
export const NO_SECURITY_SCHEME: Record<string, string[]>[] = [];

const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;
const IDEMPOTENCY_KEY_DESCRIPTION =
  'A key chosen by the client for this one request (8–128 letters, digits, `-` or `_`), scoped to the route and embed. ' +
  'A retry with the same key and body gets the first answer again (`Idempotent-Replayed: true`) and never writes twice.';

/**
 * The `Idempotency-Key` header of the writes that require it, as a zod header schema: documented,
 * and asked for by the typed client (worker/client.ts). The middleware (worker/http/idempotency.ts)
 * checks it first, with the same pattern.
 */
export const IdempotencyKeyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(IDEMPOTENCY_KEY_PATTERN, 'Idempotency-Key must be 8–128 letters, digits, - or _.')
    .openapi({ description: IDEMPOTENCY_KEY_DESCRIPTION, example: 'contact-2026-0001' }),
});

/**
 * The same header where it is optional (`POST /v1/matches`), as a plain OpenAPI parameter: a zod
 * header schema would make the typed client demand a `header` argument on every call.
 */
export const optionalIdempotencyKeyParameter = {
  name: 'idempotency-key',
  in: 'header' as const,
  required: false,
  description: IDEMPOTENCY_KEY_DESCRIPTION,
  schema: { type: 'string' as const, pattern: IDEMPOTENCY_KEY_PATTERN.source, example: 'matches-2026-0001' },
};

export const problemResponse = (description: string) => ({
  content: { 'application/problem+json': { schema: ProblemSchema } },
  description,
});

const localized = z.object({ de: z.string(), en: z.string() });

export const CatalogueSchema = z
  .object({
    version: z.string(),
    steps: z.array(z.object({ id: z.string(), title: localized, intro: localized })),
    questions: z.array(
      z.object({
        id: z.string(),
        step: z.string(),
        kind: z.enum(['count', 'money', 'single', 'multi', 'boolean', 'postcode']),
        side: z.enum(['seeker', 'project', 'both']),
        label: localized.optional(),
        projectLabel: localized.optional(),
        hint: localized.optional(),
        options: z.array(z.object({ value: z.string(), label: localized })).optional(),
        min: z.number().optional(),
        max: z.number().optional(),
        unit: localized.optional(),
        weighted: z.boolean(),
        required: z.boolean().optional(),
        onlyFor: z.enum(['household', 'group']).optional(),
        sensitive: z.literal(true).optional(),
      }),
    ),
    importance: z.record(z.string(), localized),
  })
  .openapi('Catalogue');

export const AdviceOfficeSchema = z
  .object({
    name: z.string(),
    hours: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    address: z.string().nullable(),
  })
  .openapi('AdviceOffice', {
    example: { name: 'Wohnberatung im Landratsamt', hours: 'Di 9–12 Uhr, Do 14–18 Uhr', phone: '+49 3581 000000', email: 'wohnberatung@landkreis.example', website: null, address: null },
  });

export const EmbedConfigSchema = z
  .object({
    embed: z.object({
      key: z.string(),
      name: z.string(),
      organization: z.object({ name: z.string(), kind: z.enum(['municipality', 'provider']) }),
      scope: z.enum(['region', 'provider']),
      theme: z
        .object({ accent: z.string().optional(), radius: z.string().optional(), font: z.string().optional() })
        .openapi({ description: 'Only values the widget applies as they are: an accent (#rrggbb) with at least 4.5:1 contrast on white, a CSS length, a font stack.' }),
      defaultLocale: z.enum(LOCALES),
      privacyUrl: z.string(),
      turnstileSitekey: z.string(),
      consentTextVersion: z.string(),
    }),
    /** A municipality embed's local advice offices (admin "Beratungsstellen"); empty for provider embeds. */
    adviceOffices: z.array(AdviceOfficeSchema),
    questionnaire: CatalogueSchema,
  })
  .openapi('EmbedConfig');

/**
 * Where the publishable key goes, said once for the document's description, the key's schema and
 * the reference page. OpenAPI security schemes can name only a header, a query parameter or a
 * cookie; this key travels in the path or the JSON body, so it is modelled as what it is there.
 */
export const PUBLISHABLE_KEY_DESCRIPTION =
  "The embed's publishable key (`pk_…`). It names the embed and is public by design (it sits in the page source of the " +
  'municipality or provider website): not a secret. It travels in the path as `{key}` (`GET /v1/embeds/{key}/config`) ' +
  'and in the JSON body as `key` (every other widget route), never in a header. It is checked on every request: it must ' +
  "exist and not be revoked, and the request's `Origin` must be on the embed's allow-list (a write without an `Origin` is refused).";

export const PublishableKeySchema = z
  .string()
  .regex(/^pk_[A-Za-z0-9_]{4,64}$/, 'A publishable key looks like pk_… (letters, digits, _).')
  .openapi({ description: PUBLISHABLE_KEY_DESCRIPTION, example: 'pk_demo_goerlitz' });

/** A seeker's answers as the examples of the request bodies carry them (a household of two near Zittau). */
export const EXAMPLE_ANSWERS = {
  'who.seekerType': { value: 'household' },
  'who.adults': { value: 2 },
  'who.children': { value: 1 },
  'where.postcode': { value: '02763' },
  'where.radiusKm': { value: '25' },
  'money.maxMonthlyCost': { value: 950, importance: 2 },
  'community.meals': { value: 'weekly', importance: 2 },
};

export const SeekerAnswersSchema = answersSchema(catalogueV1, 'seeker').openapi('SeekerAnswers', { example: EXAMPLE_ANSWERS });

export const MatchesRequestSchema = z
  .object({
    key: PublishableKeySchema,
    answers: SeekerAnswersSchema,
    locale: z.enum(LOCALES).default('de'),
    limit: z.number().int().min(1).max(50).default(20),
    statsOptOut: z.boolean().default(false),
  })
  .strict()
  .openapi('MatchesRequest', { example: { key: 'pk_demo_goerlitz', answers: EXAMPLE_ANSWERS, locale: 'de', limit: 20, statsOptOut: false } });

const ReasonSchema = z
  .object({
    questionId: z.string(),
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    text: z.string(),
    /** Where the guide explains this point (a legal form's entry, financing): absolute, in the request's language. */
    guide: z.url().optional().openapi({
      description: "The guide page that explains this point, in the request's language and with the embed's key (so it shows the municipality's advice offices).",
      example: 'https://bring-together.de/guide/financing?lang=de&embed=pk_demo_goerlitz',
    }),
  })
  .openapi('Reason');

/** A result card: one field list for SQL, response and schema (worker/listings/summary.ts). */
export { ListingSummarySchema };

export const MatchSchema = z
  .object({
    listing: ListingSummarySchema,
    score: z.number().int().min(0).max(100),
    seekerFit: z.number().int().min(0).max(100),
    projectFit: z.number().int().min(0).max(100),
    distanceKm: z.number().nullable(),
    reasons: z.array(ReasonSchema),
    watchOuts: z.array(ReasonSchema),
  })
  .openapi('Match');

export const AlternativeSchema = MatchSchema.extend({
  /** The hard filters this listing fails, in words: why it is only a partial match. */
  failed: z.array(z.object({ questionId: z.string(), text: z.string() })),
}).openapi('Alternative');

export const MatchesResponseSchema = z
  .object({
    algorithm: z.literal(ALGORITHM_VERSION),
    catalogueVersion: z.string(),
    total: z.number().int(),
    matches: z.array(MatchSchema),
    /** Only when `matches` is empty: up to three nearest partial matches for the empty state. */
    alternatives: z.array(AlternativeSchema).optional(),
  })
  .openapi('MatchesResponse');

export const HealthSchema = z.object({ status: z.literal('ok'), database: z.literal('ok') }).openapi('Health');

export type EmbedConfig = z.infer<typeof EmbedConfigSchema>;
export type MatchesRequest = z.input<typeof MatchesRequestSchema>;
export type MatchesResponse = z.infer<typeof MatchesResponseSchema>;
export type Match = z.infer<typeof MatchSchema>;

/** Version of the consent texts the widget shows; stored with every consent record. */
export const CONSENT_TEXT_VERSION = 'contact-2026-11';

export const ContactRequestSchema = z
  .object({
    key: PublishableKeySchema,
    listingId: z.string().min(1).max(64),
    answers: SeekerAnswersSchema,
    locale: z.enum(LOCALES).default('de'),
    name: z.string().trim().min(1).max(120),
    email: z.email().max(254),
    message: z.string().trim().min(1).max(4000),
    consent: z
      .object({
        contact: z.literal(true, 'Consent to pass your details to the project is required.'),
        shareNeeds: z.boolean().default(false),
        textVersion: z.literal(CONSENT_TEXT_VERSION),
      })
      .strict(),
    turnstileToken: z.string().min(1).max(4096),
  })
  .strict()
  .openapi('ContactRequest', {
    example: {
      key: 'pk_demo_goerlitz',
      listingId: 'lst_001',
      answers: EXAMPLE_ANSWERS,
      locale: 'de',
      name: 'Erika Muster',
      email: 'erika@example.org',
      message: 'Wir würden Sie gern kennenlernen.',
      consent: { contact: true, shareNeeds: false, textVersion: CONSENT_TEXT_VERSION },
      turnstileToken: DUMMY_TOKEN,
    },
  });

export const ContactRequestCreatedSchema = z
  .object({
    id: z.string(),
    status: z.literal('new'),
    score: z.number().int(),
    algorithm: z.literal(ALGORITHM_VERSION),
    confirmationEmail: z.enum(['sent', 'failed']),
  })
  .openapi('ContactRequestCreated');

export type ContactRequestInput = z.input<typeof ContactRequestSchema>;

export const SavedSearchSchema = z
  .object({
    key: PublishableKeySchema,
    answers: SeekerAnswersSchema,
    locale: z.enum(LOCALES).default('de'),
    email: z.email().max(254),
    consent: z
      .object({
        notify: z.literal(true, 'Consent to be notified by email is required.'),
        /** Keep the health-related answers (barrier-free, support) for matching; without it they are dropped. */
        storeNeeds: z.boolean().default(false),
        textVersion: z.literal(CONSENT_TEXT_VERSION),
      })
      .strict(),
    turnstileToken: z.string().min(1).max(4096),
  })
  .strict()
  .openapi('SavedSearch', {
    example: {
      key: 'pk_demo_goerlitz',
      answers: EXAMPLE_ANSWERS,
      locale: 'de',
      email: 'erika@example.org',
      consent: { notify: true, storeNeeds: false, textVersion: CONSENT_TEXT_VERSION },
      turnstileToken: DUMMY_TOKEN,
    },
  });

export const SavedSearchAcceptedSchema = z.object({ status: z.literal('confirmation_sent') }).openapi('SavedSearchAccepted');

export const FitRequestSchema = z
  .object({ key: PublishableKeySchema, answers: SeekerAnswersSchema, locale: z.enum(LOCALES).default('de') })
  .strict()
  .openapi('FitRequest', { example: { key: 'pk_demo_goerlitz', answers: EXAMPLE_ANSWERS, locale: 'de' } });

const importanceOrNull = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).nullable();

/** How a listing's team usually answers (worker/conversation/responsiveness.ts). */
export const ResponsivenessSchema = z.enum(RESPONSIVENESS_BANDS).openapi('Responsiveness', {
  description:
    `How the listing's team usually answers contact requests, over the last ${WINDOW_DAYS} days: \`days\` (most answered, usually within a few days), ` +
    `\`week\` (usually within a week) or \`slow\` (often later, or not at all). Present only with at least ${MIN_REQUESTS} requests in that time.`,
});

export const ListingDetailSchema = ListingSummarySchema.extend({
  description: z.string(),
  photos: z.array(z.object({ url: z.string(), alt: z.string() })),
  settlement: z.enum(['village', 'small_town', 'town']),
  unitsTotal: z.number().int(),
  freeUnits: z.record(z.string(), z.number().int()),
  livingSpaceMinSqm: z.number().int().nullable(),
  livingSpaceMaxSqm: z.number().int().nullable(),
  plotSqm: z.number().int().nullable(),
  childrenWelcome: z.boolean(),
  petsAllowed: z.enum(['none', 'small', 'dog']),
  website: z.string().nullable(),
  responsiveness: ResponsivenessSchema.optional(),
}).openapi('ListingDetail');

export const FitResponseSchema = z
  .object({
    listing: ListingDetailSchema,
    match: MatchSchema.omit({ listing: true }).nullable(),
    dimensions: z.array(
      z.object({
        questionId: z.string(),
        label: z.string(),
        seekerAnswer: z.string().nullable(),
        projectAnswer: z.string().nullable(),
        seekerImportance: importanceOrNull,
        projectImportance: importanceOrNull,
        fit: z.number().min(0).max(1).nullable(),
        side: z.enum(['seeker', 'project', 'both']),
      }),
    ),
  })
  .openapi('FitResponse');

export type FitResponse = z.infer<typeof FitResponseSchema>;

// Inferred shapes the widget imports as types (`import type`: no bytes in the bundle).
export type Problem = z.infer<typeof ProblemSchema>;
export type ListingSummary = z.infer<typeof ListingSummarySchema>;
export type Alternative = z.infer<typeof AlternativeSchema>;
export type FitRequest = z.input<typeof FitRequestSchema>;
export type ListingDetail = z.infer<typeof ListingDetailSchema>;
export type Responsiveness = z.infer<typeof ResponsivenessSchema>;
export type ContactRequestCreated = z.infer<typeof ContactRequestCreatedSchema>;
export type SavedSearchInput = z.input<typeof SavedSearchSchema>;
