/**
 * D1 schema (drizzle). Migrations under migrations/ are generated from this file by drizzle-kit.
 * Money in integer cents, times as epoch milliseconds, ids opaque strings.
 * Every tenant-owned row carries organization_id; every admin query filters by it.
 */
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Answers } from '../questionnaire/types';

export const postcodes = sqliteTable(
  'postcodes',
  {
    postcode: text('postcode').primaryKey(),
    place: text('place').notNull(),
    districtKey: text('district_key').notNull(),
    districtName: text('district_name').notNull(),
    state: text('state').notNull(),
    lat: real('lat').notNull(),
    lon: real('lon').notNull(),
  },
  (t) => [index('postcodes_district_idx').on(t.districtKey)],
);

export const organizations = sqliteTable('organizations', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['municipality', 'provider'] }).notNull(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  /** Municipalities: the region as district keys and/or postcodes. */
  regionDistrictKeys: text('region_district_keys', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  regionPostcodes: text('region_postcodes', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  website: text('website'),
  createdAt: integer('created_at').notNull(),
});

export interface EmbedTheme {
  accent?: string;
  radius?: string;
  font?: string;
}

export const embeds = sqliteTable(
  'embeds',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull().references(() => organizations.id),
    name: text('name').notNull(),
    publishableKey: text('publishable_key').notNull().unique(),
    allowedOrigins: text('allowed_origins', { mode: 'json' }).$type<string[]>().notNull(),
    scope: text('scope', { enum: ['region', 'provider'] }).notNull(),
    theme: text('theme', { mode: 'json' }).$type<EmbedTheme>().notNull().default(sql`'{}'`),
    defaultLocale: text('default_locale', { enum: ['de', 'en'] }).notNull().default('de'),
    createdAt: integer('created_at').notNull(),
    revokedAt: integer('revoked_at'),
  },
  (t) => [index('embeds_org_idx').on(t.organizationId)],
);

export const LISTING_KINDS = ['project', 'property'] as const;
export const LISTING_STATUSES = ['draft', 'published', 'paused', 'archived'] as const;
export const STAGES = ['forming', 'planning', 'building', 'occupied'] as const;
export const LEGAL_FORMS = ['cooperative', 'syndicate', 'ownership', 'rental', 'foundation', 'other'] as const;
export const SETTLEMENTS = ['village', 'small_town', 'town'] as const;

export interface ListingPhoto {
  url: string;
  alt: { de: string; en?: string };
}

/** Free places per unit type, e.g. { own_flat: 2, shared_flat: 1 }. */
export type UnitPlaces = Partial<Record<'own_flat' | 'cluster_flat' | 'shared_flat' | 'house', number>>;

export const listings = sqliteTable(
  'listings',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull().references(() => organizations.id),
    kind: text('kind', { enum: LISTING_KINDS }).notNull(),
    status: text('status', { enum: LISTING_STATUSES }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    description: text('description').notNull(),
    photos: text('photos', { mode: 'json' }).$type<ListingPhoto[]>().notNull().default(sql`'[]'`),
    postcode: text('postcode').notNull(),
    place: text('place').notNull(),
    districtKey: text('district_key').notNull(),
    lat: real('lat').notNull(),
    lon: real('lon').notNull(),
    settlement: text('settlement', { enum: SETTLEMENTS }).notNull(),
    stage: text('stage', { enum: STAGES }).notNull(),
    legalForm: text('legal_form', { enum: LEGAL_FORMS }).notNull(),
    unitsTotal: integer('units_total').notNull().default(0),
    /** Places free now, summed over unit types; indexed for the prefilter. */
    freePlaces: integer('free_places').notNull().default(0),
    freeUnits: text('free_units', { mode: 'json' }).$type<UnitPlaces>().notNull().default(sql`'{}'`),
    monthlyCostMinCents: integer('monthly_cost_min_cents'),
    monthlyCostMaxCents: integer('monthly_cost_max_cents'),
    /** Equity or co-op shares required per household (projects) or purchase/lease price (properties). */
    equityRequiredCents: integer('equity_required_cents').notNull().default(0),
    livingSpaceMinSqm: integer('living_space_min_sqm'),
    livingSpaceMaxSqm: integer('living_space_max_sqm'),
    plotSqm: integer('plot_sqm'),
    barrierFree: integer('barrier_free', { mode: 'boolean' }).notNull().default(false),
    childrenWelcome: integer('children_welcome', { mode: 'boolean' }).notNull().default(true),
    petsAllowed: text('pets_allowed', { enum: ['none', 'small', 'dog'] }).notNull().default('small'),
    /** The project's side of the questionnaire: its attributes and what it looks for, with importance. */
    catalogueVersion: text('catalogue_version').notNull().default('v1'),
    profile: text('profile', { mode: 'json' }).$type<Answers>().notNull().default(sql`'{}'`),
    contactEmail: text('contact_email'),
    website: text('website'),
    confirmedAt: integer('confirmed_at').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    // Prefilter: area searches walk the bounding box on lat; region-wide searches take the freshest.
    index('listings_search_idx').on(t.status, t.kind, t.lat, t.lon),
    index('listings_fresh_idx').on(t.status, t.kind, t.confirmedAt),
    index('listings_district_idx').on(t.status, t.districtKey),
    index('listings_org_idx').on(t.organizationId, t.status),
    index('listings_confirmed_idx').on(t.status, t.confirmedAt),
  ],
);

export const CONTACT_STATUSES = ['new', 'in_conversation', 'visit', 'accepted', 'declined', 'withdrawn', 'moved_in'] as const;

export const contactRequests = sqliteTable(
  'contact_requests',
  {
    id: text('id').primaryKey(),
    listingId: text('listing_id').notNull().references(() => listings.id),
    organizationId: text('organization_id').notNull().references(() => organizations.id),
    embedId: text('embed_id').references(() => embeds.id),
    name: text('name').notNull(),
    email: text('email').notNull(),
    message: text('message').notNull(),
    /** Household summary, answers shared with consent, score and reasons as the seeker saw them. */
    snapshot: text('snapshot', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    algorithmVersion: text('algorithm_version').notNull(),
    score: integer('score').notNull(),
    consent: text('consent', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: CONTACT_STATUSES }).notNull().default('new'),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    manageTokenHash: text('manage_token_hash'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('contact_requests_org_idx').on(t.organizationId, t.status, t.createdAt), index('contact_requests_listing_idx').on(t.listingId)],
);

/**
 * Anonymous by construction: bands and district keys only. No postcode, IP, cookie or free text.
 * Shown only with small-cell suppression (k >= 5).
 */
export const demandRecords = sqliteTable(
  'demand_records',
  {
    id: text('id').primaryKey(),
    embedId: text('embed_id'),
    /** The municipality organization whose region the questionnaire was answered for. */
    regionOrganizationId: text('region_organization_id').notNull(),
    originDistrictKey: text('origin_district_key'),
    isoWeek: text('iso_week').notNull(),
    seekerType: text('seeker_type', { enum: ['household', 'group'] }).notNull(),
    householdType: text('household_type').notNull(),
    sizeBand: text('size_band').notNull(),
    ageBands: text('age_bands', { mode: 'json' }).$type<string[]>().notNull(),
    budgetBand: text('budget_band').notNull(),
    equityBand: text('equity_band').notNull(),
    legalForms: text('legal_forms', { mode: 'json' }).$type<string[]>().notNull(),
    timeline: text('timeline').notNull(),
    priorities: text('priorities', { mode: 'json' }).$type<string[]>().notNull(),
    barrierFreeNeed: integer('barrier_free_need', { mode: 'boolean' }).notNull(),
    bestScoreBand: text('best_score_band').notNull(),
    anyMatch: integer('any_match', { mode: 'boolean' }).notNull(),
  },
  (t) => [index('demand_region_week_idx').on(t.regionOrganizationId, t.isoWeek), index('demand_embed_week_idx').on(t.embedId, t.isoWeek)],
);

export const savedSearches = sqliteTable('saved_searches', {
  id: text('id').primaryKey(),
  embedId: text('embed_id').notNull(),
  email: text('email').notNull(),
  answers: text('answers', { mode: 'json' }).$type<Answers>().notNull(),
  confirmedAt: integer('confirmed_at'),
  confirmTokenHash: text('confirm_token_hash'),
  manageTokenHash: text('manage_token_hash'),
  createdAt: integer('created_at').notNull(),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('audit_org_idx').on(t.organizationId, t.createdAt)],
);

/** Stored first answers of public writes, so a retried request returns the same answer. */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    key: text('key').primaryKey(),
    route: text('route').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    body: text('body').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('idempotency_route_key_idx').on(t.route, t.key)],
);

export type Listing = typeof listings.$inferSelect;
export type NewListing = typeof listings.$inferInsert;
export type Organization = typeof organizations.$inferSelect;
export type Embed = typeof embeds.$inferSelect;
export type DemandRecord = typeof demandRecords.$inferInsert;

/** Local development only: outgoing mail lands here and is shown at /dev/mailbox. */
export const devMail = sqliteTable('dev_mail', {
  id: text('id').primaryKey(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  createdAt: integer('created_at').notNull(),
});
