/** Listings, what curation hides, the listings version the isolate cache keys on, and contact requests. */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Answers, ConsentRecord, ContactSnapshot } from '../json';
import { embeds, organizations } from './places';

/** A single listing a municipality keeps out of its region embeds, with the reason the provider sees. */
export const hiddenListings = sqliteTable(
  'hidden_listings',
  {
    municipalityId: text('municipality_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    listingId: text('listing_id').notNull().references(() => listings.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    hiddenBy: text('hidden_by'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.listingId] }), index('hidden_listings_listing_idx').on(t.listingId)],
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
    /** When the freshness job last reminded the provider to re-confirm (cleared on confirm). */
    reminderSentAt: integer('reminder_sent_at'),
    /** Last "notify the matching saved searches" (at most once per 7 days; worker/properties/notify.ts). */
    searchesNotifiedAt: integer('searches_notified_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    // Prefilter: area searches walk the bounding box on lat; region-wide searches take the freshest.
    index('listings_search_idx').on(t.status, t.kind, t.lat, t.lon),
    index('listings_fresh_idx').on(t.status, t.kind, t.confirmedAt),
    // A region's listings (matching scopes, the dashboard); covering the dashboard's supply table
    // (kind, stage, legal form, free places) so it reads the index only (docs/scale.md).
    index('listings_district_idx').on(t.status, t.districtKey, t.kind, t.stage, t.legalForm, t.freePlaces),
    index('listings_org_idx').on(t.organizationId, t.status),
    index('listings_confirmed_idx').on(t.status, t.confirmedAt),
  ],
);

/**
 * One row: a random token that changes with every write to what a widget may see (listings,
 * curation, organizations, embeds), set by triggers in the same statement as the write (migration
 * 0018). Isolates keep prepared listings per embed while the token is unchanged
 * (worker/listings/isolate-cache.ts). Random, not a counter: a restored or reset database cannot
 * bring back an old value.
 */
export const listingsVersion = sqliteTable('listings_version', {
  id: integer('id').primaryKey(),
  version: text('version').notNull(),
});

/** `expired`: nobody answered for 60 days (worker/conversation/unanswered.ts); it has left the pipeline. */
export const CONTACT_STATUSES = ['new', 'in_conversation', 'visit', 'accepted', 'declined', 'withdrawn', 'moved_in', 'expired'] as const;

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
    snapshot: text('snapshot', { mode: 'json' }).$type<ContactSnapshot>().notNull(),
    algorithmVersion: text('algorithm_version').notNull(),
    score: integer('score').notNull(),
    consent: text('consent', { mode: 'json' }).$type<ConsentRecord>().notNull(),
    status: text('status', { enum: CONTACT_STATUSES }).notNull().default('new'),
    /** Unique per embed: a retry finds this row; `request_hash` tells a retry from a reused key. */
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash'),
    manageTokenHash: text('manage_token_hash'),
    /** The conversation's reply address (`reply+<token>@MAIL_REPLY_DOMAIN`): lets a mail be filed, never read anything. */
    replyToken: text('reply_token'),
    /**
     * The seeker's home district (Kreisschlüssel, as demand records keep it), never shown to the team:
     * only for the municipality's "moved in from outside the region" figure (worker/demand/outcomes.ts).
     */
    originDistrictKey: text('origin_district_key'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('contact_requests_reply_idx').on(t.replyToken),
    uniqueIndex('contact_requests_idempotency_idx').on(t.embedId, t.idempotencyKey),
    index('contact_requests_org_idx').on(t.organizationId, t.status, t.createdAt),
    // A listing's requests of a period (worker/conversation/responsiveness.ts: answers within days).
    index('contact_requests_listing_idx').on(t.listingId, t.createdAt),
    // Requests still waiting for a first answer, by age (worker/conversation/unanswered.ts).
    index('contact_requests_status_created_idx').on(t.status, t.createdAt),
    // Manage links: by token hash, then everything under the same (normalized) email.
    index('contact_requests_manage_idx').on(t.manageTokenHash),
    index('contact_requests_email_idx').on(sql`lower(trim(${t.email}))`),
    // Retention deletes closed requests by age.
    index('contact_requests_retention_idx').on(t.status, t.updatedAt),
  ],
);

export type Listing = typeof listings.$inferSelect;
export type NewListing = typeof listings.$inferInsert;
export type ContactRequest = typeof contactRequests.$inferSelect;
