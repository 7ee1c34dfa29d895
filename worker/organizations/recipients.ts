/** Who of an organization's team gets its mails, each with the language of their account. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { memberNotifications, members, users, type MemberRole } from '../db/schema';
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

/** How a member hears of requests and answers when they set nothing: owners and editors at once. */
export const defaultNotifyMode = (role: MemberRole): 'immediate' | 'off' => (role === 'viewer' ? 'off' : 'immediate');

/**
 * The members told of new requests and seekers' answers, by how they want it (member_notifications).
 * @example
 * const { immediate, daily } = await requestRecipients(db, listing.organizationId);
 */
export async function requestRecipients(db: Database, organizationId: string): Promise<{ immediate: Recipient[]; daily: (Recipient & { userId: string })[] }> {
  const rows = await db
    .select({ userId: users.id, email: users.email, locale: users.locale, role: members.role, mode: sql<string | null>`${memberNotifications.mode}` })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .leftJoin(memberNotifications, and(eq(memberNotifications.userId, members.userId), eq(memberNotifications.organizationId, members.organizationId)))
    .where(eq(members.organizationId, organizationId))
    .all();
  const immediate = new Map<string, Recipient>();
  const daily = new Map<string, Recipient & { userId: string }>();
  for (const r of rows) {
    const mode = r.mode ?? defaultNotifyMode(r.role as MemberRole);
    if (mode === 'immediate') immediate.set(r.email, { email: r.email, locale: r.locale });
    else if (mode === 'daily') daily.set(r.email, { email: r.email, locale: r.locale, userId: r.userId });
  }
  return { immediate: [...immediate.values()], daily: [...daily.values()] };
}
