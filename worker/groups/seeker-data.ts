/**
 * The groups' part of a seeker's manage link (worker/seekers/store.ts): the pool cards, the
 * initiatives and the interests stored under the link's email address — shown, exported and
 * erased with everything else. As there, every address was reached by a mail to it, so any token
 * of the address shows all of it.
 */
import { eq, sql } from 'drizzle-orm';
import { hashToken } from '../contact/token';
import type { Database } from '../db/client';
import { groupLinks, initiativeMembers, initiatives, poolEntries, type Initiative, type InitiativeMember, type PoolEntry } from '../db/schema';
import { interestsOf, type InterestView } from './interests';
import { GROUP_TOKEN_PATTERN, type Actor } from './parties';
import { deletePoolEntries } from './pool';
import { removeMembers } from './initiatives';
import { propertyInterestsOf } from './properties';

export interface SeekerGroups {
  pool: { entry: PoolEntry; interests: InterestView[] }[];
  /** With the initiative's declared interests in properties (and their shortlist consent), live and withdrawn. */
  initiatives: { member: InitiativeMember; initiative: Initiative; interests: InterestView[]; propertyInterests: PropertyInterestRow[] }[];
}

type PropertyInterestRow = Awaited<ReturnType<typeof propertyInterestsOf>>[number];

const norm = (email: string) => email.trim().toLowerCase();
const sameEmail = (column: typeof poolEntries.email | typeof initiativeMembers.email, email: string) => sql`lower(trim(${column})) = ${norm(email)}`;

/** The address a groups token (a pool entry's, a member's or a further link's) was mailed to. */
export async function emailForGroupToken(db: Database, token: string): Promise<string | null> {
  if (!GROUP_TOKEN_PATTERN.test(token)) return null;
  const hash = await hashToken(token);
  const entry = await db.select({ email: poolEntries.email }).from(poolEntries).where(eq(poolEntries.manageTokenHash, hash)).get();
  if (entry) return entry.email;
  const member = await db.select({ email: initiativeMembers.email }).from(initiativeMembers).where(eq(initiativeMembers.manageTokenHash, hash)).get();
  if (member) return member.email;
  const link = await db.select().from(groupLinks).where(eq(groupLinks.tokenHash, hash)).get();
  if (link?.poolEntryId) return (await db.select({ email: poolEntries.email }).from(poolEntries).where(eq(poolEntries.id, link.poolEntryId)).get())?.email ?? null;
  if (link?.memberId) return (await db.select({ email: initiativeMembers.email }).from(initiativeMembers).where(eq(initiativeMembers.id, link.memberId)).get())?.email ?? null;
  return null;
}

/** The parties of an address as actors (for the manage page's actions). */
export function actorsOf(groups: SeekerGroups): Actor[] {
  return [
    ...groups.pool.map(({ entry }): Actor => ({ kind: 'pool', id: entry.id, region: entry.regionOrganizationId, entry })),
    ...groups.initiatives.map(({ member, initiative }): Actor => ({ kind: 'initiative', id: initiative.id, region: initiative.regionOrganizationId, initiative, member })),
  ];
}

export async function groupsOfEmail(db: Database, email: string): Promise<SeekerGroups> {
  const [entries, memberships] = await Promise.all([
    db.select().from(poolEntries).where(sameEmail(poolEntries.email, email)).orderBy(poolEntries.createdAt).all(),
    db
      .select({ member: initiativeMembers, initiative: initiatives })
      .from(initiativeMembers)
      .innerJoin(initiatives, eq(initiatives.id, initiativeMembers.initiativeId))
      .where(sameEmail(initiativeMembers.email, email))
      .orderBy(initiativeMembers.createdAt)
      .all(),
  ]);
  const groups: SeekerGroups = { pool: [], initiatives: [] };
  for (const entry of entries) groups.pool.push({ entry, interests: await interestsOf(db, { kind: 'pool', id: entry.id, region: entry.regionOrganizationId, entry }) });
  const declared = await propertyInterestsOf(db, memberships.map((m) => m.initiative.id));
  for (const { member, initiative } of memberships) {
    groups.initiatives.push({
      member, initiative, interests: await interestsOf(db, { kind: 'initiative', id: initiative.id, region: initiative.regionOrganizationId, initiative, member }),
      propertyInterests: declared.filter((d) => d.interest.initiativeId === initiative.id),
    });
  }
  return groups;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const interestExport = (i: InterestView) => ({
  id: i.id, direction: i.direction, state: i.state, message: i.message, createdAt: iso(i.createdAt), decidedAt: iso(i.decidedAt), with: i.otherRef, contacts: i.contacts,
});

/** The groups' part of the JSON export: no token hashes. */
export function groupsExport(groups: SeekerGroups) {
  return {
    poolEntries: groups.pool.map(({ entry: e, interests }) => ({
      id: e.id, name: e.name, email: e.email, locale: e.locale, card: e.card, text: e.text, consent: e.consent,
      confirmedAt: iso(e.confirmedAt), expiresAt: iso(e.expiresAt), createdAt: iso(e.createdAt), interests: interests.map(interestExport),
    })),
    initiatives: groups.initiatives.map(({ member: m, initiative: i, interests, propertyInterests }) => ({
      membership: { id: m.id, role: m.role, name: m.name, email: m.email, locale: m.locale, household: m.household, consent: m.consent, confirmedAt: iso(m.confirmedAt), createdAt: iso(m.createdAt) },
      initiative: {
        id: i.id, name: i.name, text: i.text, state: i.state, profile: i.profile, seeking: i.seeking, households: i.households, openPlaces: i.openPlaces,
        readiness: { legalForm: i.legalForm, financingPlan: i.financingPlan, contactPerson: i.contactPerson, concept: i.concept },
        createdAt: iso(i.createdAt), updatedAt: iso(i.updatedAt),
      },
      interests: interests.map(interestExport),
      propertyInterests: propertyInterests.map(({ interest: p, title }) => ({
        listingId: p.listingId, title, declaredAt: iso(p.declaredAt), shortlistConsentAt: iso(p.shortlistConsentAt), customMet: p.customMet, withdrawnAt: iso(p.withdrawnAt), takenOnAt: iso(p.takenOnAt),
      })),
    })),
  };
}

/**
 * Erases the address's pool entries (with their interests and blocks, `deletePoolEntries`) and
 * memberships (an initiative left by its last founder goes with its interests); reports stay with
 * the municipality, naming only the reported party.
 */
export async function eraseGroupsOfEmail(db: Database, groups: SeekerGroups): Promise<{ poolEntries: number; initiativeMemberships: number }> {
  // An initiative's blocks stay with it while other founders remain.
  const pool = await deletePoolEntries(db, groups.pool.map((p) => p.entry.id));
  const memberships = await removeMembers(db, groups.initiatives.map((m) => m.member.id));
  return { poolEntries: pool, initiativeMemberships: memberships };
}
