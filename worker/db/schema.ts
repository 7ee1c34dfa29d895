/**
 * D1 schema (drizzle). Migrations under migrations/ are generated from this file by drizzle-kit.
 * Money in integer cents, times as epoch milliseconds, ids opaque strings.
 * Every tenant-owned row carries organization_id; every admin query filters by it.
 */
import { sql } from 'drizzle-orm';
import { customType, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Answers, ConsentRecord, ContactSnapshot, HouseholdCard, InitiativeHouseholds, InitiativeSeeking } from './json';

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

/**
 * Epoch milliseconds that also accept a Date on write: better-auth's organization plugin writes
 * `createdAt` as a Date into our own `organizations` table (see worker/auth/auth.ts).
 */
const epochMs = customType<{ data: number; driverData: number }>({
  dataType: () => 'integer',
  toDriver: (value) => ((value as unknown) instanceof Date ? (value as unknown as Date).getTime() : value),
});

/**
 * The single source of truth for organizations. better-auth's organization plugin is mapped onto
 * this table (modelName `organizations`); `logo` and `metadata` exist for that plugin.
 */
export const organizations = sqliteTable('organizations', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['municipality', 'provider'] }).notNull(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  /** Municipalities: the region as district keys and/or postcodes. */
  regionDistrictKeys: text('region_district_keys', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  regionPostcodes: text('region_postcodes', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  website: text('website'),
  logo: text('logo'),
  metadata: text('metadata'),
  /** Language of mails to the organization's shared addresses (a listing's contact email). */
  locale: text('locale', { enum: ['de', 'en'] }).notNull().default('de'),
  /** Set by a platform operator: its listings leave every embed, its members cannot act for it. */
  suspendedAt: integer('suspended_at'),
  suspensionReason: text('suspension_reason'),
  createdAt: epochMs('created_at').notNull(),
});

export const APPROVAL_STATES = ['pending', 'approved', 'rejected', 'blocked'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

/**
 * A municipality's decision about a provider whose listings lie in its region (worker/curation).
 * No row means pending: until approved, the provider's listings appear in none of the
 * municipality's region embeds. `message` is shown to the provider.
 */
export const regionApprovals = sqliteTable(
  'region_approvals',
  {
    municipalityId: text('municipality_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    providerId: text('provider_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    state: text('state', { enum: APPROVAL_STATES }).notNull(),
    message: text('message'),
    decidedBy: text('decided_by'),
    decidedAt: integer('decided_at'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.providerId] }), index('region_approvals_provider_idx').on(t.providerId)],
);

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
    /** Region embeds only: a subset of the region's listings. Empty = every kind / every provider. */
    scopeKinds: text('scope_kinds', { mode: 'json' }).$type<('project' | 'property')[]>().notNull().default(sql`'[]'`),
    scopeOrganizationIds: text('scope_organization_ids', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  },
  (t) => [index('embeds_org_idx').on(t.organizationId)],
);

/**
 * A municipality's local advice office for communal living (worker/guide/advice.ts): shown on the
 * guide pages reached from its embeds and in their config. Public by design: what an office
 * publishes anyway (no personal data beyond a contact address the office chooses).
 */
export const adviceOffices = sqliteTable(
  'advice_offices',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    hours: text('hours').notNull(),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    address: text('address'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('advice_offices_org_idx').on(t.organizationId, t.name)],
);
export type AdviceOffice = typeof adviceOffices.$inferSelect;

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
    index('listings_district_idx').on(t.status, t.districtKey),
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
    /**
     * A random record key 0–255 for the cell-key method (worker/demand/cell-key.ts): demand_weekly
     * sums it per cell, and every published count is perturbed by a function of that sum. Never shown.
     */
    // A random byte by default (the /v1/matches route and the seed set it themselves).
    cellKey: integer('cell_key').$defaultFn(() => crypto.getRandomValues(new Uint8Array(1))[0]!),
  },
  (t) => [index('demand_region_week_idx').on(t.regionOrganizationId, t.isoWeek), index('demand_embed_week_idx').on(t.embedId, t.isoWeek)],
);

/**
 * Pre-aggregated demand: how many demand records of a region, period and embed ('' = none) have
 * a value in one dashboard dimension. The dashboard reads this instead of the records, so its cost
 * grows with the distinct band combinations in the period, not with the records.
 * `iso_week` is the period: an ISO week ('2026-W05'), a 4-week block ('M000731') or a 16-week block
 * ('Q000182'), blocks numbered by weeks since 1970-01-05 (worker/dashboard/periods.ts); every
 * record counts in all three, and a dashboard period is read as the fewest of them that cover it.
 * Kept exact by SQLite triggers on demand_records (insert, delete, update) that migration 0007
 * adds by hand, so every writer (the /v1/matches route, the seed, retention, tests, benches) keeps
 * it in step inside the same statement. The table is WITHOUT ROWID (hand edit in 0007): the
 * primary key is the storage order, so each period is one range.
 * Dimensions (key): 'week' (the record's ISO week, for the weekly series), 'size', 'timeline',
 * 'household', 'budget', 'equity', 'barrier_free' ('yes'/'no'), 'origin' (district key, '' = not
 * given), 'age' and 'priority' (one row per value of the record's list), 'unmet' (JSON [household,
 * budget], records without a match only), 'fit' (JSON [seeker type, household type, legal form or
 * '', equity, budget, barrier-free 0/1], one row per legal form the record names: the bands
 * "demand for this building" and the money tables need).
 * Only ever shown through small-cell suppression, like the records.
 */
export const demandWeekly = sqliteTable(
  'demand_weekly',
  {
    regionOrganizationId: text('region_organization_id').notNull(),
    isoWeek: text('iso_week').notNull(),
    embedId: text('embed_id').notNull(),
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    n: integer('n').notNull(),
    /** Sum of the cell keys of those records (migration 0008): what the cell-key method perturbs from. */
    ksum: integer('ksum').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.regionOrganizationId, t.isoWeek, t.embedId, t.dimension, t.key] })],
);

/**
 * How often each embed's widget was loaded (its config fetched) per ISO week: the "reach" of a site
 * on the dashboard. A counter per embed and week, nothing about the visitor; `ksum` sums a random
 * key per load for the cell-key method (worker/demand/cell-key.ts). Written by
 * GET /v1/embeds/{key}/config (not for the admin preview), at most as often as the public limiter allows.
 */
export const embedLoadsWeekly = sqliteTable(
  'embed_loads_weekly',
  {
    embedId: text('embed_id').notNull(),
    isoWeek: text('iso_week').notNull(),
    n: integer('n').notNull(),
    ksum: integer('ksum').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.embedId, t.isoWeek] })],
);

export const savedSearches = sqliteTable(
  'saved_searches',
  {
    id: text('id').primaryKey(),
    embedId: text('embed_id').notNull(),
    email: text('email').notNull(),
    /** Only what matching needs: no current postcode; health-related answers only with their consent. */
    answers: text('answers', { mode: 'json' }).$type<Answers>().notNull(),
    /** Language of every mail to this address. */
    locale: text('locale', { enum: ['de', 'en'] }).notNull().default('de'),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    confirmedAt: integer('confirmed_at'),
    confirmTokenHash: text('confirm_token_hash'),
    manageTokenHash: text('manage_token_hash'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('saved_searches_idempotency_idx').on(t.embedId, t.idempotencyKey),
    index('saved_searches_confirm_idx').on(t.confirmTokenHash),
    index('saved_searches_manage_idx').on(t.manageTokenHash),
    index('saved_searches_email_idx').on(sql`lower(trim(${t.email}))`),
    index('saved_searches_retention_idx').on(t.confirmedAt, t.createdAt),
  ],
);

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
  (t) => [index('audit_org_idx').on(t.organizationId, t.createdAt), index('audit_action_idx').on(t.action, t.createdAt)],
);

/**
 * Stored first answers of public writes, so a retried request returns the same answer. A key is
 * scoped to its route and embed (`scope`, the publishable key); status 0 is a reservation whose
 * lease ends at `lease_until` (worker/http/idempotency.ts).
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    route: text('route').notNull(),
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    body: text('body').notNull(),
    leaseUntil: integer('lease_until').notNull().default(0),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.route, t.scope, t.key] }), index('idempotency_created_idx').on(t.createdAt)],
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
  replyTo: text('reply_to'),
  headers: text('headers', { mode: 'json' }).$type<Record<string, string>>(),
  createdAt: integer('created_at').notNull(),
});

// ── Auth (better-auth, worker/auth/auth.ts): users, sessions, accounts, verification tokens,
// organization members and invitations. Times are epoch ms (drizzle timestamp_ms ↔ Date).

const ms = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull().default(''),
  email: text('email').notNull().unique(),
  emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
  image: text('image'),
  /** Preferred admin UI language. */
  locale: text('locale', { enum: ['de', 'en'] }).notNull().default('de'),
  createdAt: ms('created_at').notNull(),
  updatedAt: ms('updated_at').notNull(),
});

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    token: text('token').notNull().unique(),
    expiresAt: ms('expires_at').notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    activeOrganizationId: text('active_organization_id'),
    createdAt: ms('created_at').notNull(),
    updatedAt: ms('updated_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: ms('access_token_expires_at'),
    refreshTokenExpiresAt: ms('refresh_token_expires_at'),
    scope: text('scope'),
    password: text('password'),
    createdAt: ms('created_at').notNull(),
    updatedAt: ms('updated_at').notNull(),
  },
  (t) => [index('accounts_user_idx').on(t.userId)],
);

export const verifications = sqliteTable(
  'verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: ms('expires_at').notNull(),
    createdAt: ms('created_at').notNull(),
    updatedAt: ms('updated_at').notNull(),
  },
  (t) => [index('verifications_identifier_idx').on(t.identifier)],
);

export const MEMBER_ROLES = ['owner', 'editor', 'viewer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const members = sqliteTable(
  'members',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: ms('created_at').notNull(),
  },
  (t) => [uniqueIndex('members_org_user_idx').on(t.organizationId, t.userId), index('members_user_idx').on(t.userId)],
);

export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').notNull(),
    status: text('status').notNull().default('pending'),
    expiresAt: ms('expires_at').notNull(),
    inviterId: text('inviter_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: ms('created_at').notNull(),
  },
  (t) => [index('invitations_org_idx').on(t.organizationId, t.status), index('invitations_email_idx').on(t.email)],
);

/** Team-internal notes on a contact request (never shown to the seeker). */
export const contactNotes = sqliteTable(
  'contact_notes',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull().references(() => organizations.id),
    contactRequestId: text('contact_request_id').notNull().references(() => contactRequests.id, { onDelete: 'cascade' }),
    authorId: text('author_id'),
    authorName: text('author_name').notNull(),
    text: text('text').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('contact_notes_request_idx').on(t.organizationId, t.contactRequestId, t.createdAt)],
);

/** Members who opted in to the weekly digest of an organization (worker/digest). */
export const digestSubscriptions = sqliteTable(
  'digest_subscriptions',
  {
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    /** Start of the last period a digest was sent for; the next one covers from here. */
    lastSentAt: integer('last_sent_at'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organizationId] })],
);

export const NOTIFY_MODES = ['immediate', 'daily', 'off'] as const;

/**
 * How a member hears of new requests and of seekers' answers for an organization (worker/conversation):
 * at once, in a daily summary, or not at all. No row: owners and editors at once, viewers not.
 */
export const memberNotifications = sqliteTable(
  'member_notifications',
  {
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    mode: text('mode', { enum: NOTIFY_MODES }).notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organizationId] })],
);

/** Which saved search was told about which vacant building or plot: each pair at most once. */
export const propertyNotifications = sqliteTable(
  'property_notifications',
  {
    listingId: text('listing_id').notNull().references(() => listings.id, { onDelete: 'cascade' }),
    savedSearchId: text('saved_search_id').notNull().references(() => savedSearches.id, { onDelete: 'cascade' }),
    sentAt: integer('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.savedSearchId] }), index('property_notifications_search_idx').on(t.savedSearchId)],
);

// ── The conversation and the outbox (worker/conversation, worker/outbox).

export const MESSAGE_AUTHORS = ['seeker', 'member'] as const;
export const MESSAGE_CHANNELS = ['web', 'email'] as const;

/** One message of the conversation about a contact request: the seeker's or the team's. */
export const messages = sqliteTable(
  'messages',
  {
    id: text('id').primaryKey(),
    contactRequestId: text('contact_request_id').notNull().references(() => contactRequests.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').notNull().references(() => organizations.id),
    author: text('author', { enum: MESSAGE_AUTHORS }).notNull(),
    /** The member who wrote it (null for the seeker, or when the member's account is gone). */
    authorId: text('author_id'),
    /** Shown above the message: the member's name, or the seeker's as given in the request. */
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    via: text('via', { enum: MESSAGE_CHANNELS }).notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('messages_request_idx').on(t.contactRequestId, t.createdAt)],
);

/**
 * Further manage links of a contact request: each mail of the conversation to the seeker carries a
 * fresh one (only the hash is kept, like the first link's), so the seeker can answer from any of them.
 */
export const manageLinks = sqliteTable(
  'manage_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    contactRequestId: text('contact_request_id').notNull().references(() => contactRequests.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('manage_links_request_idx').on(t.contactRequestId)],
);

export const VISIT_KINDS = ['visit', 'trial'] as const;
export const VISIT_STATES = ['proposed', 'accepted', 'declined', 'cancelled'] as const;
export const VISIT_OUTCOMES = ['fits', 'does_not_fit'] as const;

/**
 * A visit or trial stay ("Probewohnen") the project's team proposes in the conversation: the
 * seeker accepts or declines on the manage page; afterwards each side may say whether it fits.
 */
export const visits = sqliteTable(
  'visits',
  {
    id: text('id').primaryKey(),
    contactRequestId: text('contact_request_id').notNull().references(() => contactRequests.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').notNull().references(() => organizations.id),
    kind: text('kind', { enum: VISIT_KINDS }).notNull(),
    /** Calendar days (YYYY-MM-DD), local to the place: a visit has one, a trial stay a range. */
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on'),
    place: text('place').notNull(),
    notes: text('notes'),
    state: text('state', { enum: VISIT_STATES }).notNull().default('proposed'),
    seekerOutcome: text('seeker_outcome', { enum: VISIT_OUTCOMES }),
    teamOutcome: text('team_outcome', { enum: VISIT_OUTCOMES }),
    proposedBy: text('proposed_by'),
    createdAt: integer('created_at').notNull(),
    decidedAt: integer('decided_at'),
  },
  (t) => [index('visits_request_idx').on(t.contactRequestId, t.createdAt), index('visits_org_idx').on(t.organizationId, t.createdAt)],
);

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed'] as const;

/**
 * Every mail the Worker sends, written in the same D1 batch as the change that causes it and
 * delivered by the mail queue's consumer (worker/outbox). `(cause, kind, to)` is unique, so a
 * cause repeated (a retry, a cron run twice) never mails twice.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    /** What the mail is, e.g. `contact.confirmation`, `message.to-seeker`, `freshness.reminder`. */
    kind: text('kind').notNull(),
    to: text('to').notNull(),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    replyTo: text('reply_to'),
    headers: text('headers', { mode: 'json' }).$type<Record<string, string>>(),
    state: text('state', { enum: OUTBOX_STATES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Not before this time (a retry's backoff); the cron re-enqueues pending mail past it. */
    nextAt: integer('next_at').notNull(),
    /** When a consumer took it; a claim older than the lease counts as stuck. */
    claimedAt: integer('claimed_at'),
    lastError: text('last_error'),
    /** The row that caused it (table and id), e.g. `messages` and the message id. */
    causeTable: text('cause_table').notNull(),
    causeId: text('cause_id').notNull(),
    createdAt: integer('created_at').notNull(),
    sentAt: integer('sent_at'),
  },
  (t) => [
    uniqueIndex('outbox_cause_idx').on(t.causeTable, t.causeId, t.kind, t.to),
    index('outbox_state_idx').on(t.state, t.nextAt),
  ],
);

export type User = typeof users.$inferSelect;
export type Member = typeof members.$inferSelect;
export type ContactRequest = typeof contactRequests.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type Visit = typeof visits.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;

// ── Saved-search alerts (worker/saved-searches/alerts.ts).

export const LISTING_ALERT_REASONS = ['published', 'free_places', 'cost', 'profile'] as const;

/**
 * A listing whose change may make it fit saved searches it did not fit before (published, free
 * places back from 0, its cost or what it looks for changed): written in the batch of the change,
 * deleted by the alerts job once every confirmed saved search that reaches it has been checked.
 * The pairs told go into `property_notifications` (for every kind of listing, not only properties).
 */
export const listingAlertsPending = sqliteTable(
  'listing_alerts_pending',
  {
    listingId: text('listing_id').primaryKey().references(() => listings.id, { onDelete: 'cascade' }),
    reason: text('reason', { enum: LISTING_ALERT_REASONS }).notNull(),
    /** The last change; the job deletes the row only if no newer change came meanwhile. */
    changedAt: integer('changed_at').notNull(),
  },
  (t) => [index('listing_alerts_pending_changed_idx').on(t.changedAt)],
);

// ── Groups (worker/groups): the pool of households, forming initiatives, mutual interests.

/** Consent of a pool entry or an initiative member: what was agreed to and when. */
export interface GroupConsent {
  textVersion: string;
  /** Findable by other seekers and forming groups in the region (pool) / shown as a member of an initiative. */
  listedAt: number;
}

/**
 * A household that may be found by other seekers and forming groups of its region (the embed's
 * organization). Only `card` and `text` are ever shown to others; name and email are revealed only
 * for an interest both sides accepted. Unconfirmed until the double opt-in; expires after 90 days
 * unless renewed (worker/groups/expiry.ts).
 */
export const poolEntries = sqliteTable(
  'pool_entries',
  {
    id: text('id').primaryKey(),
    regionOrganizationId: text('region_organization_id').notNull().references(() => organizations.id),
    embedId: text('embed_id').notNull().references(() => embeds.id),
    name: text('name').notNull(),
    email: text('email').notNull(),
    locale: text('locale', { enum: ['de', 'en'] }).notNull().default('de'),
    card: text('card', { mode: 'json' }).$type<HouseholdCard>().notNull(),
    /** A few words the seeker writes about themselves (length-limited, shown on the card). */
    text: text('text').notNull(),
    consent: text('consent', { mode: 'json' }).$type<GroupConsent>().notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash'),
    confirmTokenHash: text('confirm_token_hash'),
    manageTokenHash: text('manage_token_hash').notNull(),
    renewTokenHash: text('renew_token_hash'),
    confirmedAt: integer('confirmed_at'),
    expiresAt: integer('expires_at').notNull(),
    remindedAt: integer('reminded_at'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('pool_entries_idempotency_idx').on(t.embedId, t.idempotencyKey),
    uniqueIndex('pool_entries_manage_idx').on(t.manageTokenHash),
    index('pool_entries_confirm_idx').on(t.confirmTokenHash),
    index('pool_entries_renew_idx').on(t.renewTokenHash),
    index('pool_entries_region_idx').on(t.regionOrganizationId, t.confirmedAt, t.expiresAt),
    index('pool_entries_email_idx').on(sql`lower(trim(${t.email}))`),
    index('pool_entries_expiry_idx').on(t.expiresAt),
  ],
);

export const INITIATIVE_STATES = ['unconfirmed', 'open', 'closed'] as const;

/**
 * A forming group. Owned by its founders (seekers, keyed by their manage tokens in
 * `initiative_members`) or by a provider organization (`owner_organization_id`, for an admin
 * screen). `profile` is its side of the questionnaire (the project side, with importance).
 * `open_places` is how many households it still seeks; `property_id` stays free for the building
 * it aims at (a later step).
 */
export const initiatives = sqliteTable(
  'initiatives',
  {
    id: text('id').primaryKey(),
    regionOrganizationId: text('region_organization_id').notNull().references(() => organizations.id),
    embedId: text('embed_id').references(() => embeds.id),
    ownerOrganizationId: text('owner_organization_id').references(() => organizations.id),
    name: text('name').notNull(),
    text: text('text').notNull(),
    profile: text('profile', { mode: 'json' }).$type<Answers>().notNull(),
    seeking: text('seeking', { mode: 'json' }).$type<InitiativeSeeking>().notNull(),
    households: text('households', { mode: 'json' }).$type<InitiativeHouseholds>().notNull(),
    openPlaces: integer('open_places').notNull(),
    state: text('state', { enum: INITIATIVE_STATES }).notNull().default('unconfirmed'),
    locale: text('locale', { enum: ['de', 'en'] }).notNull().default('de'),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('initiatives_idempotency_idx').on(t.embedId, t.idempotencyKey), index('initiatives_region_idx').on(t.regionOrganizationId, t.state)],
);

export const INITIATIVE_ROLES = ['founder', 'cofounder'] as const;

/**
 * A founder or co-founder of an initiative: their own manage token, their household card (for the
 * group fit) and, private, the name and email revealed after a mutual interest. A co-founder is
 * invited by mail and joins by the link (`invite_token_hash`, `joined_at`).
 */
export const initiativeMembers = sqliteTable(
  'initiative_members',
  {
    id: text('id').primaryKey(),
    initiativeId: text('initiative_id').notNull().references(() => initiatives.id, { onDelete: 'cascade' }),
    role: text('role', { enum: INITIATIVE_ROLES }).notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    locale: text('locale', { enum: ['de', 'en'] }).notNull().default('de'),
    household: text('household', { mode: 'json' }).$type<HouseholdCard>(),
    consent: text('consent', { mode: 'json' }).$type<GroupConsent>(),
    manageTokenHash: text('manage_token_hash').notNull(),
    confirmTokenHash: text('confirm_token_hash'),
    confirmedAt: integer('confirmed_at'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('initiative_members_manage_idx').on(t.manageTokenHash),
    index('initiative_members_confirm_idx').on(t.confirmTokenHash),
    index('initiative_members_initiative_idx').on(t.initiativeId),
    index('initiative_members_email_idx').on(sql`lower(trim(${t.email}))`),
  ],
);

/** Who takes part in the groups' matching: a pool entry or an initiative (later a property as a target). */
export const PARTY_KINDS = ['pool', 'initiative'] as const;
export const INTEREST_STATES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;

/**
 * One side's interest in the other, with a short message. Contacts are revealed only while
 * `state` is accepted (the other side said yes); withdrawn or declined reveals nothing.
 */
export const interests = sqliteTable(
  'interests',
  {
    id: text('id').primaryKey(),
    regionOrganizationId: text('region_organization_id').notNull().references(() => organizations.id),
    fromKind: text('from_kind', { enum: PARTY_KINDS }).notNull(),
    fromId: text('from_id').notNull(),
    toKind: text('to_kind', { enum: PARTY_KINDS }).notNull(),
    toId: text('to_id').notNull(),
    message: text('message').notNull(),
    state: text('state', { enum: INTEREST_STATES }).notNull().default('pending'),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash'),
    createdAt: integer('created_at').notNull(),
    decidedAt: integer('decided_at'),
    withdrawnAt: integer('withdrawn_at'),
  },
  (t) => [
    uniqueIndex('interests_pair_idx').on(t.fromKind, t.fromId, t.toKind, t.toId),
    uniqueIndex('interests_idempotency_idx').on(t.fromKind, t.fromId, t.idempotencyKey),
    index('interests_to_idx').on(t.toKind, t.toId),
  ],
);

/** A block hides both sides from each other (matches, interests) at once. */
export const groupBlocks = sqliteTable(
  'group_blocks',
  {
    blockerKind: text('blocker_kind', { enum: PARTY_KINDS }).notNull(),
    blockerId: text('blocker_id').notNull(),
    blockedKind: text('blocked_kind', { enum: PARTY_KINDS }).notNull(),
    blockedId: text('blocked_id').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.blockerKind, t.blockerId, t.blockedKind, t.blockedId] }), index('group_blocks_blocked_idx').on(t.blockedKind, t.blockedId)],
);

export const REPORT_REASONS = ['spam', 'abuse', 'fake', 'other'] as const;

/**
 * A report to the municipality of the region about a card or an initiative. It names the reported
 * party (not the reporter's name); the municipality's screen reads it later.
 */
export const groupReports = sqliteTable(
  'group_reports',
  {
    id: text('id').primaryKey(),
    regionOrganizationId: text('region_organization_id').notNull().references(() => organizations.id),
    reporterKind: text('reporter_kind', { enum: PARTY_KINDS }).notNull(),
    reporterId: text('reporter_id').notNull(),
    reportedKind: text('reported_kind', { enum: PARTY_KINDS }).notNull(),
    reportedId: text('reported_id').notNull(),
    reason: text('reason', { enum: REPORT_REASONS }).notNull(),
    note: text('note'),
    createdAt: integer('created_at').notNull(),
    handledAt: integer('handled_at'),
  },
  (t) => [index('group_reports_region_idx').on(t.regionOrganizationId, t.handledAt, t.createdAt)],
);

/**
 * Further manage links of a pool entry or an initiative member: each interest mail carries a fresh
 * one (only its hash is kept, like the first link's), so the recipient can answer from the mail.
 */
export const groupLinks = sqliteTable(
  'group_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    poolEntryId: text('pool_entry_id').references(() => poolEntries.id, { onDelete: 'cascade' }),
    memberId: text('member_id').references(() => initiativeMembers.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('group_links_pool_idx').on(t.poolEntryId), index('group_links_member_idx').on(t.memberId)],
);

export type PoolEntry = typeof poolEntries.$inferSelect;
export type Initiative = typeof initiatives.$inferSelect;
export type InitiativeMember = typeof initiativeMembers.$inferSelect;
export type Interest = typeof interests.$inferSelect;
