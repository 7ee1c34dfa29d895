/**
 * The write side of the outcomes a council reports: each builder returns the insert of the
 * anonymous `outcome_events` rows for one change, to go into the same D1 batch as that change.
 *
 * Each insert reads the row the change is about and carries the change's own condition, and goes
 * BEFORE the change in the batch: it inserts exactly when the change will apply (a D1 batch runs
 * in order, as one transaction). A change repeated or raced (a double click, a stale form) finds
 * its condition false and inserts nothing, and a batch that fails stores neither.
 *
 * One row per municipality whose region holds the listing at the time (district key or postcode,
 * as the dashboard reads regions), so later changes to a region do not rewrite past outcomes.
 * Nothing that links back is copied: no request, visit, initiative, listing or person id, only the
 * quarter, the kind, the numbers of the household and a cell key derived from the causing row's
 * random id (as for contact requests, worker/demand/cell-key.ts).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { outcomeEvents } from '../db/schema';
import { requestKeySql } from './cell-key';

/** Calendar quarter of an epoch-ms time, '2026-Q4' (UTC). */
export const quarterOf = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
};

/** SQL for the quarter of a 'YYYY-MM-DD' column. */
const quarterOfDaySql = (col: string) => `substr(${col}, 1, 4) || '-Q' || ((CAST(substr(${col}, 6, 2) AS INTEGER) + 2) / 3)`;

const NEW_ID = 'lower(hex(randomblob(16)))';
/** The municipalities `o` whose region holds listing `l`. */
const REGIONS_OF_LISTING =
  "JOIN organizations o ON o.kind = 'municipality' AND (l.district_key IN (SELECT value FROM json_each(o.region_district_keys)) OR l.postcode IN (SELECT value FROM json_each(o.region_postcodes)))";
/** Adults and children of a contact request's household summary; without a stated number a household counts one adult (as the size bands do), a group its stated adults. */
const REQUEST_ADULTS = "CAST(coalesce(json_extract(c.snapshot, '$.household.adults'), CASE WHEN json_extract(c.snapshot, '$.household.seekerType') = 'group' THEN 0 ELSE 1 END) AS INTEGER)";
const REQUEST_CHILDREN = "CAST(coalesce(json_extract(c.snapshot, '$.household.children'), 0) AS INTEGER)";
const INITIATIVE_ADULTS = "CAST(coalesce(json_extract(i.households, '$.adults'), 0) AS INTEGER)";
const INITIATIVE_CHILDREN = "CAST(coalesce(json_extract(i.households, '$.children'), 0) AS INTEGER)";

/** One INSERT … SELECT of events: `select` the value columns after the id, `from` the rows and joins, `where` the change's condition. */
const insertEvents = (db: Database, select: SQL, from: string, where: SQL) =>
  // drizzle lists the table's columns in their declared order, the order of the SELECT.
  db.insert(outcomeEvents).select(sql`SELECT ${sql.raw(NEW_ID)}, ${select} FROM ${sql.raw(from)} WHERE ${where}`);

/**
 * A contact request moves in: one `moved_in` event with its household, in the quarter of `now`.
 * Its condition is the status change's: the request of `organizationId` still in status `from`.
 * @example
 * await db.batch([movedInEvent(db, r.id, orgId, r.status, now), db.update(contactRequests).set({ status: 'moved_in' })…]);
 */
export function movedInEvent(db: Database, requestId: string, organizationId: string, from: string, now: number) {
  const outside = 'CASE WHEN c.origin_district_key IS NULL THEN NULL WHEN c.origin_district_key IN (SELECT value FROM json_each(o.region_district_keys)) THEN 0 ELSE 1 END';
  return insertEvents(
    db,
    sql`o.id, coalesce(c.embed_id, ''), ${quarterOf(now)}, 'moved_in', 1, ${sql.raw(`${REQUEST_ADULTS}, ${REQUEST_CHILDREN}, ${outside}, ${requestKeySql('c.id')}`)}`,
    `contact_requests c JOIN listings l ON l.id = c.listing_id ${REGIONS_OF_LISTING}`,
    sql`c.id = ${requestId} AND c.organization_id = ${organizationId} AND c.status = ${from}`,
  );
}

const VISIT_FROM = `visits v JOIN contact_requests c ON c.id = v.contact_request_id JOIN listings l ON l.id = c.listing_id ${REGIONS_OF_LISTING}`;

/**
 * The seeker accepts a proposed visit or trial stay: one `visit` or `trial_stay` event in the
 * quarter of its first day. Condition: the visit of that request still proposed.
 */
export function visitAcceptedEvent(db: Database, visitId: string, requestId: string) {
  return insertEvents(
    db,
    sql.raw(`o.id, coalesce(c.embed_id, ''), ${quarterOfDaySql('v.starts_on')}, CASE v.kind WHEN 'trial' THEN 'trial_stay' ELSE 'visit' END, 1, 0, 0, NULL, ${requestKeySql('v.id')}`),
    VISIT_FROM,
    sql`v.id = ${visitId} AND v.contact_request_id = ${requestId} AND v.state = 'proposed'`,
  );
}

const verdictKind = (col: string) => `CASE ${col} WHEN 'fits' THEN 'trial_fit' ELSE 'trial_does_not_fit' END`;

/**
 * The seeker says whether a begun trial stay fits: +1 for the new verdict and, when they change
 * their mind, −1 for the old one (same quarter and cell key, so the counts and key sums are those
 * of the current verdicts). Condition: the accepted trial of that request, begun by `today`, whose
 * verdict differs from `outcome`; both go before the update of the verdict.
 */
export function trialVerdictEvents(db: Database, visitId: string, requestId: string, outcome: 'fits' | 'does_not_fit', today: string) {
  const base = sql`v.id = ${visitId} AND v.contact_request_id = ${requestId} AND v.kind = 'trial' AND v.state = 'accepted' AND v.starts_on <= ${today}`;
  const columns = (kind: string, n: number) => sql.raw(`o.id, coalesce(c.embed_id, ''), ${quarterOfDaySql('v.starts_on')}, ${kind}, ${n}, 0, 0, NULL, ${requestKeySql('v.id')}`);
  return [
    insertEvents(db, columns(verdictKind('v.seeker_outcome'), -1), VISIT_FROM, sql`${base} AND v.seeker_outcome IS NOT NULL AND v.seeker_outcome <> ${outcome}`),
    insertEvents(db, columns(`'${outcome === 'fits' ? 'trial_fit' : 'trial_does_not_fit'}'`, 1), VISIT_FROM, sql`${base} AND (v.seeker_outcome IS NULL OR v.seeker_outcome <> ${outcome})`),
  ] as const;
}

/**
 * An initiative is formed (a founder confirmed it, or an organization created it open): one
 * `initiative_formed` event for its region with its households' adults and children, in the
 * quarter of `now`. Condition: the initiative in state `state` (`unconfirmed` before the confirming
 * update; `open` right after the insert of a new one).
 */
export function initiativeFormedEvent(db: Database, initiativeId: string, state: 'unconfirmed' | 'open', now: number) {
  return insertEvents(
    db,
    sql`i.region_organization_id, coalesce(i.embed_id, ''), ${quarterOf(now)}, 'initiative_formed', 1, ${sql.raw(`${INITIATIVE_ADULTS}, ${INITIATIVE_CHILDREN}, NULL, ${requestKeySql('i.id')}`)}`,
    'initiatives i',
    sql`i.id = ${initiativeId} AND i.state = ${state}`,
  );
}

/**
 * A municipality records that an initiative takes a vacant building on: one `building_taken_on`
 * event per municipality whose region holds the building, with the group's adults and children, in
 * the quarter of `now`. Put it BEFORE the update that sets `initiative_property_interests.taken_on_at`
 * (worker/groups/shortlist.ts `takeOnStatement`): its condition is that update's — the interest
 * consented to the shortlist, not withdrawn, not yet taken on.
 * @example
 * const [, updated] = await db.batch([buildingTakenOnEvent(db, { initiativeId, listingId, now }), takeOnStatement(env.DB, listingId, initiativeId, userId, now), …]);
 */
export function buildingTakenOnEvent(db: Database, e: { initiativeId: string; listingId: string; now: number }) {
  return insertEvents(
    db,
    sql`o.id, coalesce(i.embed_id, ''), ${quarterOf(e.now)}, 'building_taken_on', 1, ${sql.raw(`${INITIATIVE_ADULTS}, ${INITIATIVE_CHILDREN}, NULL, ${requestKeySql('i.id')}`)}`,
    `initiative_property_interests p JOIN initiatives i ON i.id = p.initiative_id JOIN listings l ON l.id = p.listing_id ${REGIONS_OF_LISTING}`,
    sql`p.initiative_id = ${e.initiativeId} AND p.listing_id = ${e.listingId} AND p.shortlist_consent_at IS NOT NULL AND p.withdrawn_at IS NULL AND p.taken_on_at IS NULL`,
  );
}
