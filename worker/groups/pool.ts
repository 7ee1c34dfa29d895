/**
 * The pool: households who chose (separate consent, double opt-in) to be findable by other
 * seekers and forming groups of their region. Stored: the card (bands and wishes), a short text,
 * and — private, for an accepted interest and for mails — name, email and language. Visible for 90
 * days from confirmation; a reminder mail offers a renewal (worker/groups/expiry.ts); withdrawing
 * deletes the entry at once.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { hashToken, newToken } from '../contact/token';
import type { Database } from '../db/client';
import { groupBlocks, interests, poolEntries, type GroupConsent, type PoolEntry } from '../db/schema';
import type { Locale } from '../i18n';
import { outboxInsertIf } from '../outbox/outbox';
import type { Answers } from '../questionnaire/types';
import { cardOf } from './fit';
import { poolConfirmationMail } from './mails';

export const POOL_DAYS = 90;
export const DAY_MS = 86_400_000;
export const POOL_MS = POOL_DAYS * DAY_MS;
/** Length limit of the seeker's own words on the card. */
export const POOL_TEXT_MAX = 500;
/** Version of the pool's consent text the widget shows. */
export const GROUPS_CONSENT_VERSION = 'groups-2026-12';

export interface NewPoolEntry {
  regionOrganizationId: string;
  embedId: string;
  name: string;
  email: string;
  locale: Locale;
  answers: Answers;
  text: string;
  idempotencyKey: string;
  requestHash: string;
}

/**
 * Stores an unconfirmed entry and its confirmation mail in one batch (only if this insert won the
 * idempotency race). Returns the stored row for the key (this or an earlier attempt) and the new
 * mail's outbox id.
 */
export async function createPoolEntry(db: Database, input: NewPoolEntry, origin: string, now: number): Promise<{ entry: PoolEntry | undefined; mailId: string }> {
  const confirm = newToken();
  const manage = newToken();
  const id = crypto.randomUUID();
  const consent: GroupConsent = { textVersion: GROUPS_CONSENT_VERSION, listedAt: now };
  const insert = db
    .insert(poolEntries)
    .values({
      id, regionOrganizationId: input.regionOrganizationId, embedId: input.embedId, name: input.name, email: input.email, locale: input.locale,
      card: cardOf(input.answers), text: input.text, consent, idempotencyKey: input.idempotencyKey, requestHash: input.requestHash,
      confirmTokenHash: await hashToken(confirm), manageTokenHash: await hashToken(manage), expiresAt: now + POOL_MS, createdAt: now,
    })
    .onConflictDoNothing({ target: [poolEntries.embedId, poolEntries.idempotencyKey] });
  const mail = poolConfirmationMail({ to: input.email, locale: input.locale, confirmUrl: `${origin}/groups/confirm/${confirm}`, manageUrl: `${origin}/manage/${manage}` });
  const outbox = outboxInsertIf(db, { ...mail, kind: 'groups.pool-confirmation', locale: input.locale }, { table: 'pool_entries', id }, now, poolEntries, eq(poolEntries.id, id));
  await db.batch([insert, outbox.query]);
  const entry = await db.select().from(poolEntries).where(and(eq(poolEntries.embedId, input.embedId), eq(poolEntries.idempotencyKey, input.idempotencyKey))).get();
  return { entry, mailId: outbox.id };
}

/**
 * Confirms an entry (double opt-in): visible from now for 90 days. An older entry of the same
 * address in the same region is replaced, so one household has one card per region.
 */
export async function confirmPoolEntry(db: Database, entry: PoolEntry, now: number): Promise<void> {
  const older = await db.select({ id: poolEntries.id, email: poolEntries.email }).from(poolEntries).where(eq(poolEntries.regionOrganizationId, entry.regionOrganizationId)).all();
  const norm = (e: string) => e.trim().toLowerCase();
  const replaced = older.filter((o) => o.id !== entry.id && norm(o.email) === norm(entry.email)).map((o) => o.id);
  await db.update(poolEntries).set({ confirmedAt: now, expiresAt: now + POOL_MS, confirmTokenHash: null }).where(and(eq(poolEntries.id, entry.id), isNull(poolEntries.confirmedAt)));
  await deletePoolEntries(db, replaced);
}

/** Renews a confirmed entry for 90 days from now (the reminder's link, or the manage page). */
export async function renewPoolEntry(db: Database, entryId: string, now: number): Promise<number | null> {
  const expiresAt = now + POOL_MS;
  const rows = await db
    .update(poolEntries)
    .set({ expiresAt, remindedAt: null, renewTokenHash: null })
    .where(eq(poolEntries.id, entryId))
    .returning({ confirmedAt: poolEntries.confirmedAt });
  return rows[0]?.confirmedAt ? expiresAt : null;
}

/**
 * Withdraws a household from the pool at once: the entry and everything hanging on it (further
 * links by cascade; its interests, sent or received; the blocks it set or that name it) are
 * deleted, so nothing about it is shown or revealed any more. Withdrawal, expiry and erasure alike.
 */
export async function deletePoolEntries(db: Database, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  let n = 0;
  for (const id of ids) {
    const [deleted] = await db.batch([
      db.delete(poolEntries).where(eq(poolEntries.id, id)).returning({ id: poolEntries.id }),
      db.delete(interests).where(and(eq(interests.fromKind, 'pool'), eq(interests.fromId, id))),
      db.delete(interests).where(and(eq(interests.toKind, 'pool'), eq(interests.toId, id))),
      db.delete(groupBlocks).where(and(eq(groupBlocks.blockerKind, 'pool'), eq(groupBlocks.blockerId, id))),
      db.delete(groupBlocks).where(and(eq(groupBlocks.blockedKind, 'pool'), eq(groupBlocks.blockedId, id))),
    ]);
    n += deleted.length;
  }
  return n;
}
