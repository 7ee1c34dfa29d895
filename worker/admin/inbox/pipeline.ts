/** The contact-request pipeline: new → in conversation → visit or trial stay → accepted · declined → moved in. */
import type { CONTACT_STATUSES } from '../../db/schema';

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
