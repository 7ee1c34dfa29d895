/** The dashboard's data in one D1 batch: the region and its embeds, demand, funnel, supply, vacant properties, outcomes and reach (raw; suppressed later in dashboard/tables.ts). */
import { requestKeySql } from './cell-key';
import { isoWeekStart } from './periods';
import { foldOutcomes, outcomesStatement } from './outcomes';
import { previousRange } from './period-presets';
import { foldReach, loadsStatement, weekTotalStatement } from './reach';
import { foldInitiatives, initiativesStatement, propertyInterestsStatement } from './initiatives';

import { type DemandFilter, type Region, type Funnel, type SupplyRow, type DashboardData, lit, type Row, runDemandQueries } from './stats';

function regionWhere(region: Region, alias = ''): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (region.districtKeys.length) {
    parts.push(`${alias}district_key IN (${region.districtKeys.map(() => '?').join(',')})`);
    params.push(...region.districtKeys);
  }
  if (region.postcodes.length) {
    parts.push(`${alias}postcode IN (${region.postcodes.map(() => '?').join(',')})`);
    params.push(...region.postcodes);
  }
  return { sql: parts.length ? `(${parts.join(' OR ')})` : '0', params };
}

export interface EmbedOption {
  id: string;
  name: string;
  revoked: boolean;
}

/**
 * The region's listings through (status, district_key): without it SQLite prefers the
 * (status, kind, …) index for the GROUP BY and the kind filter and reads every published listing in
 * Germany (~100,000 rows per render at national scale instead of the district's few thousand).
 */
const BY_REGION = 'INDEXED BY listings_district_idx';

const regionStatement = (db: D1Database, organizationId: string) =>
  db.prepare("SELECT name, region_district_keys AS d, region_postcodes AS p, logo FROM organizations WHERE id = ? AND kind = 'municipality'").bind(organizationId);
const embedsStatement = (db: D1Database, organizationId: string) =>
  db.prepare('SELECT id, name, revoked_at FROM embeds WHERE organization_id = ? ORDER BY created_at, id').bind(organizationId);
type RegionRow = { name: string; d: string; p: string; logo?: string | null };
const regionOf = (row: RegionRow | undefined): Region | undefined =>
  row ? { name: row.name, districtKeys: JSON.parse(row.d) as string[], postcodes: JSON.parse(row.p) as string[], ...(row.logo ? { logo: row.logo } : {}) } : undefined;
const embedsOf = (rows: { id: string; name: string; revoked_at: number | null }[]): EmbedOption[] => rows.map((r) => ({ id: r.id, name: r.name, revoked: r.revoked_at !== null }));

/** Reads the organization's region; undefined when it is not a municipality. */
export async function loadRegion(db: D1Database, organizationId: string): Promise<Region | undefined> {
  return regionOf((await regionStatement(db, organizationId).first<{ name: string; d: string; p: string }>()) ?? undefined);
}

const funnelOf = (row: Row, prefix: '' | 'k_'): Funnel => {
  const n = (k: string) => Number(row[`${prefix}${k}`] ?? 0);
  return { contactRequests: n('requests'), inConversation: n('conversation'), visited: n('visited'), trialStays: n('trials'), trialFits: n('trial_fits'), accepted: n('accepted'), movedIn: n('moved') };
};

/**
 * Region and embeds (only the organization's own, for the filter) in one round trip: what every
 * dashboard request needs before its filter.
 * @example
 * const { region, embeds } = await loadWorkspace(env.DB, 'org_lk_goerlitz');
 */
export async function loadWorkspace(db: D1Database, organizationId: string): Promise<{ region?: Region; embeds: EmbedOption[] }> {
  const [r, e] = await db.batch<Record<string, unknown>>([regionStatement(db, organizationId), embedsStatement(db, organizationId)]);
  return {
    region: regionOf(r!.results[0] as { name: string; d: string; p: string } | undefined),
    embeds: embedsOf(e!.results as { id: string; name: string; revoked_at: number | null }[]),
  };
}

/**
 * District names by key, kept per isolate: the postcodes table is reference data that only a
 * migration changes, and the lookup would otherwise be one more round trip per page.
 */
const districtNameCache = new Map<string, string | null>();
const DISTRICT_CACHE_MAX = 2_000;

/**
 * Everything the dashboard shows for one filter, in one D1 batch plus one name lookup.
 * The caller has checked that `filter.embedId` (if any) belongs to the organization.
 */
export async function loadDashboardData(db: D1Database, filter: DemandFilter, region: Region, options: { embedIds?: readonly string[] } = {}): Promise<DashboardData> {
  const listingsWhere = regionWhere(region, 'l.');
  const fromMs = isoWeekStart(filter.from);
  const toMs = isoWeekStart(filter.to) + 7 * 86_400_000;
  const key = requestKeySql('c.id');
  const stage = (xs: readonly string[], one = '1') => `sum(CASE WHEN c.status IN (${xs.map(lit).join(',')}) THEN ${one} ELSE 0 END)`;
  // Requests, not visits: a request with two visits counts once, so each row is a count of people
  // (and its cell key the sum of theirs, like every other row).
  const visited = (kind: 'visit' | 'trial', fits: boolean, one = '1') =>
    `sum(CASE WHEN EXISTS (SELECT 1 FROM visits v WHERE v.contact_request_id = c.id AND v.kind = '${kind}' AND v.state = 'accepted'${fits ? " AND v.seeker_outcome = 'fits'" : ''}) THEN ${one} ELSE 0 END)`;
  const stages = { conversation: ['in_conversation', 'visit', 'accepted', 'moved_in'], accepted: ['accepted', 'moved_in'], moved: ['moved_in'] };
  const funnel = db
    .prepare(
      `SELECT count(*) AS requests, ${stage(stages.conversation)} AS conversation, ${stage(stages.accepted)} AS accepted, ${stage(stages.moved)} AS moved, ` +
        `${visited('visit', false)} AS visited, ${visited('trial', false)} AS trials, ${visited('trial', true)} AS trial_fits, ` +
        `sum(${key}) AS k_requests, ${stage(stages.conversation, key)} AS k_conversation, ${stage(stages.accepted, key)} AS k_accepted, ${stage(stages.moved, key)} AS k_moved, ` +
        `${visited('visit', false, key)} AS k_visited, ${visited('trial', false, key)} AS k_trials, ${visited('trial', true, key)} AS k_trial_fits, ` +
        // Per embed, for the reach of each site; the funnel is their sum.
        `c.embed_id AS embed FROM contact_requests c JOIN listings l ON l.id = c.listing_id WHERE ${listingsWhere.sql} AND c.created_at >= ? AND c.created_at < ?` +
        (filter.embedId ? ' AND c.embed_id = ?' : '') +
        ' GROUP BY c.embed_id',
    )
    .bind(...listingsWhere.params, fromMs, toMs, ...(filter.embedId ? [filter.embedId] : []));
  const supply = db
    .prepare(
      `SELECT l.kind AS kind, l.stage AS stage, l.legal_form AS legal_form, count(*) AS listings, sum(l.free_places) AS free FROM listings l ${BY_REGION} ` +
        `WHERE l.status = 'published' AND ${listingsWhere.sql} GROUP BY l.kind, l.stage, l.legal_form`,
    )
    .bind(...listingsWhere.params);
  const properties = db
    .prepare(
      'SELECT l.id, l.title, l.place, l.legal_form, l.equity_required_cents, l.monthly_cost_min_cents, l.units_total, l.free_places, l.barrier_free, l.children_welcome ' +
        `FROM listings l ${BY_REGION} WHERE l.status = 'published' AND l.kind = 'property' AND ${listingsWhere.sql} ` +
        // Only what the municipality's widget shows (worker/curation): its own and approved providers' properties.
        "AND (l.organization_id = ? OR l.organization_id IN (SELECT provider_id FROM region_approvals WHERE municipality_id = ? AND state = 'approved')) " +
        'AND l.id NOT IN (SELECT listing_id FROM hidden_listings WHERE municipality_id = ?) ORDER BY l.title LIMIT 100',
    )
    .bind(...listingsWhere.params, filter.organizationId, filter.organizationId, filter.organizationId);
  // Sites: the selected embed, or all of the organization's; '' is demand without an embed.
  const sites = filter.embedId ? [filter.embedId] : [...(options.embedIds ?? [])];
  const previous = previousRange(filter);
  const extra = [
    loadsStatement(db, sites, filter),
    weekTotalStatement(db, filter.organizationId, previous, filter.embedId ? sites : [...sites, '']),
    outcomesStatement(db, filter.organizationId, filter.embedId),
    initiativesStatement(db, filter.organizationId),
    propertyInterestsStatement(db, listingsWhere),
  ];
  const [{ stats: demand, keys: demandKeys, finishedByEmbed }, demandRowsRead, rest] = await runDemandQueries(db, filter, [funnel, supply, properties, ...extra]);
  const [f, s, p, loads, prev, outcomeRows, initiativeRows, interestRows] = rest as D1Result<Row>[] as [D1Result<Row>, D1Result<Row>, D1Result<Row>, D1Result<Row>, D1Result<Row>, D1Result<Row>, D1Result<Row>, D1Result<Row>];
  const fr = sumRows(f.results);
  const keys = demand.origins.map((o) => o.districtKey).filter((k): k is string => k !== null).slice(0, 200);
  let namesRead = 0;
  const missing = keys.filter((k) => !districtNameCache.has(k));
  if (missing.length) {
    // One postcode row per district (a district has up to hundreds of postcodes).
    const res = await db
      .prepare('SELECT j.value AS k, (SELECT p.district_name FROM postcodes p WHERE p.district_key = j.value LIMIT 1) AS name FROM json_each(?) j')
      .bind(JSON.stringify(missing))
      .all<{ k: string; name: string | null }>();
    namesRead = res.meta?.rows_read ?? 0;
    if (districtNameCache.size + missing.length > DISTRICT_CACHE_MAX) districtNameCache.clear();
    for (const r of res.results) districtNameCache.set(r.k, r.name);
  }
  const districtNames: Record<string, string> = {};
  for (const k of keys) {
    const name = districtNameCache.get(k);
    if (name) districtNames[k] = name;
  }
  return {
    filter,
    region,
    demand,
    demandKeys,
    funnel: funnelOf(fr, ''),
    funnelKeys: funnelOf(fr, 'k_'),
    supply: s.results.map((r) => ({ kind: r.kind as SupplyRow['kind'], stage: r.stage as SupplyRow['stage'], legalForm: r.legal_form as SupplyRow['legalForm'], listings: Number(r.listings), freePlaces: Number(r.free ?? 0) })),
    properties: p.results.map((r) => ({
      id: String(r.id),
      title: String(r.title),
      place: String(r.place),
      legalForm: String(r.legal_form),
      equityRequiredCents: Number(r.equity_required_cents),
      monthlyCostMinCents: r.monthly_cost_min_cents === null ? null : Number(r.monthly_cost_min_cents),
      unitsTotal: Number(r.units_total),
      freePlaces: Number(r.free_places),
      barrierFree: Number(r.barrier_free) === 1,
      childrenWelcome: Number(r.children_welcome) === 1,
    })),
    districtNames,
    // runDemandQueries counts the rows of the whole batch (these statements included).
    rowsRead: demandRowsRead + namesRead,
    previous: { range: previous, total: Number(prev.results[0]?.n ?? 0), key: Number(prev.results[0]?.ks ?? 0) },
    reach: foldReach(sites, loads.results, finishedByEmbed, f.results, !filter.embedId),
    outcomes: foldOutcomes(outcomeRows.results),
    initiatives: foldInitiatives(initiativeRows.results, interestRows.results),
  };
}

/** Column sums of grouped rows (the funnel per embed → the funnel). */
function sumRows(rows: readonly Row[]): Row {
  const out: Row = {};
  for (const r of rows) for (const [k, v] of Object.entries(r)) if (typeof v === 'number') out[k] = Number(out[k] ?? 0) + v;
  return out;
}
