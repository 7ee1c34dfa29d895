/**
 * Initiatives: forming groups. A seeker starts one without an account — the founder's manage link
 * is the key — and invites co-founders by mail, each with a link of their own. A provider
 * organization may own one instead (`ownerOrganizationId`, started in the admin: worker/admin/initiatives;
 * the member who starts it is its founder with a manage link, and it stays open while the
 * organization owns it). Shown to others once a founder confirmed it (double opt-in) and until it closes.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { hashToken, newToken } from '../contact/token';
import type { Database } from '../db/client';
import { initiativeFormedEvent } from '../demand/outcome-events';
import type { InitiativeHouseholds, InitiativeSeeking } from '../db/json';
import { initiativeMembers, initiatives, interests, type GroupConsent, type Initiative, type InitiativeMember } from '../db/schema';
import type { Locale } from '../i18n';
import { outboxInsertIf } from '../outbox/outbox';
import type { Answers } from '../questionnaire/types';
import { cardOf } from './fit';
import { cofounderMail, initiativeConfirmationMail, organizationInitiativeMail } from './mails';
import { GROUPS_CONSENT_VERSION } from './pool';

/** At most this many founders and co-founders per initiative. */
export const MAX_FOUNDERS = 12;

export interface NewInitiative {
  regionOrganizationId: string;
  embedId: string | null;
  name: string;
  text: string;
  profile: Answers;
  seeking: InitiativeSeeking;
  households: InitiativeHouseholds;
  openPlaces: number;
  locale: Locale;
  idempotencyKey: string | null;
  requestHash: string | null;
  /** A seeker founds it (their household answers for the group fit), or an organization owns it. */
  owner:
    | { kind: 'seeker'; name: string; email: string; answers: Answers }
    /** Started in the admin: open at once; `founder` (the signed-in member) gets a manage link of their own. */
    | { kind: 'organization'; organizationId: string; founder?: { name: string; email: string } };
  /** More statements for the same batch (e.g. the audit entry of an admin action). */
  also?: BatchItem<'sqlite'>[];
}

/**
 * Stores the initiative and, for a seeker, its founder with the confirmation mail, in one batch.
 * An organization's initiative is open at once (its members signed in).
 */
export async function createInitiative(
  db: Database,
  input: NewInitiative,
  origin: string,
  now: number,
  id: string = crypto.randomUUID(),
): Promise<{ initiative: Initiative | undefined; mailIds: string[] }> {
  const insert = db
    .insert(initiatives)
    .values({
      id, regionOrganizationId: input.regionOrganizationId, embedId: input.embedId, ownerOrganizationId: input.owner.kind === 'organization' ? input.owner.organizationId : null,
      name: input.name, text: input.text, profile: input.profile, seeking: input.seeking, households: input.households, openPlaces: input.openPlaces,
      state: input.owner.kind === 'organization' ? 'open' : 'unconfirmed', locale: input.locale, idempotencyKey: input.idempotencyKey, requestHash: input.requestHash,
      createdAt: now, updatedAt: now,
    })
    .onConflictDoNothing({ target: [initiatives.embedId, initiatives.idempotencyKey] });
  const queries: Parameters<Database['batch']>[0][number][] = [insert];
  // Open at once: formed now (the fresh id matches only if the insert won, not on a retry).
  if (input.owner.kind === 'organization') queries.push(initiativeFormedEvent(db, id, 'open', now));
  const mailIds: string[] = [];
  if (input.owner.kind === 'organization' && input.owner.founder) {
    // Signed in, so confirmed now; no household of their own (the group states its households).
    const manage = newToken();
    const memberId = crypto.randomUUID();
    const founder = input.owner.founder;
    queries.push(
      db.insert(initiativeMembers).values({
        id: memberId, initiativeId: id, role: 'founder', name: founder.name, email: founder.email, locale: input.locale,
        consent: { textVersion: GROUPS_CONSENT_VERSION, listedAt: now }, manageTokenHash: await hashToken(manage), confirmedAt: now, createdAt: now,
      }),
    );
    const mail = organizationInitiativeMail({ to: founder.email, locale: input.locale, name: input.name, manageUrl: `${origin}/manage/${manage}` });
    const outbox = outboxInsertIf(db, { ...mail, kind: 'groups.initiative-organization', locale: input.locale }, { table: 'initiatives', id }, now, initiatives, eq(initiatives.id, id));
    queries.push(outbox.query);
    mailIds.push(outbox.id);
  }
  if (input.owner.kind === 'seeker') {
    const confirm = newToken();
    const manage = newToken();
    const memberId = crypto.randomUUID();
    const consent: GroupConsent = { textVersion: GROUPS_CONSENT_VERSION, listedAt: now };
    // Only if the initiative's insert won: a retry adds no second founder.
    queries.push(
      db.insert(initiativeMembers).select(
        db
          .select({
            id: sql`${memberId}`.as('id'), initiativeId: initiatives.id, role: sql`'founder'`.as('role'), name: sql`${input.owner.name}`.as('name'),
            email: sql`${input.owner.email}`.as('email'), locale: sql`${input.locale}`.as('locale'), household: sql`${JSON.stringify(cardOf(input.owner.answers))}`.as('household'),
            consent: sql`${JSON.stringify(consent)}`.as('consent'), manageTokenHash: sql`${await hashToken(manage)}`.as('manage_token_hash'),
            confirmTokenHash: sql`${await hashToken(confirm)}`.as('confirm_token_hash'), confirmedAt: sql`NULL`.as('confirmed_at'), createdAt: sql`${now}`.as('created_at'),
          })
          .from(initiatives)
          .where(eq(initiatives.id, id)) as never,
      ),
    );
    const mail = initiativeConfirmationMail({ to: input.owner.email, locale: input.locale, name: input.name, confirmUrl: `${origin}/groups/confirm/${confirm}`, manageUrl: `${origin}/manage/${manage}` });
    const outbox = outboxInsertIf(db, { ...mail, kind: 'groups.initiative-confirmation', locale: input.locale }, { table: 'initiatives', id }, now, initiatives, eq(initiatives.id, id));
    queries.push(outbox.query);
    mailIds.push(outbox.id);
  }
  queries.push(...(input.also ?? []));
  await db.batch(queries as [typeof insert]);
  // By key only where the key is unique: SQLite's unique index treats NULL embeds as distinct.
  const initiative =
    input.idempotencyKey && input.embedId
      ? await db.select().from(initiatives).where(and(eq(initiatives.embedId, input.embedId), eq(initiatives.idempotencyKey, input.idempotencyKey))).get()
      : await db.select().from(initiatives).where(eq(initiatives.id, id)).get();
  return { initiative, mailIds };
}

/**
 * Invites a co-founder: a member row with its own manage token, unconfirmed until the invitee
 * accepts from the mail. `memberId` (from a form's id) makes a repeated submission a no-op: the
 * row and its mail are inserted once. Refuses a full initiative and an address already invited.
 */
export async function inviteCofounder(
  db: Database,
  initiative: Initiative,
  invitee: { name: string; email: string; locale: Locale },
  origin: string,
  now: number,
  memberId: string = crypto.randomUUID(),
): Promise<{ memberId: string; mailId: string } | 'no_room' | 'already_member'> {
  const current = await db.select({ id: initiativeMembers.id, email: initiativeMembers.email }).from(initiativeMembers).where(eq(initiativeMembers.initiativeId, initiative.id)).all();
  const same = current.find((m) => m.email.toLowerCase() === invitee.email.toLowerCase());
  if (same) return same.id === memberId ? { memberId, mailId: '' } : 'already_member';
  if (current.length >= MAX_FOUNDERS) return 'no_room';
  const confirm = newToken();
  const manage = newToken();
  const insert = db
    .insert(initiativeMembers)
    .values({
      id: memberId, initiativeId: initiative.id, role: 'cofounder', name: invitee.name, email: invitee.email, locale: invitee.locale,
      manageTokenHash: await hashToken(manage), confirmTokenHash: await hashToken(confirm), createdAt: now,
    })
    .onConflictDoNothing();
  const mail = cofounderMail({ to: invitee.email, locale: invitee.locale, name: initiative.name, confirmUrl: `${origin}/groups/confirm/${confirm}`, manageUrl: `${origin}/manage/${manage}` });
  // One mail per member row (the outbox is unique per cause, kind and recipient).
  const outbox = outboxInsertIf(db, { ...mail, kind: 'groups.cofounder-invitation', locale: invitee.locale }, { table: 'initiative_members', id: memberId }, now, initiativeMembers, eq(initiativeMembers.id, memberId));
  await db.batch([insert, outbox.query]);
  return { memberId, mailId: outbox.id };
}

/** A member accepts (founder: confirms the initiative, which opens it and counts as formed; co-founder: joins). */
export async function confirmMember(db: Database, member: InitiativeMember, now: number): Promise<void> {
  const consent: GroupConsent = member.consent ?? { textVersion: GROUPS_CONSENT_VERSION, listedAt: now };
  await db.batch([
    db.update(initiativeMembers).set({ confirmedAt: now, confirmTokenHash: null, consent }).where(and(eq(initiativeMembers.id, member.id), isNull(initiativeMembers.confirmedAt))),
    initiativeFormedEvent(db, member.initiativeId, 'unconfirmed', now),
    db.update(initiatives).set({ state: 'open', updatedAt: now }).where(and(eq(initiatives.id, member.initiativeId), eq(initiatives.state, 'unconfirmed'))),
  ]);
}

/**
 * Removes members (leaving, or erasure of their address). An initiative left without any member
 * and without an owning organization closes, and its interests end: nothing is revealed any more
 * (its declared interests in properties go with it by cascade).
 */
export async function removeMembers(db: Database, memberIds: readonly string[]): Promise<number> {
  let n = 0;
  for (const id of memberIds) {
    const member = await db.select().from(initiativeMembers).where(eq(initiativeMembers.id, id)).get();
    if (!member) continue;
    await db.delete(initiativeMembers).where(eq(initiativeMembers.id, id));
    n++;
    const left = await db.select({ n: sql<number>`count(*)` }).from(initiativeMembers).where(eq(initiativeMembers.initiativeId, member.initiativeId)).get();
    const initiative = await db.select().from(initiatives).where(eq(initiatives.id, member.initiativeId)).get();
    // A member who leaves (or is erased) is no longer named to municipalities as the contact person.
    const named = initiative?.contactPerson?.trim().toLowerCase();
    if (initiative && named && named === member.name.trim().toLowerCase()) {
      await db.update(initiatives).set({ contactPerson: null, updatedAt: Date.now() }).where(eq(initiatives.id, initiative.id));
    }
    if ((left?.n ?? 0) === 0 && initiative && !initiative.ownerOrganizationId) {
      await db.batch([
        db.delete(interests).where(and(eq(interests.fromKind, 'initiative'), eq(interests.fromId, initiative.id))),
        db.delete(interests).where(and(eq(interests.toKind, 'initiative'), eq(interests.toId, initiative.id))),
        db.delete(initiatives).where(eq(initiatives.id, initiative.id)),
      ]);
    }
  }
  return n;
}
