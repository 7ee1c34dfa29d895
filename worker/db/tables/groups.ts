/** Groups (worker/groups): the pool of households, forming initiatives, mutual interests, blocks, reports, links. */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Answers, HouseholdCard, InitiativeHouseholds, InitiativeSeeking } from '../json';
import { listings } from './listings';
import { embeds, organizations } from './places';

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
 * `open_places` is how many households it still seeks. The readiness fields (legal form chosen,
 * financing plan, contact person, concept) are what a municipality's checklist asks of a group
 * for a building (worker/groups/readiness.ts); the buildings it wants are in
 * `initiative_property_interests`.
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
    /** The legal form the group has chosen (LEGAL_FORMS), null while undecided. */
    legalForm: text('legal_form'),
    /** A short statement of how the group finances the building (readiness: "financing plan stated"). */
    financingPlan: text('financing_plan'),
    /** The group's contact person (a name; readiness: "contact person named"), shown on a shortlist only with consent. */
    contactPerson: text('contact_person'),
    /** The group's concept in its own words, the input to a concept-based allocation (Konzeptvergabe). */
    concept: text('concept'),
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
  (t) => [
    index('group_reports_region_idx').on(t.regionOrganizationId, t.handledAt, t.createdAt),
    // A reporter's reports of the last day (the daily limit, worker/groups/interests.ts).
    index('group_reports_reporter_idx').on(t.reporterKind, t.reporterId, t.createdAt),
  ],
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

/** A criterion a municipality adds to a property's readiness checklist, ticked by the group itself. */
export interface ReadinessCustomCriterion {
  id: string;
  label: { de: string; en?: string };
}

/**
 * What a municipality asks of a group before it counts as ready for one of its vacant properties
 * (a listing of kind `property`). No row means the defaults: at least 3 households, at least 60 %
 * of the property's units' households found, a legal form chosen, a financing plan stated, a
 * contact person named (worker/groups/readiness.ts).
 */
export const propertyReadinessCriteria = sqliteTable('property_readiness_criteria', {
  listingId: text('listing_id').primaryKey().references(() => listings.id, { onDelete: 'cascade' }),
  minHouseholds: integer('min_households').notNull().default(3),
  /** Percent of the property's units (units_total) that must have a household found. */
  minUnitsSharePercent: integer('min_units_share_percent').notNull().default(60),
  requireLegalForm: integer('require_legal_form', { mode: 'boolean' }).notNull().default(true),
  requireFinancingPlan: integer('require_financing_plan', { mode: 'boolean' }).notNull().default(true),
  requireContactPerson: integer('require_contact_person', { mode: 'boolean' }).notNull().default(true),
  custom: text('custom', { mode: 'json' }).$type<ReadinessCustomCriterion[]>().notNull().default(sql`'[]'`),
  updatedAt: integer('updated_at').notNull(),
  updatedBy: text('updated_by'),
});

/**
 * An initiative's declared interest in a vacant property. `shortlist_consent_at`: the group agreed
 * to be shown to the municipality (name, readiness, concept, contact person) on the property's
 * shortlist; without it the municipality sees only counts. `custom_met`: the ids of the
 * municipality's own criteria the group says it meets. `taken_on_at`: the municipality recorded
 * that this group takes the building on (an outcome for the council).
 */
export const initiativePropertyInterests = sqliteTable(
  'initiative_property_interests',
  {
    initiativeId: text('initiative_id').notNull().references(() => initiatives.id, { onDelete: 'cascade' }),
    listingId: text('listing_id').notNull().references(() => listings.id, { onDelete: 'cascade' }),
    shortlistConsentAt: integer('shortlist_consent_at'),
    customMet: text('custom_met', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    declaredAt: integer('declared_at').notNull(),
    withdrawnAt: integer('withdrawn_at'),
    takenOnAt: integer('taken_on_at'),
    takenOnBy: text('taken_on_by'),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.listingId] }), index('initiative_property_interests_listing_idx').on(t.listingId, t.withdrawnAt)],
);

export type PoolEntry = typeof poolEntries.$inferSelect;
export type Initiative = typeof initiatives.$inferSelect;
export type InitiativeMember = typeof initiativeMembers.$inferSelect;
export type Interest = typeof interests.$inferSelect;
export type PropertyReadinessCriteria = typeof propertyReadinessCriteria.$inferSelect;
export type InitiativePropertyInterest = typeof initiativePropertyInterests.$inferSelect;
