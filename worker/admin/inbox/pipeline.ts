/** The contact-request pipeline: new → in conversation → visit or trial stay → accepted · declined → moved in. */
import { and, eq } from 'drizzle-orm';
import { auditInsert } from '../../audit/log';
import type { Database } from '../../db/client';
import { contactRequests, type CONTACT_STATUSES } from '../../db/schema';
import { movedInEvent } from '../../demand/outcome-events';

export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** Where a request may go from each status. `withdrawn` is set only by the seeker; `moved_in` is final. */
export const NEXT: Record<ContactStatus, ContactStatus[]> = {
  new: ['in_conversation', 'declined'],
  in_conversation: ['visit', 'accepted', 'declined'],
  visit: ['in_conversation', 'accepted', 'declined'],
  accepted: ['moved_in', 'declined'],
  declined: ['in_conversation'],
  withdrawn: [],
  moved_in: [],
  // Nobody answered for 60 days; the team may take it up again.
  expired: ['in_conversation'],
};

export const canMove = (from: ContactStatus, to: string): to is ContactStatus => (NEXT[from] as string[]).includes(to);

/**
 * Moves a request of the member's organization from `from` to `to` (checked by the caller with
 * `canMove`), with its audit entry and, for a move-in, the anonymous outcome event, in one batch.
 * Nothing changes when the request has left `from` meanwhile (a second tab, a double click).
 */
export async function moveRequest(db: Database, m: { requestId: string; organizationId: string; actorId: string; from: ContactStatus; to: ContactStatus; now: number }): Promise<void> {
  const update = db
    .update(contactRequests)
    .set({ status: m.to, updatedAt: m.now })
    .where(and(eq(contactRequests.id, m.requestId), eq(contactRequests.organizationId, m.organizationId), eq(contactRequests.status, m.from)));
  const audit = auditInsert(db, { organizationId: m.organizationId, actorId: m.actorId, action: 'contact_request.status', entity: 'contact_request', entityId: m.requestId, detail: { from: m.from, to: m.to } }, m.now);
  // The event first: its condition is the update's, read before the update applies.
  if (m.to === 'moved_in') await db.batch([movedInEvent(db, m.requestId, m.organizationId, m.from, m.now), update, audit]);
  else await db.batch([update, audit]);
}
