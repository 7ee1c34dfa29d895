/** Who of an organization's team gets its mails, each with the language of their account. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { members, users, type MemberRole } from '../db/schema';
import type { Locale } from '../i18n';

export interface Recipient {
  email: string;
  locale: Locale;
}

/**
 * @example
 * const team = await teamRecipients(db, listing.organizationId); // owners and editors
 */
export async function teamRecipients(db: Database, organizationId: string, roles: readonly MemberRole[] = ['owner', 'editor']): Promise<Recipient[]> {
  const rows = await db
    .select({ email: users.email, locale: users.locale })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.organizationId, organizationId), inArray(members.role, [...roles])))
    .all();
  return [...new Map(rows.map((r) => [r.email, r])).values()];
}
