/** Anonymous demand: one record per questionnaire, its weekly pre-aggregate and the widget loads per embed. */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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

/** What an outcome event records (worker/demand/outcome-events.ts). */
export const OUTCOME_KINDS = ['moved_in', 'visit', 'trial_stay', 'trial_fit', 'trial_does_not_fit', 'initiative_formed', 'building_taken_on'] as const;

/**
 * The outcomes a council reports, one row per event and municipality whose region it happened in,
 * written in the same D1 batch as the change that causes it (a request moving in, a visit accepted,
 * a trial stay's verdict, an initiative confirmed, a building taken on). Anonymous by construction:
 * no id of a person, request, visit, initiative or listing, only the quarter, the kind, the
 * household's numbers and whether it came from outside the region; so retention and erasure leave
 * it alone and the figures stay when the requests are gone. `n` is 1, or -1 for an event taken back
 * (a seeker changing their verdict on a trial stay), with the taken-back event's cell key.
 * Shown only through small-cell suppression and the cell-key method, like demand.
 */
export const outcomeEvents = sqliteTable(
  'outcome_events',
  {
    id: text('id').primaryKey(),
    /** The municipality organization whose region held the listing (or, for an initiative, its region) at the time. */
    regionOrganizationId: text('region_organization_id').notNull(),
    /** The embed the request or initiative came through; '' = none. */
    embedId: text('embed_id').notNull().default(''),
    /** Calendar quarter, '2026-Q4'. */
    quarter: text('quarter').notNull(),
    kind: text('kind', { enum: OUTCOME_KINDS }).notNull(),
    n: integer('n').notNull().default(1),
    adults: integer('adults').notNull().default(0),
    children: integer('children').notNull().default(0),
    /** Move-ins: 1 from outside the region, 0 from inside, null when the home district is not known. */
    fromOutside: integer('from_outside'),
    /** 0–255 for the cell-key method (worker/demand/cell-key.ts). Never shown. */
    cellKey: integer('cell_key').notNull(),
  },
  (t) => [index('outcome_events_region_idx').on(t.regionOrganizationId, t.quarter)],
);

export type DemandRecord = typeof demandRecords.$inferInsert;
