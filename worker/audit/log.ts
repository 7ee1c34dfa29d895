/** Audit log writes: who did what to which entity, when. Every admin change calls `audit`. */
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { auditLog } from '../db/schema';
import type { Database } from '../db/client';

export type AuditEntity = 'listing' | 'contact_request' | 'member' | 'invitation' | 'organization' | 'embed' | 'region_approval' | 'outbox' | 'advice_office' | 'initiative' | 'group_report';

export interface AuditEntry {
  organizationId: string;
  actorId: string | null;
  action: string;
  entity: AuditEntity;
  entityId: string;
  detail?: Record<string, unknown>;
}

/** The statement, for batching with the change it records. */
export const auditInsert = (db: Database, e: AuditEntry, now = Date.now()) =>
  db.insert(auditLog).values({ id: crypto.randomUUID(), ...e, detail: e.detail ?? null, createdAt: now });

/**
 * The statement only if `table` holds a row matching `where` when the batch gets there: for an entry
 * that records a change made in the same batch only if that change happened (a scheduled job whose
 * update found the row changed meanwhile records nothing).
 * @example
 * auditInsertIf(db, entry, now, listings, and(eq(listings.id, id), eq(listings.status, 'paused'), eq(listings.updatedAt, now))!);
 */
export function auditInsertIf(db: Database, e: AuditEntry, now: number, table: SQLiteTable, where: SQL) {
  const value = <T>(x: T, name: string) => sql<T>`${x}`.as(name);
  return db.insert(auditLog).select(
    db
      .select({
        id: value(crypto.randomUUID(), 'id'),
        organizationId: value(e.organizationId, 'organization_id'),
        actorId: value(e.actorId, 'actor_id'),
        action: value(e.action, 'action'),
        entity: value(e.entity, 'entity'),
        entityId: value(e.entityId, 'entity_id'),
        detail: value(e.detail ? JSON.stringify(e.detail) : null, 'detail'),
        createdAt: value(now, 'created_at'),
      })
      .from(table)
      .where(where)
      .limit(1) as never,
  );
}

export async function audit(db: Database, e: AuditEntry): Promise<void> {
  await auditInsert(db, e);
}
