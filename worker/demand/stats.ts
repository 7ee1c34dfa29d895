/**
 * Loads the raw (unsuppressed) figures of a municipality's dashboard with a few aggregate queries,
 * sent to D1 as one batch:
 *   1. demand: one lookup in demand_weekly (pre-aggregated by region, period, embed and dimension;
 *      kept exact by triggers on demand_records, see worker/db/schema.ts) of the few weeks and
 *      blocks that cover the period (periods.ts), summed per dimension and key — sizes, ages, timelines, priorities, origins, household
 *      types, money bands, barrier-free need, unmet demand, and the fit groups (per legal form) from
 *      which the legal-form cross tables and "demand for this building" follow,
 *   2. contact requests for listings in the region (funnel), 3. listings in the region (supply),
 *   4. vacant properties, 5. district names of the origins.
 * Rows read grow with the distinct band combinations per week in the period, not with the records.
 * Suppression happens later (tables.ts); nothing here leaves the Worker unsuppressed.
 */
import type { InitiativeFigures } from './initiatives';
import { AGE_BANDS, BUDGET_BANDS, type DemandBands, EQUITY_BANDS, HOUSEHOLD_TYPES, isoWeek, LEGAL_FORM_PREFERENCES, PRIORITY_QUESTION_IDS, SIZE_BANDS, TIMELINES } from './bands';
import type { LEGAL_FORMS, STAGES } from '../db/schema';
import { coverPeriods, isoWeekStart } from './periods';
import { type Outcomes } from './outcomes';
import { type WeekRange } from './period-presets';
import { type ReachRow } from './reach';

export { AGE_BANDS, LEGAL_FORM_PREFERENCES, PRIORITY_QUESTION_IDS, isoWeekStart };
export const FUNNEL_STEPS = ['questionnaires', 'contact_requests', 'in_conversation', 'visited', 'trial_stay', 'trial_fits', 'accepted', 'moved_in'] as const;

export interface DemandFilter {
  organizationId: string;
  /** First and last ISO week, inclusive ('2026-W01'). */
  from: string;
  to: string;
  embedId?: string;
}

export interface Region {
  name: string;
  districtKeys: string[];
  postcodes: string[];
  /** The organization's logo URL, if one was set (the council document's title page). */
  logo?: string | null;
}

type Counts<K extends string> = Record<K, number>;

export interface DemandStats {
  total: number;
  weeks: { week: string; n: number }[];
  householdType: Counts<(typeof HOUSEHOLD_TYPES)[number]>;
  sizeBand: Counts<(typeof SIZE_BANDS)[number]>;
  ageBands: Counts<(typeof AGE_BANDS)[number]>;
  budgetBand: Counts<(typeof BUDGET_BANDS)[number]>;
  equityBand: Counts<(typeof EQUITY_BANDS)[number]>;
  timeline: Counts<(typeof TIMELINES)[number]>;
  priorities: Counts<(typeof PRIORITY_QUESTION_IDS)[number]>;
  barrierFree: { yes: number; no: number };
  budgetByForm: Record<(typeof BUDGET_BANDS)[number], Counts<(typeof LEGAL_FORM_PREFERENCES)[number]>>;
  equityByForm: Record<(typeof EQUITY_BANDS)[number], Counts<(typeof LEGAL_FORM_PREFERENCES)[number]>>;
  unmetByHousehold: Counts<(typeof HOUSEHOLD_TYPES)[number]>;
  unmetByBudget: Counts<(typeof BUDGET_BANDS)[number]>;
  /** Origin district keys (null = not given) with counts, largest first. */
  origins: { districtKey: string | null; n: number }[];
  /**
   * Groups of records by the bands that decide whether a building fits them, split by legal form:
   * a record that names forms A and B is in an A group and a B group (`legalForms: ['A']`, `['B']`),
   * one that names none in a group with `legalForms: []`. `fits` accepts a building's form when the
   * group names it or none, so a record is counted at most once per building (demandForBuilding is
   * exact), while there are at most a few thousand groups however many records the period holds.
   * The groups' n do not add up to the number of records.
   */
  fitGroups: FitGroup[];
}

export interface FitGroup {
  seekerType: 'household' | 'group';
  householdType: string;
  legalForms: string[];
  equityBand: string;
  budgetBand: string;
  barrierFreeNeed: boolean;
  n: number;
}

export interface Funnel {
  contactRequests: number;
  inConversation: number;
  /** Requests with an accepted visit, with an accepted trial stay, and with a trial stay the seeker said fits. */
  visited: number;
  trialStays: number;
  trialFits: number;
  accepted: number;
  movedIn: number;
}

export interface SupplyRow {
  kind: 'project' | 'property';
  stage: (typeof STAGES)[number];
  legalForm: (typeof LEGAL_FORMS)[number];
  listings: number;
  freePlaces: number;
}

export interface PropertyListing {
  id: string;
  title: string;
  place: string;
  legalForm: string;
  equityRequiredCents: number;
  monthlyCostMinCents: number | null;
  unitsTotal: number;
  freePlaces: number;
  barrierFree: boolean;
  childrenWelcome: boolean;
}

export interface DashboardData {
  filter: DemandFilter;
  region: Region;
  demand: DemandStats;
  /**
   * The same figures with each record counted as its cell key instead of 1 (sums of record keys),
   * from which tables.ts perturbs every shown count (worker/demand/cell-key.ts). Never shown.
   */
  demandKeys: DemandStats;
  funnel: Funnel;
  /** Key sums of the funnel's contact-request counts, as `demandKeys`. */
  funnelKeys: Funnel;
  supply: SupplyRow[];
  properties: PropertyListing[];
  districtNames: Record<string, string>;
  /** D1 rows read by all queries of this load. */
  rowsRead: number;
  /** The period of the same length just before, with its number of questionnaires (and key sum). */
  previous?: { range: WeekRange; total: number; key: number };
  /** Per embed of the organization (and '' for every other way in): loads, finished, contacts. */
  reach?: ReachRow[];
  /** Moved in, visits and trial stays per quarter since the start (not limited to the period). */
  outcomes?: Outcomes;
  /** Forming groups of the region and their interest in its vacant properties (worker/demand/initiatives.ts). */
  initiatives?: InitiativeFigures;
}

export const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * The WHERE clause over demand_weekly for a filter: the region and the few weeks and blocks that
 * cover the period exactly (periods.ts), each a primary-key range.
 */
function demandWhere(f: DemandFilter): { sql: string; params: string[] } {
  const periods = JSON.stringify(coverPeriods(f.from, f.to));
  return f.embedId
    ? { sql: 'region_organization_id = ? AND iso_week IN (SELECT value FROM json_each(?)) AND embed_id = ?', params: [f.organizationId, periods, f.embedId] }
    : { sql: 'region_organization_id = ? AND iso_week IN (SELECT value FROM json_each(?))', params: [f.organizationId, periods] };
}

/** Every ISO week from `from` to `to`, inclusive (at most `max`). */
export function weeksBetween(from: string, to: string, max = 260): string[] {
  const out: string[] = [];
  for (let t = isoWeekStart(from); out.length < max; t += 7 * 86_400_000) {
    const w = isoWeek(t);
    if (w > to) break;
    out.push(w);
  }
  return out;
}

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;

export function emptyDemandStats(weeks: string[] = []): DemandStats {
  return {
    total: 0,
    weeks: weeks.map((week) => ({ week, n: 0 })),
    householdType: zero(HOUSEHOLD_TYPES),
    sizeBand: zero(SIZE_BANDS),
    ageBands: zero(AGE_BANDS),
    budgetBand: zero(BUDGET_BANDS),
    equityBand: zero(EQUITY_BANDS),
    timeline: zero(TIMELINES),
    priorities: zero(PRIORITY_QUESTION_IDS),
    barrierFree: { yes: 0, no: 0 },
    budgetByForm: Object.fromEntries(BUDGET_BANDS.map((b) => [b, zero(LEGAL_FORM_PREFERENCES)])) as DemandStats['budgetByForm'],
    equityByForm: Object.fromEntries(EQUITY_BANDS.map((b) => [b, zero(LEGAL_FORM_PREFERENCES)])) as DemandStats['equityByForm'],
    unmetByHousehold: zero(HOUSEHOLD_TYPES),
    unmetByBudget: zero(BUDGET_BANDS),
    origins: [],
    fitGroups: [],
  };
}

export type Row = Record<string, number | string | null>;

/**
 * The demand part of the dashboard for one filter: a sum over the pre-aggregated cells of
 * demand_weekly, never the records themselves.
 * @example
 * const { stats, rowsRead } = await loadDemandStats(env.DB, { organizationId: 'org_lk_goerlitz', from: '2026-W01', to: '2026-W12' });
 */
export async function loadDemandStats(db: D1Database, f: DemandFilter): Promise<{ stats: DemandStats; keys: DemandStats; rowsRead: number }> {
  const [{ stats, keys }, rowsRead] = await runDemandQueries(db, f, []);
  return { stats, keys, rowsRead };
}

/**
 * One pass over the period's cells: per dimension and key the count of records ('week': per ISO
 * week, kept in every block too). The GROUP BY sums the periods and embeds that cover the range.
 */
function demandStatement(db: D1Database, f: DemandFilter): D1PreparedStatement {
  const where = demandWhere(f);
  return db
    .prepare(
      // One row holding every summed cell as JSON: a few thousand small rows cost more to hand over than one string.
      // The weekly series stays split by embed (same rows read, a few more summed): the reach per site.
      `SELECT json_group_array(json_array(d, k, n, ks, e)) AS cells FROM (SELECT dimension AS d, key AS k, CASE WHEN dimension = 'week' THEN embed_id END AS e, sum(n) AS n, sum(ksum) AS ks FROM demand_weekly WHERE ${where.sql} GROUP BY d, k, e)`,
    )
    .bind(...where.params);
}

const inc = <K extends string>(c: Record<K, number>, k: string, n: number) => {
  if (k in c) c[k as K] += n;
};

/**
 * Folds the summed cells into the dashboard's figures (unknown keys are ignored, as before): the
 * counts (`n`), or with `field = 'ks'` the key sums of the same cells.
 */
function foldCells(rows: Row[], weeks: string[], field: 'n' | 'ks' = 'n'): DemandStats {
  const s = emptyDemandStats(weeks);
  const byWeek = new Map(s.weeks.map((w) => [w.week, w]));
  const origins: { key: string; n: number }[] = [];
  const groups: FitGroup[] = [];
  for (const r of rows) {
    const k = String(r.k);
    if (Number(r.n) === 0) continue;
    const n = Number(r[field]);
    switch (r.d) {
      case 'week': {
        s.total += n;
        const w = byWeek.get(k);
        if (w) w.n += n;
        break;
      }
      case 'size':
        inc(s.sizeBand, k, n);
        break;
      case 'age':
        inc(s.ageBands, k, n);
        break;
      case 'timeline':
        inc(s.timeline, k, n);
        break;
      case 'priority':
        inc(s.priorities, k, n);
        break;
      case 'origin':
        origins.push({ key: k, n });
        break;
      case 'household':
        inc(s.householdType, k, n);
        break;
      case 'budget':
        inc(s.budgetBand, k, n);
        break;
      case 'equity':
        inc(s.equityBand, k, n);
        break;
      case 'barrier_free':
        if (k === 'yes') s.barrierFree.yes += n;
        else s.barrierFree.no += n;
        break;
      case 'unmet': {
        const [household, budget] = JSON.parse(k) as [string, string];
        inc(s.unmetByHousehold, household, n);
        inc(s.unmetByBudget, budget, n);
        break;
      }
      case 'fit': {
        const [seekerType, householdType, legalForm, equityBand, budgetBand, barrierFree] = JSON.parse(k) as [string, string, string, string, string, number];
        groups.push({ seekerType: seekerType === 'group' ? 'group' : 'household', householdType, legalForms: legalForm === '' ? [] : [legalForm], equityBand, budgetBand, barrierFreeNeed: barrierFree === 1, n });
        break;
      }
    }
  }
  // Largest first, ties by key with "not given" ('' here, NULL in the records) first.
  origins.sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  s.origins = origins.map((o) => ({ districtKey: o.key === '' ? null : o.key, n: o.n }));
  foldFitGroups(s, groups);
  return s;
}

/** The legal-form cross tables: a fit group names one legal form (or none), so each record counts once per form it names. */
function foldFitGroups(s: DemandStats, groups: FitGroup[]): void {
  for (const g of groups) {
    for (const f of g.legalForms) {
      if (g.budgetBand in s.budgetByForm) inc(s.budgetByForm[g.budgetBand as keyof DemandStats['budgetByForm']], f, g.n);
      if (g.equityBand in s.equityByForm) inc(s.equityByForm[g.equityBand as keyof DemandStats['equityByForm']], f, g.n);
    }
  }
  s.fitGroups = groups;
}

export async function runDemandQueries(
  db: D1Database,
  f: DemandFilter,
  extra: D1PreparedStatement[],
): Promise<[{ stats: DemandStats; keys: DemandStats; finishedByEmbed: Map<string, [number, number]> }, number, D1Result<Row>[]]> {
  const results = (await db.batch<Row>([demandStatement(db, f), ...extra])) as D1Result<Row>[];
  // Rows read by the whole batch: the demand statement and the `extra` ones.
  const rowsRead = results.reduce((sum, r) => sum + (r.meta?.rows_read ?? 0), 0);
  const weeks = weeksBetween(f.from, f.to);
  const cells = (JSON.parse(String(results[0]!.results[0]?.cells ?? '[]')) as [string, string, number, number, string | null][]).map(([d, k, n, ks, e]): Row => ({ d, k, n, ks, e }));
  // Questionnaires per embed of the period: the weekly cells, summed per embed instead of per week.
  const finishedByEmbed = new Map<string, [number, number]>();
  for (const c of cells) {
    if (c.d !== 'week') continue;
    const e = String(c.e ?? '');
    const [n, ks] = finishedByEmbed.get(e) ?? [0, 0];
    finishedByEmbed.set(e, [n + Number(c.n), ks + Number(c.ks)]);
  }
  return [{ stats: foldCells(cells, weeks), keys: foldCells(cells, weeks, 'ks'), finishedByEmbed }, rowsRead, results.slice(1)];
}

/** `(district_key IN (…) OR postcode IN (…))` for listings of a region; never empty SQL. */
export type AggregatedRecord = Omit<DemandBands, 'bestScoreBand'> & { isoWeek: string; originDistrictKey?: string | null; cellKey?: number | null };

/**
 * The same figures computed in memory from records: a test oracle for the SQL, and the way the
 * browser tests build a dataset without a database. With `weight = 'cellKey'` every record counts
 * as its cell key (0 when it has none), which gives the key sums of `DashboardData.demandKeys`.
 * @example
 * const stats = aggregateRecords(records, '2026-W01', '2026-W12');
 * const keys = aggregateRecords(records, '2026-W01', '2026-W12', 'cellKey');
 */
export function aggregateRecords(records: readonly AggregatedRecord[], from: string, to: string, weight: 'count' | 'cellKey' = 'count'): DemandStats {
  const s = emptyDemandStats(weeksBetween(from, to));
  let one = 1;
  const inc = <K extends string>(c: Record<K, number>, k: string) => {
    if (k in c) c[k as K] += one;
  };
  const origins = new Map<string | null, number>();
  const fit = new Map<string, FitGroup>();
  for (const r of records) {
    if (r.isoWeek < from || r.isoWeek > to) continue;
    one = weight === 'cellKey' ? (r.cellKey ?? 0) : 1;
    s.total += one;
    const w = s.weeks.find((x) => x.week === r.isoWeek);
    if (w) w.n += one;
    inc(s.householdType, r.householdType);
    inc(s.sizeBand, r.sizeBand);
    for (const a of r.ageBands) inc(s.ageBands, a);
    inc(s.budgetBand, r.budgetBand);
    inc(s.equityBand, r.equityBand);
    inc(s.timeline, r.timeline);
    for (const p of r.priorities) inc(s.priorities, p);
    if (r.barrierFreeNeed) s.barrierFree.yes += one;
    else s.barrierFree.no += one;
    for (const f of r.legalForms) {
      if (r.budgetBand in s.budgetByForm) inc(s.budgetByForm[r.budgetBand as keyof DemandStats['budgetByForm']], f);
      if (r.equityBand in s.equityByForm) inc(s.equityByForm[r.equityBand as keyof DemandStats['equityByForm']], f);
    }
    if (!r.anyMatch) {
      inc(s.unmetByHousehold, r.householdType);
      inc(s.unmetByBudget, r.budgetBand);
    }
    const o = r.originDistrictKey ?? null;
    origins.set(o, (origins.get(o) ?? 0) + one);
    for (const form of r.legalForms.length ? [...new Set(r.legalForms)] : ['']) {
      const key = JSON.stringify([r.seekerType, r.householdType, form, r.equityBand, r.budgetBand, r.barrierFreeNeed]);
      const g = fit.get(key);
      if (g) g.n += one;
      else fit.set(key, { seekerType: r.seekerType, householdType: r.householdType, legalForms: form ? [form] : [], equityBand: r.equityBand, budgetBand: r.budgetBand, barrierFreeNeed: r.barrierFreeNeed, n: one });
    }
  }
  // Largest first, ties by key with "not given" first (as SQL's ORDER BY n DESC, key puts NULL first).
  const tie = (k: string | null) => k ?? '';
  s.origins = [...origins].map(([districtKey, n]) => ({ districtKey, n })).sort((a, b) => b.n - a.n || (tie(a.districtKey) < tie(b.districtKey) ? -1 : tie(a.districtKey) > tie(b.districtKey) ? 1 : 0));
  s.fitGroups = [...fit.values()];
  return s;
}

