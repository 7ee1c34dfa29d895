/**
 * Requests waiting for a first answer (scheduled, daily, beside listing freshness):
 *
 * - the team (owners and editors, each in their language) is reminded of a request still
 *   unanswered after 3 and after 7 days, each reminder once per request;
 * - a seeker whose request got no answer in 14 days is told so in their language, with up to three
 *   similar listings they could turn to;
 * - a published listing whose team answered none of its requests that are at least 11 days old,
 *   while one of them waits, gets a warning ("pauses in 3 days"); 14 days of waiting and at least
 *   3 days after that warning, with still no answer to any of its requests that are 14 days old,
 *   it pauses itself (audit `listing.auto_paused_unanswered`);
 * - an open request (new or in conversation) without any activity (a message, a team note, a
 *   status change) for 60 days expires: it leaves the pipeline as 'expired' ("no answer"), with the
 *   audit entry `contact_request.expired` and `consent.expiredAt`.
 *
 * "Unanswered" is the rule of worker/conversation/responsiveness.ts: still 'new', and no message of
 * the team in the thread. A listing's waiting starts when the request came in or, if later, when the
 * listing was last confirmed or published (`confirmed_at`): publishing it again after a pause
 * starts a new cycle. A cycle is the listing, its `confirmed_at` and the request that waits longest;
 * it is warned and paused at most once.
 *
 * Every mail goes into the outbox in the batch of the change it tells of (worker/outbox), with a
 * cause that makes it once per request (`contact_requests`, `<id>:3d` / `<id>:7d` / `<id>:14d`) or
 * per cycle (`listings`, `<id>:<confirmed_at>:<request id>`), and only if the request or listing
 * is still as the job found it when the batch runs. Run twice, the job changes and mails nothing more.
 */
import { and, asc, desc, eq, exists, gt, inArray, isNull, lte, ne, notExists, sql } from 'drizzle-orm';
import { auditInsertIf } from '../audit/log';
import { database, type Database } from '../db/client';
import { auditLog, contactNotes, contactRequests, embeds, listings, messages, organizations, outbox } from '../db/schema';
import type { Env } from '../env';
import { formatDate, messages as texts, toLocale, type Locale } from '../i18n';
import { listingUrl } from '../listings/public-path';
import { inEmbedScope } from '../listings/scope';
import type { Mail } from '../mail/mailer';
import { teamRecipients, type Recipient } from '../organizations/recipients';
import { enqueue, outboxInsert, outboxInsertIf } from '../outbox/outbox';
import { publicOrigin } from '../settings';
import { answeredAt, requestFacts, WINDOW_DAYS } from './responsiveness';

const DAY = 24 * 60 * 60 * 1000;
/** Team reminders, in days after the request came in. */
export const REMIND_AFTER_DAYS = [3, 7] as const;
export const WARN_AFTER_DAYS = 11;
export const PAUSE_AFTER_DAYS = 14;
export const TELL_SEEKER_AFTER_DAYS = 14;
export const EXPIRE_AFTER_DAYS = 60;
/** Similar listings in the seeker's mail at most. */
export const SIMILAR_MAX = 3;
/** Rows each step handles per run (the rest waits for the next day). */
const BATCH = 200;

export interface UnansweredResult {
  reminded: string[];
  told: string[];
  warned: string[];
  paused: string[];
  expired: string[];
}

// ── Mails (words: worker/i18n/{de,en}/responsiveness.ts)

export function reminderMail(to: Recipient, p: { days: number; seeker: string; listing: string; inboxUrl: string }): Mail {
  const t = texts(to.locale).responsiveness.reminder;
  return { to: to.email, subject: t.subject(p.days, p.seeker, p.listing), text: t.text({ ...p, pauseAfterDays: PAUSE_AFTER_DAYS }) };
}

export function warningMail(to: Recipient, p: { listing: string; waiting: number; pauseAt: number; inboxUrl: string }): Mail {
  const t = texts(to.locale).responsiveness.warning;
  const inDays = PAUSE_AFTER_DAYS - WARN_AFTER_DAYS;
  return {
    to: to.email,
    subject: t.subject(p.listing, inDays),
    text: t.text({ listing: p.listing, waiting: p.waiting, days: WARN_AFTER_DAYS, pauseOn: formatDate(p.pauseAt, to.locale), inboxUrl: p.inboxUrl }),
  };
}

export function unansweredPausedMail(to: Recipient, p: { listing: string; inboxUrl: string; listingUrl: string }): Mail {
  const t = texts(to.locale).responsiveness.paused;
  return { to: to.email, subject: t.subject(p.listing), text: t.text({ ...p, days: PAUSE_AFTER_DAYS }) };
}

export interface SimilarListing {
  title: string;
  place: string;
  /** Its public page (worker/pages/listing), in the seeker's language. */
  url: string;
}

/** `site`: where the seeker searched (the embed's page). */
export function seekerUnansweredMail(p: { to: string; locale: Locale; name: string; listing: string; organization: string; similar: SimilarListing[]; site: string | null }): Mail {
  const t = texts(p.locale).responsiveness;
  const similar = p.similar.map((s) => t.similarLine(s.title, s.place, s.url)).join('\n');
  return {
    to: p.to,
    subject: t.seekerUnanswered.subject(p.listing),
    text: t.seekerUnanswered.text({ name: p.name, listing: p.listing, organization: p.organization, days: TELL_SEEKER_AFTER_DAYS, similar, site: p.site }),
  };
}

// ── The job

/** The team's messages in a request's thread (correlated with the outer `contact_requests`). */
const teamAnswered = (db: Database) =>
  db.select({ one: sql`1` }).from(messages).where(and(eq(messages.contactRequestId, contactRequests.id), eq(messages.author, 'member')));

/** A request still waiting for its first answer, as the batch that mails about it finds it. */
const stillWaiting = (db: Database, id: string) => and(eq(contactRequests.id, id), eq(contactRequests.status, 'new'), notExists(teamAnswered(db)))!;

/**
 * @example
 * await runUnanswered(env, Date.now(), 'https://bring-together.de'); // { reminded: ['req_1:3d'], told: [], warned: [], paused: [], expired: [] }
 */
export async function runUnanswered(env: Env, now: number, origin: string): Promise<UnansweredResult> {
  const db = database(env.DB);
  const result: UnansweredResult = { reminded: [], told: [], warned: [], paused: [], expired: [] };
  const teams = new Map<string, Promise<Recipient[]>>();
  const team = (orgId: string) => teams.get(orgId) ?? teams.set(orgId, teamRecipients(db, orgId)).get(orgId)!;
  // Expiry first: an expired request is reminded of and told of no more.
  await expire(env, db, now, result);
  await remindAndTell(env, db, now, origin, team, result);
  await warnAndPause(env, db, now, origin, team, result);
  return result;
}

/** Open requests without activity for 60 days leave the pipeline ('expired', `consent.expiredAt`). */
async function expire(env: Env, db: Database, now: number, result: UnansweredResult): Promise<void> {
  const quietSince = now - EXPIRE_AFTER_DAYS * DAY;
  // `contact_requests_retention_idx` (status, updated_at); the thread and the notes by their request indexes.
  const due = await db
    .select({ id: contactRequests.id, organizationId: contactRequests.organizationId, status: contactRequests.status, updatedAt: contactRequests.updatedAt })
    .from(contactRequests)
    .where(
      and(
        inArray(contactRequests.status, ['new', 'in_conversation']),
        lte(contactRequests.updatedAt, quietSince),
        notExists(db.select({ one: sql`1` }).from(messages).where(and(eq(messages.contactRequestId, contactRequests.id), gt(messages.createdAt, quietSince)))),
        notExists(
          db
            .select({ one: sql`1` })
            .from(contactNotes)
            .where(and(eq(contactNotes.organizationId, contactRequests.organizationId), eq(contactNotes.contactRequestId, contactRequests.id), gt(contactNotes.createdAt, quietSince))),
        ),
      ),
    )
    .orderBy(asc(contactRequests.updatedAt))
    .limit(BATCH)
    .all();
  for (const r of due) {
    const expiredNow = and(eq(contactRequests.id, r.id), eq(contactRequests.status, 'expired'), eq(contactRequests.updatedAt, now))!;
    await db.batch([
      db
        .update(contactRequests)
        .set({ status: 'expired', updatedAt: now, consent: sql`json_set(${contactRequests.consent}, '$.expiredAt', ${now})` })
        .where(and(eq(contactRequests.id, r.id), eq(contactRequests.status, r.status), eq(contactRequests.updatedAt, r.updatedAt))),
      auditInsertIf(
        db,
        { organizationId: r.organizationId, actorId: null, action: 'contact_request.expired', entity: 'contact_request', entityId: r.id, detail: { from: r.status, to: 'expired', inactiveDays: EXPIRE_AFTER_DAYS } },
        now,
        contactRequests,
        expiredNow,
      ),
    ]);
    result.expired.push(r.id);
  }
}

/** The step a waiting request is due for by its age. */
function stepOf(createdAt: number, now: number): '3d' | '7d' | '14d' {
  const age = now - createdAt;
  return age >= TELL_SEEKER_AFTER_DAYS * DAY ? '14d' : age >= REMIND_AFTER_DAYS[1] * DAY ? '7d' : '3d';
}

/** Reminders at 3 and 7 days to the team, and the seeker told at 14 days: once per request (the outbox cause). */
async function remindAndTell(env: Env, db: Database, now: number, origin: string, team: (orgId: string) => Promise<Recipient[]>, result: UnansweredResult): Promise<void> {
  const at = (days: number) => now - days * DAY;
  // Only the step a request is due for, and only if not mailed yet (a request past 7 days that
  // was never reminded at 3, e.g. the job did not run, gets the 7-day reminder only).
  const step = sql<string>`CASE WHEN ${contactRequests.createdAt} <= ${at(TELL_SEEKER_AFTER_DAYS)} THEN '14d' WHEN ${contactRequests.createdAt} <= ${at(REMIND_AFTER_DAYS[1])} THEN '7d' ELSE '3d' END`;
  const mailed = db
    .select({ one: sql`1` })
    .from(outbox)
    .where(and(eq(outbox.causeTable, 'contact_requests'), eq(outbox.causeId, sql`${contactRequests.id} || ':' || ${step}`)));
  // `contact_requests_status_created_idx` (status, created_at).
  const due = await db
    .select({
      id: contactRequests.id,
      organizationId: contactRequests.organizationId,
      embedId: contactRequests.embedId,
      name: contactRequests.name,
      email: contactRequests.email,
      snapshot: contactRequests.snapshot,
      createdAt: contactRequests.createdAt,
      listingId: listings.id,
      title: listings.title,
      kind: listings.kind,
      districtKey: listings.districtKey,
      organization: organizations.name,
    })
    .from(contactRequests)
    .innerJoin(listings, eq(listings.id, contactRequests.listingId))
    .innerJoin(organizations, eq(organizations.id, contactRequests.organizationId))
    .where(
      and(
        eq(contactRequests.status, 'new'),
        lte(contactRequests.createdAt, at(REMIND_AFTER_DAYS[0])),
        gt(contactRequests.createdAt, at(WINDOW_DAYS)),
        notExists(teamAnswered(db)),
        notExists(mailed),
      ),
    )
    .orderBy(asc(contactRequests.createdAt), asc(contactRequests.id))
    .limit(BATCH)
    .all();
  const similar = similarFinder(db, origin);
  for (const r of due) {
    const s = stepOf(r.createdAt, now);
    const cause = { table: 'contact_requests', id: `${r.id}:${s}` };
    const waiting = stillWaiting(db, r.id);
    let mails: { id: string; query: ReturnType<typeof outboxInsertIf>['query'] }[];
    if (s === '14d') {
      const locale = toLocale(r.snapshot.locale);
      const { listings: alike, site } = await similar(r, locale);
      const mail = seekerUnansweredMail({ to: r.email, locale, name: r.name, listing: r.title, organization: r.organization, similar: alike, site });
      mails = [outboxInsertIf(db, { ...mail, kind: 'responsiveness.seeker-unanswered', locale }, cause, now, contactRequests, waiting)];
    } else {
      const days = s === '7d' ? REMIND_AFTER_DAYS[1] : REMIND_AFTER_DAYS[0];
      mails = (await team(r.organizationId)).map((to) =>
        outboxInsertIf(
          db,
          { ...reminderMail(to, { days, seeker: r.name, listing: r.title, inboxUrl: `${origin}/admin/inbox/${r.id}` }), kind: 'responsiveness.reminder', locale: to.locale },
          cause,
          now,
          contactRequests,
          waiting,
        ),
      );
    }
    const [first, ...rest] = mails.map((m) => m.query);
    if (!first) continue; // a team without owners or editors: nobody to remind
    await db.batch([first, ...rest]);
    await enqueue(env, mails.map((m) => m.id));
    (s === '14d' ? result.told : result.reminded).push(cause.id);
  }
}

/**
 * Similar listings for a seeker left without an answer. Kept simple on purpose: published listings
 * of the same kind in the same district (district key), visible through the embed the seeker
 * searched on (`inEmbedScope`: its region, subsets and curation), of another organization than the
 * one that did not answer, the most recently confirmed first; no score (the mail is sent without
 * the seeker's answers at hand). A request without a live embed gets none. Each links to its
 * public page in the seeker's language; the embed's site is named once for the search.
 */
function similarFinder(db: Database, origin: string) {
  const access = new Map<string, Promise<{ embed: typeof embeds.$inferSelect; organization: typeof organizations.$inferSelect } | undefined>>();
  const load = (embedId: string) =>
    db
      .select({ embed: embeds, organization: organizations })
      .from(embeds)
      .innerJoin(organizations, eq(organizations.id, embeds.organizationId))
      .where(and(eq(embeds.id, embedId), isNull(embeds.revokedAt), isNull(organizations.suspendedAt)))
      .get();
  return async (r: { embedId: string | null; listingId: string; organizationId: string; kind: 'project' | 'property'; districtKey: string }, locale: Locale): Promise<{ listings: SimilarListing[]; site: string | null }> => {
    if (!r.embedId) return { listings: [], site: null };
    const reach = await (access.get(r.embedId) ?? access.set(r.embedId, load(r.embedId)).get(r.embedId)!);
    if (!reach) return { listings: [], site: null };
    const rows = await db
      .select({ id: listings.id, title: listings.title, place: listings.place })
      .from(listings)
      .where(
        and(
          inEmbedScope(reach),
          eq(listings.kind, r.kind),
          eq(listings.districtKey, r.districtKey),
          ne(listings.id, r.listingId),
          ne(listings.organizationId, r.organizationId),
        ),
      )
      .orderBy(desc(listings.confirmedAt))
      .limit(SIMILAR_MAX)
      .all();
    return { listings: rows.map((l) => ({ title: l.title, place: l.place, url: listingUrl(l, origin, locale) })), site: reach.embed.allowedOrigins[0] ?? origin };
  };
}

/** The audit entry of a cycle's warning; its id is the cycle, so a cycle is warned once. */
const warningId = (listingId: string, confirmedAt: number, requestId: string) => `unanswered-warning:${listingId}:${confirmedAt}:${requestId}`;

/** The warning at 11 days and the pause at 14, per listing and cycle. */
async function warnAndPause(env: Env, db: Database, now: number, origin: string, team: (orgId: string) => Promise<Recipient[]>, result: UnansweredResult): Promise<void> {
  const warnBefore = now - WARN_AFTER_DAYS * DAY;
  // Published listings with a request waiting at least 11 days in the current cycle.
  const waiting = await db
    .select({
      requestId: contactRequests.id,
      createdAt: contactRequests.createdAt,
      listingId: listings.id,
      organizationId: listings.organizationId,
      title: listings.title,
      confirmedAt: listings.confirmedAt,
    })
    .from(contactRequests)
    .innerJoin(listings, eq(listings.id, contactRequests.listingId))
    .where(
      and(
        eq(contactRequests.status, 'new'),
        lte(contactRequests.createdAt, warnBefore),
        gt(contactRequests.createdAt, now - WINDOW_DAYS * DAY),
        eq(listings.status, 'published'),
        lte(listings.confirmedAt, warnBefore),
        notExists(teamAnswered(db)),
      ),
    )
    .orderBy(asc(listings.id), asc(contactRequests.createdAt), asc(contactRequests.id))
    .limit(BATCH * 5)
    .all();
  const byListing = new Map<string, typeof waiting>();
  for (const w of waiting) byListing.set(w.listingId, [...(byListing.get(w.listingId) ?? []), w]);

  for (const [listingId, requests] of [...byListing].slice(0, BATCH)) {
    // The request that waits longest in this cycle: the oldest (they share the listing's confirmed_at).
    const trigger = requests[0]!;
    const l = { organizationId: trigger.organizationId, title: trigger.title, confirmedAt: trigger.confirmedAt };
    const waitStart = Math.max(trigger.createdAt, l.confirmedAt);
    const waited = now - waitStart;
    const facts = await requestFacts(db, listingId, now);
    /** None of the listing's requests at least `days` old (in the 90 days) was answered. */
    const noneAnswered = (days: number) => facts.filter((f) => f.createdAt <= now - days * DAY).every((f) => answeredAt(f) === null);
    const id = warningId(listingId, l.confirmedAt, trigger.requestId);
    const warned = await db.select({ createdAt: auditLog.createdAt }).from(auditLog).where(eq(auditLog.id, id)).get();
    const cause = { table: 'listings', id: `${listingId}:${l.confirmedAt}:${trigger.requestId}` };
    const inbox = `${origin}/admin/inbox?status=new&listing=${encodeURIComponent(listingId)}`;
    const recipients = await team(l.organizationId);

    if (warned && warned.createdAt <= now - (PAUSE_AFTER_DAYS - WARN_AFTER_DAYS) * DAY && waited >= PAUSE_AFTER_DAYS * DAY && noneAnswered(PAUSE_AFTER_DAYS)) {
      // Mailed and recorded only if this run paused it (not if it was paused, confirmed or
      // answered meanwhile; `confirmed_at` keeps the cycle).
      const pausedNow = and(eq(listings.id, listingId), eq(listings.status, 'paused'), eq(listings.updatedAt, now), eq(listings.confirmedAt, l.confirmedAt))!;
      const mails = recipients.map((to) =>
        outboxInsertIf(
          db,
          { ...unansweredPausedMail(to, { listing: l.title, inboxUrl: inbox, listingUrl: `${origin}/admin/listings/${listingId}` }), kind: 'responsiveness.paused', locale: to.locale },
          cause,
          now,
          listings,
          pausedNow,
        ),
      );
      await db.batch([
        db
          .update(listings)
          .set({ status: 'paused', updatedAt: now })
          .where(
            and(
              eq(listings.id, listingId),
              eq(listings.status, 'published'),
              eq(listings.confirmedAt, l.confirmedAt),
              exists(db.select({ one: sql`1` }).from(contactRequests).where(stillWaiting(db, trigger.requestId))),
            ),
          ),
        auditInsertIf(
          db,
          {
            organizationId: l.organizationId,
            actorId: null,
            action: 'listing.auto_paused_unanswered',
            entity: 'listing',
            entityId: listingId,
            detail: { afterDays: PAUSE_AFTER_DAYS, requestId: trigger.requestId, waiting: requests.length },
          },
          now,
          listings,
          pausedNow,
        ),
        ...mails.map((m) => m.query),
      ]);
      await enqueue(env, mails.map((m) => m.id));
      result.paused.push(listingId);
    } else if (!warned && noneAnswered(WARN_AFTER_DAYS)) {
      const pauseAt = Math.max(waitStart + PAUSE_AFTER_DAYS * DAY, now + (PAUSE_AFTER_DAYS - WARN_AFTER_DAYS) * DAY);
      const mails = recipients.map((to) =>
        outboxInsert(db, { ...warningMail(to, { listing: l.title, waiting: requests.length, pauseAt, inboxUrl: inbox }), kind: 'responsiveness.warning', locale: to.locale }, cause, now),
      );
      await db.batch([
        // The cycle's record (its id is the cycle: a second run inserts nothing); the pause waits for it.
        db
          .insert(auditLog)
          .values({ id, organizationId: l.organizationId, actorId: null, action: 'listing.unanswered_warning', entity: 'listing', entityId: listingId, detail: { requestId: trigger.requestId, waiting: requests.length, pauseAt }, createdAt: now })
          .onConflictDoNothing(),
        ...mails.map((m) => m.query),
      ]);
      await enqueue(env, mails.map((m) => m.id));
      result.warned.push(listingId);
    }
  }
}

/** The unanswered-requests part of the Worker's daily `scheduled` handler. */
export async function unansweredScheduled(controller: ScheduledController, env: Env): Promise<void> {
  try {
    const r = await runUnanswered(env, controller.scheduledTime, publicOrigin(env));
    console.log(
      JSON.stringify({ job: 'unanswered', cron: controller.cron, reminded: r.reminded.length, told: r.told.length, warned: r.warned.length, paused: r.paused.length, expired: r.expired.length }),
    );
  } catch (err) {
    console.error(JSON.stringify({ job: 'unanswered', cron: controller.cron, error: String(err) }));
    throw err;
  }
}
