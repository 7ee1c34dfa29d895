/** Saved searches and what they were told: notify-now pairs and pending alerts. */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Answers } from '../json';
import { listings } from './listings';

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
