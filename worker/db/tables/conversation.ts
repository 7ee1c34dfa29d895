/** The conversation and the outbox (worker/conversation, worker/outbox): notes, messages, manage links, visits, mail. */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { contactRequests } from './listings';
import { organizations } from './places';

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

export type Message = typeof messages.$inferSelect;
export type Visit = typeof visits.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
