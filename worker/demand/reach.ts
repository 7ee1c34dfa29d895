/**
 * The reach of each embed (town site, tourism site, co-op site) in a period, and the previous
 * period's total for the trend. What each number is, honestly:
 *   - loads: how often the widget was loaded on the site (its config fetched, counted per week in
 *     embed_loads_weekly; a visitor who reloads counts again, a visitor who never answers counts too);
 *   - finished: questionnaires finished, which is also "results seen" (POST /v1/matches answers the
 *     last question with the results and writes the demand record; opt-outs are not counted);
 *   - contacts: contact requests sent from the site to listings in the region.
 * Rows are raw counts with their key sums; tables.ts suppresses and perturbs them like every count.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { embedLoadsWeekly } from '../db/schema';
import { isoWeek } from './bands';
import { randomCellKey } from './cell-key';
import { coverPeriods } from './periods';
import type { WeekRange } from './period-presets';

export interface ReachCounts {
  loads: number;
  finished: number;
  contacts: number;
}

/** One site: `embedId` '' collects every other way in (other organizations' embeds, the API). */
export interface ReachRow {
  embedId: string;
  counts: ReachCounts;
  /** Key sums of the same counts (cell-key method). */
  keys: ReachCounts;
}

/** Loads per embed of the organization in the period: one primary-key range per embed. */
export function loadsStatement(db: D1Database, embedIds: readonly string[], r: WeekRange): D1PreparedStatement {
  return db
    .prepare('SELECT embed_id AS e, sum(n) AS n, sum(ksum) AS ks FROM embed_loads_weekly WHERE embed_id IN (SELECT value FROM json_each(?)) AND iso_week BETWEEN ? AND ? GROUP BY embed_id')
    .bind(JSON.stringify(embedIds), r.from, r.to);
}

/**
 * The number of questionnaires of a period (the previous one, for the trend), read from the
 * 'week' cells only: one range per covering period and embed ('' = none), not the whole period.
 */
export function weekTotalStatement(db: D1Database, organizationId: string, r: WeekRange, embedIds: readonly string[]): D1PreparedStatement {
  return db
    .prepare(
      "SELECT coalesce(sum(n), 0) AS n, coalesce(sum(ksum), 0) AS ks FROM demand_weekly WHERE region_organization_id = ? AND iso_week IN (SELECT value FROM json_each(?)) AND embed_id IN (SELECT value FROM json_each(?)) AND dimension = 'week'",
    )
    .bind(organizationId, JSON.stringify(coverPeriods(r.from, r.to)), JSON.stringify(embedIds));
}

type Row = Record<string, number | string | null>;

/**
 * Folds loads, finished questionnaires (per embed, from the demand cells) and contact requests (per
 * embed, from the funnel rows) into one row per site, in the order of `embedIds`, then "other".
 */
export function foldReach(embedIds: readonly string[], loads: readonly Row[], finished: ReadonlyMap<string, [number, number]>, contacts: readonly Row[], withOther: boolean): ReachRow[] {
  const rows = new Map<string, ReachRow>();
  const zero = (): ReachCounts => ({ loads: 0, finished: 0, contacts: 0 });
  for (const id of embedIds) rows.set(id, { embedId: id, counts: zero(), keys: zero() });
  const other = { embedId: '', counts: zero(), keys: zero() };
  const at = (id: string | null | undefined) => rows.get(String(id ?? '')) ?? other;
  for (const r of loads) {
    const row = at(r.e as string);
    row.counts.loads += Number(r.n ?? 0);
    row.keys.loads += Number(r.ks ?? 0);
  }
  for (const [id, [n, ks]] of finished) {
    const row = at(id);
    row.counts.finished += n;
    row.keys.finished += ks;
  }
  for (const r of contacts) {
    const row = at(r.embed as string | null);
    row.counts.contacts += Number(r.requests ?? 0);
    row.keys.contacts += Number(r.k_requests ?? 0);
  }
  return [...rows.values(), ...(withOther ? [other] : [])];
}

/**
 * Counts one load of an embed's widget in its ISO week (an upsert, no data about the visitor).
 * @example
 * await countLoad(db, embed.id, Date.now());
 */
export async function countLoad(db: Database, embedId: string, now: number): Promise<void> {
  const key = randomCellKey();
  await db
    .insert(embedLoadsWeekly)
    .values({ embedId, isoWeek: isoWeek(now), n: 1, ksum: key })
    .onConflictDoUpdate({ target: [embedLoadsWeekly.embedId, embedLoadsWeekly.isoWeek], set: { n: sql`${embedLoadsWeekly.n} + 1`, ksum: sql`${embedLoadsWeekly.ksum} + ${key}` } });
}

/** The loads of one embed in one week (tests, the admin). */
export async function loadsOf(db: Database, embedId: string, week: string): Promise<number> {
  const row = await db.select({ n: embedLoadsWeekly.n }).from(embedLoadsWeekly).where(and(eq(embedLoadsWeekly.embedId, embedId), eq(embedLoadsWeekly.isoWeek, week))).get();
  return row?.n ?? 0;
}

/**
 * The first ISO week with demand of a region (for "since the start"): week labels sort before the
 * block labels ('M…', 'Q…'), so the first row of the region's primary-key range is it.
 */
export async function firstDemandWeek(db: D1Database, organizationId: string): Promise<string | undefined> {
  const row = await db.prepare('SELECT iso_week AS w FROM demand_weekly WHERE region_organization_id = ? ORDER BY iso_week LIMIT 1').bind(organizationId).first<{ w: string }>();
  return row && /^\d{4}-W\d{2}$/.test(row.w) ? row.w : undefined;
}
