/**
 * The seeker's data behind a manage link.
 *
 * A token is mailed after each contact request (and each saved search); only its SHA-256 hash is
 * stored. The token identifies one row, and through it an email address. Everything stored under
 * that address (case-insensitive) is shown, exported and erased together: every token was mailed
 * only to that address, so holding any of them shows control of the mailbox, and a seeker with
 * three requests should not need three links to erase their data. No row ever becomes reachable
 * through a token that was not mailed to its own address.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { SENSITIVE_QUESTIONS } from '../contact/summary';
import { isLocale, type Locale } from '../i18n';
import { hashToken } from '../contact/token';
import { withdrawnMail } from '../contact/mails';
import type { Database } from '../db/client';
import { messagesByRequest } from '../conversation/thread';
import { visitsByRequest } from '../conversation/visits';
import { chunks } from '../db/chunk';
import { outboxInsert, outboxInsertIf, type Cause } from '../outbox/outbox';
import { emailForGroupToken, eraseGroupsOfEmail, groupsExport, groupsOfEmail, type SeekerGroups } from '../groups/seeker-data';
import { contactRequests, embeds, idempotencyKeys, listings, manageLinks, organizations, outbox, savedSearches } from '../db/schema';

/** Token shape of `newToken()` (32 random bytes, base64url); anything else is unknown without a query. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Requests the seeker can still withdraw. */
export const WITHDRAWABLE = ['new', 'in_conversation', 'visit', 'accepted'] as const;

import type { Answers, ConsentRecord, ContactSnapshot } from '../db/json';

export type { ConsentRecord };

export interface SeekerRequest {
  id: string;
  listing: { id: string; title: string; place: string };
  organization: string;
  name: string;
  email: string;
  message: string;
  status: (typeof contactRequests.$inferSelect)['status'];
  score: number;
  algorithmVersion: string;
  snapshot: ContactSnapshot;
  consent: ConsentRecord;
  /** The district (Kreisschlüssel) of the postcode the seeker gave as their home; their own data, so exported. */
  originDistrictKey: string | null;
  createdAt: number;
  updatedAt: number;
  /** The conversation after the first message, oldest first. */
  messages: SeekerMessage[];
  /** Visits and trial stays the project proposed, oldest first. */
  visits: SeekerVisit[];
}

export interface SeekerVisit {
  id: string;
  kind: 'visit' | 'trial';
  startsOn: string;
  endsOn: string | null;
  place: string;
  notes: string | null;
  state: 'proposed' | 'accepted' | 'declined' | 'cancelled';
  seekerOutcome: 'fits' | 'does_not_fit' | null;
  createdAt: number;
}

export interface SeekerMessage {
  author: 'seeker' | 'member';
  authorName: string;
  body: string;
  via: 'web' | 'email';
  createdAt: number;
}

export interface SeekerSearch {
  id: string;
  embed: string | null;
  email: string;
  answers: Answers;
  confirmedAt: number | null;
  createdAt: number;
}

export interface SeekerData {
  email: string;
  /** Locale of the newest request, to greet the seeker in their language. */
  locale: Locale | undefined;
  requests: SeekerRequest[];
  searches: SeekerSearch[];
  /** Pool cards, initiatives and interests under the same address (worker/groups/seeker-data.ts). */
  groups: SeekerGroups;
}

const norm = (email: string) => email.trim().toLowerCase();
const sameEmail = (column: typeof contactRequests.email | typeof savedSearches.email, email: string) =>
  sql`lower(trim(${column})) = ${norm(email)}`;

/** The email address a token was mailed to, or null for unknown, malformed or erased tokens. */
export async function emailForToken(db: Database, token: string): Promise<string | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const hash = await hashToken(token);
  const request = await db.select({ email: contactRequests.email }).from(contactRequests).where(eq(contactRequests.manageTokenHash, hash)).get();
  if (request) return request.email;
  const search = await db.select({ email: savedSearches.email }).from(savedSearches).where(eq(savedSearches.manageTokenHash, hash)).get();
  if (search) return search.email;
  // The links in the conversation's mails to the seeker (worker/conversation/thread.ts).
  const link = await db
    .select({ email: contactRequests.email })
    .from(manageLinks)
    .innerJoin(contactRequests, eq(contactRequests.id, manageLinks.contactRequestId))
    .where(eq(manageLinks.tokenHash, hash))
    .get();
  return link?.email ?? (await emailForGroupToken(db, token));
}

/** Everything stored under the token's email address; null when the token is unknown. */
export async function loadSeeker(db: Database, token: string): Promise<SeekerData | null> {
  const email = await emailForToken(db, token);
  if (email === null) return null;
  const [requests, searches] = await Promise.all([
    db
      .select({ request: contactRequests, listing: { id: listings.id, title: listings.title, place: listings.place }, organization: organizations.name })
      .from(contactRequests)
      .innerJoin(listings, eq(listings.id, contactRequests.listingId))
      .innerJoin(organizations, eq(organizations.id, contactRequests.organizationId))
      .where(sameEmail(contactRequests.email, email))
      .orderBy(sql`${contactRequests.createdAt} DESC`, contactRequests.id)
      .all(),
    db
      .select({ search: savedSearches, embed: embeds.name })
      .from(savedSearches)
      .leftJoin(embeds, eq(embeds.id, savedSearches.embedId))
      .where(sameEmail(savedSearches.email, email))
      .orderBy(sql`${savedSearches.createdAt} DESC`, savedSearches.id)
      .all(),
  ]);
  const ids = requests.map((r) => r.request.id);
  const groups = await groupsOfEmail(db, email);
  const [thread, visitRows] = [await messagesByRequest(db, ids), await visitsByRequest(db, ids)];
  const locale = requests[0]?.request.snapshot.locale ?? groups.pool[0]?.entry.locale ?? groups.initiatives[0]?.member.locale;
  return {
    email,
    groups,
    locale: isLocale(locale) ? locale : undefined,
    requests: requests.map(({ request: r, listing, organization }) => ({
      id: r.id,
      listing,
      organization,
      name: r.name,
      email: r.email,
      message: r.message,
      status: r.status,
      score: r.score,
      algorithmVersion: r.algorithmVersion,
      snapshot: r.snapshot,
      consent: r.consent,
      originDistrictKey: r.originDistrictKey,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      messages: (thread.get(r.id) ?? []).map(({ author, authorName, body, via, createdAt }) => ({ author, authorName, body, via, createdAt })),
      // The team's own view of a visit is theirs: the seeker sees (and exports) their own.
      visits: (visitRows.get(r.id) ?? []).map(({ id, kind, startsOn, endsOn, place, notes, state, seekerOutcome, createdAt }) => ({ id, kind, startsOn, endsOn, place, notes, state, seekerOutcome, createdAt })),
    })),
    searches: searches.map(({ search: s, embed }) => ({
      id: s.id,
      embed,
      email: s.email,
      answers: s.answers,
      confirmedAt: s.confirmedAt,
      createdAt: s.createdAt,
    })),
  };
}

/** The JSON export (Art. 15/20 GDPR): everything stored about the seeker, no secrets (token hashes). */
export function exportDocument(data: SeekerData, now: number) {
  return {
    format: 'bring-together-export/1' as const,
    exportedAt: new Date(now).toISOString(),
    email: data.email,
    contactRequests: data.requests.map((r) => ({
      ...r,
      createdAt: new Date(r.createdAt).toISOString(),
      updatedAt: new Date(r.updatedAt).toISOString(),
      messages: r.messages.map((m) => ({ ...m, createdAt: new Date(m.createdAt).toISOString() })),
      visits: r.visits.map((v) => ({ ...v, createdAt: new Date(v.createdAt).toISOString() })),
    })),
    savedSearches: data.searches.map((s) => ({
      ...s,
      confirmedAt: s.confirmedAt === null ? null : new Date(s.confirmedAt).toISOString(),
      createdAt: new Date(s.createdAt).toISOString(),
    })),
    groups: groupsExport(data.groups),
    notes: {
      demandRecords:
        'Anonymous statistics (bands and district keys only) are not linked to you and cannot be found, exported or erased by person.',
    },
  };
}

/** Where the project hears of a withdrawal: the listing's contact address, in the organization's mail language. */
export interface ProjectContact {
  email: string | null;
  locale: Locale;
}

export type WithdrawResult =
  | { ok: true; request: SeekerRequest; contact: ProjectContact }
  | { ok: false; reason: 'not_found' | 'not_withdrawable' };

/** The mail that tells the project of a withdrawal (or an erasure) is caused by the request, once. */
export const WITHDRAWN_MAIL_KIND = 'contact.withdrawn';
export const withdrawalCause = (requestId: string): Cause => ({ table: 'contact_requests', id: requestId });

function withdrawnOutboxMail(request: SeekerRequest, contact: ProjectContact & { email: string }) {
  const mail = withdrawnMail({ to: contact.email, locale: contact.locale, seekerName: request.name, listingTitle: request.listing.title });
  return { ...mail, kind: WITHDRAWN_MAIL_KIND, locale: contact.locale };
}

/**
 * Withdraws one of the seeker's requests: status → withdrawn, the consent record notes when, and
 * the project's mail goes into the outbox in the same batch (the caller hands it to the queue:
 * worker/seekers/notify.ts).
 */
export async function withdrawRequest(db: Database, data: SeekerData, requestId: string, now: number): Promise<WithdrawResult> {
  const request = data.requests.find((r) => r.id === requestId);
  if (!request) return { ok: false, reason: 'not_found' };
  if (!(WITHDRAWABLE as readonly string[]).includes(request.status)) return { ok: false, reason: 'not_withdrawable' };
  const consent: ConsentRecord = { ...request.consent, withdrawnAt: now };
  const [entry] = await projectContacts(db, [request.listing.id]);
  const contact = entry?.[1] ?? { email: null, locale: 'de' as const };
  const update = db
    .update(contactRequests)
    .set({ status: 'withdrawn', consent, updatedAt: now })
    .where(and(eq(contactRequests.id, request.id), inArray(contactRequests.status, [...WITHDRAWABLE])))
    .returning({ id: contactRequests.id });
  // Written only once the request is withdrawn; withdrawn is final and the row unique per cause, so
  // a concurrent second withdrawal (which updates nothing) adds no second mail.
  const { email } = contact;
  const mail = email
    ? outboxInsertIf(db, withdrawnOutboxMail(request, { ...contact, email }), withdrawalCause(request.id), now, contactRequests, and(eq(contactRequests.id, request.id), eq(contactRequests.status, 'withdrawn'))!)
    : undefined;
  const [updated] = mail ? await db.batch([update, mail.query]) : [await update];
  if (updated.length === 0) return { ok: false, reason: 'not_withdrawable' };
  return { ok: true, request: { ...request, status: 'withdrawn', consent, updatedAt: now }, contact };
}

async function projectContacts(db: Database, listingIds: string[]): Promise<[string, ProjectContact][]> {
  if (listingIds.length === 0) return [];
  const rows = await db
    .select({ id: listings.id, email: listings.contactEmail, locale: organizations.locale })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .where(inArray(listings.id, listingIds))
    .all();
  return rows.map((r) => [r.id, { email: r.email, locale: r.locale }]);
}

/**
 * Withdraws the separate consent to share health-related needs: the sensitive answers and the
 * reasons built on them leave the project's snapshot at once.
 */
export async function withdrawNeedsConsent(db: Database, data: SeekerData, requestId: string, now: number): Promise<boolean> {
  const request = data.requests.find((r) => r.id === requestId);
  if (!request || !request.consent.shareNeedsAt) return false;
  const sensitive = new Set<string>(SENSITIVE_QUESTIONS);
  const snap = request.snapshot;
  const snapshot: ContactSnapshot = {
    ...snap,
    answers: Object.fromEntries(Object.entries(snap.answers ?? {}).filter(([id]) => !sensitive.has(id))),
    reasons: (snap.reasons ?? []).filter((r) => !sensitive.has(r.questionId)),
    watchOuts: (snap.watchOuts ?? []).filter((r) => !sensitive.has(r.questionId)),
  };
  const consent: ConsentRecord = { ...request.consent, shareNeedsAt: null, shareNeedsWithdrawnAt: now };
  await db.update(contactRequests).set({ snapshot, consent, updatedAt: now }).where(eq(contactRequests.id, request.id));
  return true;
}

/** Deletes one saved search of the seeker (unsubscribe). */
export async function deleteSearch(db: Database, data: SeekerData, searchId: string): Promise<boolean> {
  if (!data.searches.some((s) => s.id === searchId)) return false;
  await db.delete(savedSearches).where(eq(savedSearches.id, searchId));
  return true;
}

/**
 * Erases everything stored under the seeker's email address: contact requests (and their stored
 * idempotent answers), saved searches, pool entries and initiative memberships (worker/groups). Anonymous demand records are not personal and stay.
 */
export async function eraseSeeker(
  db: Database,
  data: SeekerData,
  now = Date.now(),
): Promise<{ contactRequests: number; savedSearches: number; poolEntries: number; initiativeMemberships: number; openRequests: { request: SeekerRequest; contact: ProjectContact }[] }> {
  const email = norm(data.email);
  // Projects with an open request are told it is gone (their mails join the batch below).
  const open = data.requests.filter((r) => (WITHDRAWABLE as readonly string[]).includes(r.status));
  const contactOf = new Map(await projectContacts(db, [...new Set(open.map((r) => r.listing.id))]));
  const keys = await db
    .select({ key: contactRequests.idempotencyKey })
    .from(contactRequests)
    .where(sameEmail(contactRequests.email, email))
    .all();
  const [requests, searches] = await db.batch([
    db.delete(contactRequests).where(sameEmail(contactRequests.email, email)).returning({ id: contactRequests.id }),
    db.delete(savedSearches).where(sameEmail(savedSearches.email, email)).returning({ id: savedSearches.id }),
    // The conversation (messages, manage links) goes with its request (foreign keys, on delete
    // cascade); mail to the address that the outbox still holds, sent or not, goes too.
    db.delete(outbox).where(sql`lower(trim(${outbox.to})) = ${email}`),
    // The projects of open requests are told in the same batch (the caller hands the mails to the queue).
    ...open.flatMap((request) => {
      const contact = contactOf.get(request.listing.id);
      const to = contact?.email;
      return contact && to ? [outboxInsert(db, withdrawnOutboxMail(request, { ...contact, email: to }), withdrawalCause(request.id), now).query] : [];
    }),
  ]);
  for (const part of chunks(keys.map((k) => k.key))) {
    await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.route, 'contact-requests'), inArray(idempotencyKeys.key, part)));
  }
  const groups = await eraseGroupsOfEmail(db, data.groups);
  return {
    contactRequests: requests.length,
    savedSearches: searches.length,
    ...groups,
    openRequests: open.map((request) => ({ request, contact: contactOf.get(request.listing.id) ?? { email: null, locale: 'de' as const } })),
  };
}
