/**
 * What one weekly digest says for one organization and period, read from D1. Municipalities get
 * the new demand of their region (suppressed: a count of 1–4 is "< 5", categories are named only
 * from 5 on), the number of new contact requests for listings in the region (suppressed) and how
 * many reports of the group search wait for them (their own queue, not a statistic: exact); every
 * organization gets its own new contact requests per listing and its listings to confirm soon.
 * Every query filters by the organization (or its region): another tenant's data cannot appear.
 */
import { PAUSE_AFTER_DAYS } from '../listings/freshness';
import { pendingProviders } from '../curation/approvals';
import { isoWeek } from '../demand/bands';
import { K, type Shown } from '../demand/suppress';
import { coverPeriods } from '../demand/periods';
import { perturb, requestKeySql, shownCount } from '../demand/cell-key';

const DAY = 86_400_000;
/** A listing shows under "confirm soon" from this many days without confirmation (reminder at 180). */
export const CONFIRM_SOON_AFTER_DAYS = 150;
const TOP = 3;
const MAX_LISTED = 20;

export interface DigestOrg {
  id: string;
  name: string;
  kind: 'municipality' | 'provider';
  regionDistrictKeys: string[];
  regionPostcodes: string[];
}

export interface Period {
  /** Inclusive, Monday 00:00 UTC. */
  from: number;
  /** Exclusive, Monday 00:00 UTC. */
  to: number;
}

export interface RegionDigest {
  questionnaires: Shown;
  topHouseholds: { key: string; n: number }[];
  topBudgets: { key: string; n: number }[];
  regionRequests: Shown;
}

export interface DigestContent {
  region?: RegionDigest;
  /** Municipalities: providers in the region waiting for a decision (worker/curation). */
  pendingProviders?: { id: string; name: string }[];
  /** Municipalities: reports of the group search not yet marked handled (worker/admin/reports). */
  openReports?: number;
  requests: { listingId: string; title: string; n: number }[];
  confirmSoon: { listingId: string; title: string; pauseAt: number }[];
}

export const isEmpty = (d: DigestContent) =>
  d.requests.length === 0 && d.confirmSoon.length === 0 && !d.pendingProviders?.length && !d.openReports && (!d.region || (d.region.questionnaires.kind === 'value' && d.region.questionnaires.n === 0 && d.region.regionRequests.kind === 'value' && d.region.regionRequests.n === 0));

/**
 * The most frequent categories that may be named: each at least K, at most TOP, and the rest of the
 * total (what is not named) is 0 or at least K — otherwise a reader could subtract a count of 1–4.
 * @example
 * namedCategories(12, [{ key: 'couple', n: 7 }, { key: 'family', n: 3 }, { key: 'single', n: 2 }]); // [{ key: 'couple', n: 7 }]
 */
export function namedCategories(total: number, counts: { key: string; n: number }[]): { key: string; n: number }[] {
  if (total < K) return [];
  const named = counts.filter((c) => c.n >= K).sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : 1)).slice(0, TOP);
  while (named.length) {
    const rest = total - named.reduce((s, c) => s + c.n, 0);
    if (rest === 0 || rest >= K) break;
    named.pop();
  }
  return named;
}

function regionSql(org: DigestOrg): { sql: string; params: string[] } {
  const parts: string[] = [];
  if (org.regionDistrictKeys.length) parts.push(`l.district_key IN (${org.regionDistrictKeys.map(() => '?').join(',')})`);
  if (org.regionPostcodes.length) parts.push(`l.postcode IN (${org.regionPostcodes.map(() => '?').join(',')})`);
  return { sql: parts.length ? `(${parts.join(' OR ')})` : '0', params: [...org.regionDistrictKeys, ...org.regionPostcodes] };
}

async function regionDigest(db: D1Database, org: DigestOrg, p: Period): Promise<RegionDigest> {
  // Demand is kept per ISO week: the period is whole weeks, [from, to), read from demand_weekly
  // (the weeks and blocks that cover it, as the dashboard reads them).
  const periods = p.to > p.from ? coverPeriods(isoWeek(p.from), isoWeek(p.to - 7 * DAY)) : [];
  const cells = (dimension: 'household' | 'budget') =>
    db
      .prepare('SELECT key AS k, sum(n) AS n, sum(ksum) AS ks FROM demand_weekly WHERE region_organization_id = ? AND iso_week IN (SELECT value FROM json_each(?)) AND dimension = ? GROUP BY key')
      .bind(org.id, JSON.stringify(periods), dimension);
  const region = regionSql(org);
  const [byHousehold, byBudget, requests] = await db.batch<{ k: string; n: number; ks: number }>([
    cells('household'),
    cells('budget'),
    // Region lists stay far below D1's 100 bound parameters (district keys of one municipality).
    db.prepare(`SELECT '' AS k, count(*) AS n, coalesce(sum(${requestKeySql('c.id')}), 0) AS ks FROM contact_requests c JOIN listings l ON l.id = c.listing_id WHERE ${region.sql} AND c.created_at >= ? AND c.created_at < ?`).bind(...region.params, p.from, p.to),
  ]);
  // Which counts may be shown is decided on the exact counts; what is shown is their cell-key
  // perturbation (worker/demand/cell-key.ts), the same the dashboard shows for the same people.
  const rows = (r: D1Result<{ k: string; n: number; ks: number }>) => r.results.map((x) => ({ key: String(x.k), n: Number(x.n), ks: Number(x.ks ?? 0) }));
  const households = rows(byHousehold!);
  const budgets = rows(byBudget!);
  const total = households.reduce((s, r) => s + r.n, 0);
  const totalKeys = households.reduce((s, r) => s + r.ks, 0);
  const named = (counts: { key: string; n: number; ks: number }[]) =>
    namedCategories(total, counts).map((c) => ({ key: c.key, n: perturb(c.n, counts.find((x) => x.key === c.key)!.ks) }));
  const [request] = rows(requests!);
  return {
    questionnaires: shownCount(total, totalKeys),
    topHouseholds: named(households),
    topBudgets: named(budgets),
    regionRequests: shownCount(request?.n ?? 0, request?.ks ?? 0),
  };
}

/**
 * @example
 * const content = await digestContent(env.DB, org, { from, to }, Date.now());
 */
export async function digestContent(db: D1Database, org: DigestOrg, p: Period, now: number): Promise<DigestContent> {
  const [requests, stale] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        'SELECT l.id, l.title, count(*) AS n FROM contact_requests c JOIN listings l ON l.id = c.listing_id ' +
          'WHERE c.organization_id = ? AND l.organization_id = ? AND c.created_at >= ? AND c.created_at < ? GROUP BY l.id, l.title ORDER BY n DESC, l.title LIMIT ?',
      )
      .bind(org.id, org.id, p.from, p.to, MAX_LISTED),
    db
      .prepare("SELECT id, title, confirmed_at FROM listings WHERE organization_id = ? AND status = 'published' AND confirmed_at < ? ORDER BY confirmed_at, id LIMIT ?")
      .bind(org.id, now - CONFIRM_SOON_AFTER_DAYS * DAY, MAX_LISTED),
  ]);
  const municipality = org.kind === 'municipality';
  return {
    region: municipality ? await regionDigest(db, org, p) : undefined,
    ...(municipality ? { pendingProviders: await pendingProviders(db, { id: org.id, regionDistrictKeys: org.regionDistrictKeys, regionPostcodes: org.regionPostcodes }) } : {}),
    ...(municipality
      ? { openReports: Number((await db.prepare('SELECT count(*) AS n FROM group_reports WHERE region_organization_id = ? AND handled_at IS NULL').bind(org.id).first<{ n: number }>())?.n ?? 0) }
      : {}),
    requests: requests!.results.map((r) => ({ listingId: String(r.id), title: String(r.title), n: Number(r.n) })),
    confirmSoon: stale!.results.map((r) => ({ listingId: String(r.id), title: String(r.title), pauseAt: Number(r.confirmed_at) + PAUSE_AFTER_DAYS * DAY })),
  };
}
