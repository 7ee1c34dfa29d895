/**
 * Outcomes a council reports, per calendar quarter since the start, from the pipeline: households
 * that moved in (contact requests to listings in the region with status `moved_in`), the adults and
 * children in them (from the household summary the request stored), how many of those with a known
 * home district came from outside the region; and accepted visits and trial stays with the seeker's
 * verdict. Raw counts with key sums; tables.ts suppresses and perturbs them like every count.
 *
 * Which quarter: a move-in counts in the quarter of the request's last change (moving in is its last
 * step); a visit in the quarter of its first day. Requests deleted by retention (12 months after
 * their last change, worker/retention) no longer count.
 *
 * Not here yet: initiatives formed and buildings taken on (the group path records neither).
 */
import { requestKeySql } from './cell-key';

export interface MovedIn {
  households: number;
  adults: number;
  children: number;
  /** Households whose home district is known, and those of them from outside the region. */
  withOrigin: number;
  outside: number;
}

export interface VisitOutcomes {
  visits: number;
  trials: number;
  trialFits: number;
  trialDoesNotFit: number;
}

export interface QuarterRow<T> {
  quarter: string;
  counts: T;
  keys: T;
}

export interface Outcomes {
  movedIn: QuarterRow<MovedIn>[];
  visits: QuarterRow<VisitOutcomes>[];
}

export const MOVED_IN_COLUMNS = ['households', 'adults', 'children', 'withOrigin', 'outside'] as const satisfies readonly (keyof MovedIn)[];
export const VISIT_COLUMNS = ['visits', 'trials', 'trialFits', 'trialDoesNotFit'] as const satisfies readonly (keyof VisitOutcomes)[];

/** `(listing in region)` condition as built by stats.ts, with the embed filter if any. */
export interface OutcomeWhere {
  sql: string;
  params: (string | number)[];
  districtKeys: readonly string[];
}

const quarterOfMs = (col: string) => `strftime('%Y', ${col} / 1000, 'unixepoch') || '-Q' || ((CAST(strftime('%m', ${col} / 1000, 'unixepoch') AS INTEGER) + 2) / 3)`;
const quarterOfDay = (col: string) => `substr(${col}, 1, 4) || '-Q' || ((CAST(substr(${col}, 6, 2) AS INTEGER) + 2) / 3)`;

/** Moved-in households per quarter. Households without a stated number of adults count one adult (as the size bands do); groups their stated adults. */
export function movedInStatement(db: D1Database, w: OutcomeWhere): D1PreparedStatement {
  const key = requestKeySql('c.id');
  const adults = "CAST(coalesce(json_extract(c.snapshot, '$.household.adults'), CASE WHEN json_extract(c.snapshot, '$.household.seekerType') = 'group' THEN 0 ELSE 1 END) AS INTEGER)";
  const children = "CAST(coalesce(json_extract(c.snapshot, '$.household.children'), 0) AS INTEGER)";
  const inRegion = `c.origin_district_key IN (SELECT value FROM json_each(?))`;
  const outside = `(c.origin_district_key IS NOT NULL AND NOT ${inRegion})`;
  return db
    .prepare(
      `SELECT ${quarterOfMs('c.updated_at')} AS q, count(*) AS households, sum(${adults}) AS adults, sum(${children}) AS children, ` +
        `sum(c.origin_district_key IS NOT NULL) AS with_origin, sum(${outside}) AS outside, ` +
        `sum(${key}) AS k_households, sum(${key} * ${adults}) AS k_adults, sum(${key} * ${children}) AS k_children, ` +
        `sum(CASE WHEN c.origin_district_key IS NOT NULL THEN ${key} ELSE 0 END) AS k_with_origin, sum(CASE WHEN ${outside} THEN ${key} ELSE 0 END) AS k_outside ` +
        `FROM contact_requests c JOIN listings l ON l.id = c.listing_id WHERE ${w.sql} AND c.status = 'moved_in' GROUP BY q ORDER BY q`,
    )
    .bind(JSON.stringify(w.districtKeys), JSON.stringify(w.districtKeys), ...w.params);
}

/** Accepted visits and trial stays per quarter of their first day, with the seeker's verdict on trial stays. */
export function visitsStatement(db: D1Database, w: OutcomeWhere): D1PreparedStatement {
  const key = requestKeySql('v.id');
  const count = (cond: string, one = '1') => `sum(CASE WHEN ${cond} THEN ${one} ELSE 0 END)`;
  const cols = {
    visits: "v.kind = 'visit'",
    trials: "v.kind = 'trial'",
    trial_fits: "v.kind = 'trial' AND v.seeker_outcome = 'fits'",
    trial_not: "v.kind = 'trial' AND v.seeker_outcome = 'does_not_fit'",
  };
  const select = Object.entries(cols).flatMap(([name, cond]) => [`${count(cond)} AS ${name}`, `${count(cond, key)} AS k_${name}`]).join(', ');
  return db
    .prepare(
      `SELECT ${quarterOfDay('v.starts_on')} AS q, ${select} FROM visits v JOIN contact_requests c ON c.id = v.contact_request_id JOIN listings l ON l.id = c.listing_id ` +
        `WHERE ${w.sql} AND v.state = 'accepted' GROUP BY q ORDER BY q`,
    )
    .bind(...w.params);
}

type Row = Record<string, number | string | null>;
const num = (r: Row, k: string) => Number(r[k] ?? 0);

export function foldOutcomes(moved: readonly Row[], visits: readonly Row[]): Outcomes {
  const movedOf = (r: Row, p: '' | 'k_'): MovedIn => ({
    households: num(r, `${p}households`),
    adults: num(r, `${p}adults`),
    children: num(r, `${p}children`),
    withOrigin: num(r, `${p}with_origin`),
    outside: num(r, `${p}outside`),
  });
  const visitsOf = (r: Row, p: '' | 'k_'): VisitOutcomes => ({ visits: num(r, `${p}visits`), trials: num(r, `${p}trials`), trialFits: num(r, `${p}trial_fits`), trialDoesNotFit: num(r, `${p}trial_not`) });
  return {
    movedIn: moved.map((r) => ({ quarter: String(r.q), counts: movedOf(r, ''), keys: movedOf(r, 'k_') })),
    visits: visits.map((r) => ({ quarter: String(r.q), counts: visitsOf(r, ''), keys: visitsOf(r, 'k_') })),
  };
}

export const emptyOutcomes = (): Outcomes => ({ movedIn: [], visits: [] });
