/**
 * Request and response shapes of the groups API (tag `Groups`): the pool, initiatives, people-to-
 * people matches and mutual interests. The widget imports the inferred types (`import type`).
 */
import { z } from '@hono/zod-openapi';
import { LEGAL_FORMS, REPORT_REASONS, SETTLEMENTS } from '../db/schema';
import { AGE_BANDS, BUDGET_BANDS, EQUITY_BANDS, HOUSEHOLD_TYPES, SIZE_BANDS, TIMELINES } from '../demand/bands';
import { INTEREST_MESSAGE_MAX, REPORT_NOTE_MAX } from '../groups/interests';
import { GROUPS_CONSENT_VERSION, POOL_TEXT_MAX } from '../groups/pool';
import { LOCALES } from '../i18n';
import { answersSchema } from '../questionnaire/schema';
import { catalogueV1 } from '../questionnaire/v1';
import { DUMMY_TOKEN } from '../turnstile/verify';
import { EXAMPLE_ANSWERS, PublishableKeySchema, SeekerAnswersSchema } from './schemas';

export { GROUPS_CONSENT_VERSION };

/** Kinds of place an initiative may look for (a later step matches them with properties). */
export const SOUGHT_PLACES = ['building', 'farmstead', 'plot'] as const;

const TOKEN = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'A manage token is 43 letters, digits, - or _.')
  .openapi({
    param: { name: 'token', in: 'path' },
    description: 'The manage token of a pool entry or an initiative member (the last segment of the manage link in their mail). Keep it like a password.',
    example: 'q8Vt3o3yq2QdE1fS3nqG8o8bW3d0kqvJ2xQfZt0m1aA',
  });
export const GroupTokenParam = z.object({ token: TOKEN });
export const InterestParam = z.object({ token: TOKEN, id: z.string().min(1).max(64).openapi({ param: { name: 'id', in: 'path' }, example: '5c1d7f0e-3a8b-4d4c-9f61-2b7e0c9a1d23' }) });

const ReasonSchema = z.object({ questionId: z.string(), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional(), text: z.string() });

export const HouseholdCardSchema = z
  .object({
    // Strings (not enums) in answers, so a band added later does not break older clients.
    householdType: z.string().openapi({ description: `One of ${HOUSEHOLD_TYPES.join(', ')}.`, example: 'couple' }),
    sizeBand: z.string().openapi({ description: `Persons: ${SIZE_BANDS.join(', ')}.`, example: '2' }),
    ageBands: z.array(z.string().openapi({ description: `Any of ${AGE_BANDS.join(', ')}.` })),
    budgetBand: z.string().openapi({ description: `Monthly budget band: ${BUDGET_BANDS.join(', ')}.`, example: '800-1099' }),
    equityBand: z.string().openapi({ description: `Equity band: ${EQUITY_BANDS.join(', ')}.`, example: '10k-50k' }),
    timeline: z.string().openapi({ description: `Moving in: ${TIMELINES.join(', ')}.`, example: 'lt1y' }),
    wishes: z.record(z.string(), z.object({ value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]), importance: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).optional() })),
  })
  .openapi('HouseholdCard', { description: 'A household as others see it: coarse bands and community wishes only — never a name, email, postcode or exact amount.' });

export const PoolCardSchema = z.object({ kind: z.literal('pool'), id: z.string(), card: HouseholdCardSchema, text: z.string() }).openapi('PoolCard');

const ProjectAnswersSchema = answersSchema(catalogueV1, 'project');

export const InitiativeSeekingSchema = z
  .object({
    propertyKinds: z.array(z.enum(SOUGHT_PLACES)).max(SOUGHT_PLACES.length).default([]),
    settlements: z.array(z.enum(SETTLEMENTS)).max(SETTLEMENTS.length).default([]),
    timeline: z.enum(TIMELINES).default('unknown'),
    legalForms: z.array(z.enum(LEGAL_FORMS.filter((f) => f !== 'other') as ['cooperative', ...string[]])).max(5).default([]),
    area: z.string().trim().max(120).nullable().default(null),
  })
  .strict()
  .openapi('InitiativeSeeking');

export const InitiativeHouseholdsSchema = z
  .object({
    households: z.number().int().min(1).max(60),
    adults: z.number().int().min(1).max(200),
    children: z.number().int().min(0).max(200),
    ageBands: z.array(z.enum(AGE_BANDS)).max(AGE_BANDS.length).default([]),
    equityBand: z.enum(EQUITY_BANDS).default('unknown'),
    budgetMinBand: z.enum(BUDGET_BANDS).default('unknown'),
    budgetMaxBand: z.enum(BUDGET_BANDS).default('unknown'),
  })
  .strict()
  .refine((h) => h.adults >= h.households, { message: 'Every household has at least one adult.', path: ['adults'] })
  .openapi('InitiativeHouseholds');

export const InitiativeProfileSchema = z
  .object({
    kind: z.literal('initiative'),
    id: z.string(),
    name: z.string(),
    text: z.string(),
    profile: z.record(z.string(), z.object({ value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]), importance: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).optional() })),
    seeking: z.object({ propertyKinds: z.array(z.string()), settlements: z.array(z.string()), timeline: z.string(), legalForms: z.array(z.string()), area: z.string().nullable() }),
    households: z.object({
      households: z.number().int(), adults: z.number().int(), children: z.number().int(), ageBands: z.array(z.string()), equityBand: z.string(), budgetMinBand: z.string(), budgetMaxBand: z.string(),
    }),
    openPlaces: z.number().int(),
  })
  .openapi('InitiativeProfile', { description: 'An initiative as seekers see it: its profile and its households in aggregate, never a member\'s name or email.' });

const FitSchema = z.object({ score: z.number().int().min(0).max(100), reasons: z.array(ReasonSchema), watchOuts: z.array(ReasonSchema) });

export const PoolEntryRequestSchema = z
  .object({
    key: PublishableKeySchema,
    answers: SeekerAnswersSchema,
    locale: z.enum(LOCALES).default('de'),
    name: z.string().trim().min(1).max(120),
    email: z.email().max(254),
    text: z.string().trim().min(1).max(POOL_TEXT_MAX),
    consent: z
      .object({ pool: z.literal(true, 'Consent to be findable in the pool is required.'), textVersion: z.literal(GROUPS_CONSENT_VERSION) })
      .strict(),
    turnstileToken: z.string().min(1).max(4096),
  })
  .strict()
  .openapi('PoolEntryRequest', {
    example: {
      key: 'pk_demo_goerlitz', answers: EXAMPLE_ANSWERS, locale: 'de', name: 'Erika Muster', email: 'erika@example.org',
      text: 'Wir kochen gern für viele und suchen Menschen für einen Hof.', consent: { pool: true, textVersion: GROUPS_CONSENT_VERSION }, turnstileToken: DUMMY_TOKEN,
    },
  });

export const ConfirmationSentSchema = z.object({ status: z.literal('confirmation_sent') }).openapi('ConfirmationSent');

export const InitiativeRequestSchema = z
  .object({
    key: PublishableKeySchema,
    locale: z.enum(LOCALES).default('de'),
    name: z.string().trim().min(3).max(120),
    text: z.string().trim().min(1).max(2000),
    profile: ProjectAnswersSchema,
    seeking: InitiativeSeekingSchema,
    households: InitiativeHouseholdsSchema,
    openPlaces: z.number().int().min(0).max(60),
    founder: z.object({ name: z.string().trim().min(1).max(120), email: z.email().max(254), answers: SeekerAnswersSchema }).strict(),
    consent: z
      .object({ listed: z.literal(true, 'Consent to show the initiative to seekers of the region is required.'), textVersion: z.literal(GROUPS_CONSENT_VERSION) })
      .strict(),
    turnstileToken: z.string().min(1).max(4096),
  })
  .strict()
  .openapi('InitiativeRequest', {
    example: {
      key: 'pk_demo_goerlitz', locale: 'de', name: 'Hofgemeinschaft Oberland', text: 'Wir sind drei Haushalte und suchen einen Vierseithof.',
      profile: { 'community.meals': { value: 'weekly', importance: 2 }, 'community.decisions': { value: 'consensus', importance: 3 } },
      seeking: { propertyKinds: ['farmstead'], settlements: ['village'], timeline: '1to3y', legalForms: ['cooperative'], area: 'Oberlausitz' },
      households: { households: 3, adults: 5, children: 2, ageBands: ['30-44', '45-64'], equityBand: '50k-150k', budgetMinBand: '500-799', budgetMaxBand: '800-1099' },
      openPlaces: 3,
      founder: { name: 'Jonas Beispiel', email: 'jonas@example.org', answers: EXAMPLE_ANSWERS },
      consent: { listed: true, textVersion: GROUPS_CONSENT_VERSION },
      turnstileToken: DUMMY_TOKEN,
    },
  });

export const InitiativeMatchesRequestSchema = z
  .object({ key: PublishableKeySchema, answers: SeekerAnswersSchema, locale: z.enum(LOCALES).default('de'), limit: z.number().int().min(1).max(50).default(20) })
  .strict()
  .openapi('InitiativeMatchesRequest', { example: { key: 'pk_demo_goerlitz', answers: EXAMPLE_ANSWERS, locale: 'de', limit: 20 } });

export const InitiativeMatchSchema = FitSchema.extend({ initiative: InitiativeProfileSchema }).openapi('InitiativeMatch');
export const PoolMatchSchema = FitSchema.extend({ household: PoolCardSchema }).openapi('PoolMatch');

export const InitiativeMatchesResponseSchema = z.object({ matches: z.array(InitiativeMatchSchema) }).openapi('InitiativeMatchesResponse');

export const PoolSizeSchema = z
  .union([z.object({ kind: z.literal('value'), n: z.number().int() }), z.object({ kind: z.literal('small') })])
  .openapi('PoolSize', { description: 'Households in the region\'s pool; `small` when fewer than 5 (small counts are never shown).' });

export const GroupMatchesResponseSchema = z
  .object({ initiatives: z.array(InitiativeMatchSchema), pool: z.array(PoolMatchSchema), poolSize: PoolSizeSchema })
  .openapi('GroupMatchesResponse');

export const PartyRefSchema = z.object({ kind: z.enum(['pool', 'initiative']), id: z.string().min(1).max(64) }).strict().openapi('PartyRef');

export const InterestViewSchema = z
  .object({
    id: z.string(),
    direction: z.enum(['incoming', 'outgoing']),
    state: z.enum(['pending', 'accepted', 'declined', 'withdrawn']),
    message: z.string(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    with: PartyRefSchema,
    other: z.union([PoolCardSchema, InitiativeProfileSchema]).nullable(),
    contacts: z.array(z.object({ name: z.string(), email: z.string() })).nullable().openapi({ description: 'Only while both sides have said yes; null before and after a withdrawal.' }),
  })
  .openapi('Interest');

export const GroupSelfSchema = z
  .object({
    party: PartyRefSchema,
    live: z.boolean(),
    pool: PoolCardSchema.extend({ confirmedAt: z.string().nullable(), expiresAt: z.string() }).nullable(),
    initiative: InitiativeProfileSchema.extend({ state: z.enum(['unconfirmed', 'open', 'closed']), role: z.enum(['founder', 'cofounder']) }).nullable(),
    interests: z.array(InterestViewSchema),
  })
  .openapi('GroupSelf');

export const InterestRequestSchema = z
  .object({ to: PartyRefSchema, message: z.string().trim().min(1).max(INTEREST_MESSAGE_MAX), turnstileToken: z.string().min(1).max(4096) })
  .strict()
  .openapi('InterestRequest', { example: { to: { kind: 'pool', id: '9a3e2b1c-0d4f-4e5a-8b6c-7d8e9f0a1b2c' }, message: 'Wir suchen noch einen Haushalt – Lust auf ein Kennenlernen?', turnstileToken: DUMMY_TOKEN } });

export const DecisionRequestSchema = z.object({ decision: z.enum(['accept', 'decline']) }).strict().openapi('InterestDecision', { example: { decision: 'accept' } });

export const BlockRequestSchema = z.object({ party: PartyRefSchema }).strict().openapi('BlockRequest', { example: { party: { kind: 'pool', id: '9a3e2b1c-0d4f-4e5a-8b6c-7d8e9f0a1b2c' } } });

export const ReportRequestSchema = z
  .object({ party: PartyRefSchema, reason: z.enum(REPORT_REASONS), note: z.string().trim().max(REPORT_NOTE_MAX).optional() })
  .strict()
  .openapi('ReportRequest', { example: { party: { kind: 'initiative', id: '1f2e3d4c-5b6a-4789-8a0b-c1d2e3f4a5b6' }, reason: 'fake', note: 'Die Angaben wirken erfunden.' } });

export const CofounderRequestSchema = z
  .object({ name: z.string().trim().min(1).max(120), email: z.email().max(254), locale: z.enum(LOCALES).default('de') })
  .strict()
  .openapi('CofounderInvitation', { example: { name: 'Mira Beispiel', email: 'mira@example.org', locale: 'de' } });

// ── The group and the building (worker/groups/properties.ts): properties that fit, readiness, declared interest.

export const PropertyInterestParam = z.object({
  token: TOKEN,
  listingId: z.string().min(1).max(64).openapi({ param: { name: 'listingId', in: 'path' }, description: 'A property listing of the group\'s region.', example: 'lst_046' }),
});

export const GroupPropertiesQuerySchema = z.object({ locale: z.enum(LOCALES).default('de'), limit: z.coerce.number().int().min(1).max(50).default(20) });

export const ReadinessSchema = z
  .object({
    met: z.number().int(),
    total: z.number().int(),
    ready: z.boolean(),
    items: z.array(
      z.object({
        id: z.enum(['households', 'unitsShare', 'legalForm', 'financingPlan', 'contactPerson', 'custom']),
        met: z.boolean(),
        text: z.string().openapi({ description: 'The item in words, from the group\'s side.', example: 'mindestens 3 Haushalte (Ihre Gruppe: 2)' }),
        criterionId: z.string().optional().openapi({ description: 'For the municipality\'s own criteria: the id to tick in `customMet`.' }),
      }),
    ),
  })
  .openapi('Readiness', { description: 'The municipality\'s checklist for the property (its criteria, or the defaults) against what the group has stated.' });

export const PropertyInterestSchema = z
  .object({
    listingId: z.string(),
    declaredAt: z.string(),
    shortlistConsent: z.boolean().openapi({ description: 'The group agreed to be shown (name, readiness, concept, contact person) on the property\'s shortlist.' }),
    shortlistConsentAt: z.string().nullable(),
    customMet: z.array(z.string()),
    withdrawnAt: z.string().nullable(),
    takenOnAt: z.string().nullable().openapi({ description: 'The municipality recorded that this group takes the building on.' }),
  })
  .openapi('PropertyInterest');

export const GroupPropertySchema = FitSchema.extend({
  property: z.object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    place: z.string(),
    postcode: z.string(),
    settlement: z.string(),
    legalForm: z.string(),
    unitsTotal: z.number().int(),
    freePlaces: z.number().int(),
    equityRequiredCents: z.number().int().openapi({ description: 'Purchase or lease price in cents (0: none).' }),
    monthlyCostMinCents: z.number().int().nullable(),
    monthlyCostMaxCents: z.number().int().nullable(),
    plotSqm: z.number().int().nullable(),
    url: z.string().openapi({ description: 'The property\'s public page.' }),
  }),
  fits: z.boolean().openapi({ description: 'False when the property cannot house the households the group already has (shown only when the group declared interest).' }),
  readiness: ReadinessSchema,
  interest: PropertyInterestSchema.nullable(),
  otherInitiatives: z.number().int().openapi({ description: 'Other open groups with a live interest in the property (groups, not households).' }),
}).openapi('GroupProperty');

/** Lengths of the readiness texts (the manage page's form, 16 KB per post, holds all of them). */
export const READINESS_TEXT_MAX = { financingPlan: 1000, contactPerson: 120, concept: 3000 } as const;

export const ReadinessFieldsSchema = z
  .object({
    legalForm: z.enum(LEGAL_FORMS).nullable().openapi({ description: 'The legal form the group has chosen; null while undecided.' }),
    financingPlan: z.string().trim().max(READINESS_TEXT_MAX.financingPlan).nullable(),
    contactPerson: z.string().trim().max(READINESS_TEXT_MAX.contactPerson).nullable().openapi({ description: 'A name; shown to a municipality only on the shortlist of a property the group consented for.' }),
    concept: z.string().trim().max(READINESS_TEXT_MAX.concept).nullable(),
  })
  .strict()
  .openapi('ReadinessFields', {
    example: { legalForm: 'cooperative', financingPlan: 'Genossenschaftsanteile, KfW 134 und Direktkredite', contactPerson: 'Jonas Beispiel', concept: 'Wir wohnen in fünf Haushalten und öffnen die Scheune als Werkstatt für das Dorf.' },
  });

export const GroupPropertiesResponseSchema = z
  .object({ properties: z.array(GroupPropertySchema), readinessFields: ReadinessFieldsSchema })
  .openapi('GroupPropertiesResponse');

/** At most this many of a municipality's own criteria per property (as its form allows). */
export const CUSTOM_MET_MAX = 10;

export const PropertyInterestRequestSchema = z
  .object({
    shortlistConsent: z.boolean().openapi({ description: 'A separate, explicit consent: show our group, its readiness, concept and contact person to the municipality on its shortlist. false takes it back (the interest stays, only counted).' }),
    customMet: z.array(z.string().min(1).max(64)).max(CUSTOM_MET_MAX).default([]).openapi({ description: 'Ids of the municipality\'s own criteria the group meets (`readiness.items[].criterionId`).' }),
  })
  .strict()
  .openapi('PropertyInterestRequest', { example: { shortlistConsent: true, customMet: [] } });

export type PoolEntryRequest = z.input<typeof PoolEntryRequestSchema>;
export type InitiativeRequest = z.input<typeof InitiativeRequestSchema>;
export type GroupMatchesResponse = z.infer<typeof GroupMatchesResponseSchema>;
export type InitiativeMatchesResponse = z.infer<typeof InitiativeMatchesResponseSchema>;
export type GroupSelf = z.infer<typeof GroupSelfSchema>;
export type InterestView = z.infer<typeof InterestViewSchema>;
export type GroupPropertiesResponse = z.infer<typeof GroupPropertiesResponseSchema>;
export type ReadinessFields = z.infer<typeof ReadinessFieldsSchema>;
