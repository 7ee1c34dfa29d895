/** Audit log, idempotency keys and the development mailbox. */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
