/** Audit log writes: who did what to which entity, when. Every admin change calls `audit`. */
import { auditLog } from '../db/schema';
import type { Database } from '../db/client';

export type AuditEntity = 'listing' | 'contact_request' | 'member' | 'invitation' | 'organization' | 'embed' | 'region_approval' | 'outbox';

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

export async function audit(db: Database, e: AuditEntry): Promise<void> {
  await auditInsert(db, e);
}
