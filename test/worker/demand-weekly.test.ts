/**
 * demand_weekly (migrations 0007, 0008) is the dashboard's only source of demand figures. These tests
 * prove that the dashboard stats read from it, and the cell-key sums beside them, equal the stats
 * computed from the raw records
 * (aggregateRecords, the in-memory oracle) for random records, filters by region, embed and period,
 * and after deletes and updates (the triggers), after the migration's backfill, and after inserts
 * through the real POST /v1/matches route; and that "demand for this building" from the fit groups
 * (split by legal form) equals the count from groups of whole records, for random buildings.
 */
import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateRecords, type DemandFilter, type DemandStats, isoWeekStart, loadDemandStats } from '../../worker/demand/stats';
import { type DemandBands, isoWeek } from '../../worker/demand/bands';
import { type BuildingFacts, type DemandGroup, demandForBuilding } from '../../worker/demand/building';
import { household, insertFixtures, postJson } from './fixtures';

interface Rec extends DemandBands {
  id: string;
  embedId: string | null;
  regionOrganizationId: string;
  originDistrictKey: string | null;
  isoWeek: string;
  /** null: written without a key (counts as 0). */
  cellKey: number | null;
}

const REGIONS = ['org_a', 'org_b'];
const EMBEDS = [null, 'emb_a1', 'emb_a2', 'emb_b1'];
// 72 weeks from 2025-W40, across two year boundaries and the 53-week year 2026, so filters cover
// weeks, 4-week and 16-week blocks (periods.ts) in every combination.
const FIRST_WEEK = isoWeekStart('2025-W40');
const SPAN = 72;
const weekAt = (i: number) => isoWeek(FIRST_WEEK + i * 7 * 86_400_000);
const WEEKS = Array.from({ length: SPAN }, (_, i) => weekAt(i));
// A few values outside the dashboard's bands too (the stats ignore them, the cube must not break on them).
const HOUSEHOLDS = ['single', 'couple', 'family', 'senior', 'group', 'x"y'];
const FORMS = ['cooperative', 'syndicate', 'ownership', 'rental', 'foundation'];

const recordArb = fc.record({
  embedId: fc.constantFrom(...EMBEDS),
  regionOrganizationId: fc.constantFrom(...REGIONS),
  originDistrictKey: fc.constantFrom(null, '14612', '14626', '11000'),
  // Records bunch in a few weeks, so blocks hold several records and some weeks none.
  isoWeek: fc.oneof(fc.constantFrom('2025-W52', '2026-W01', '2026-W53', '2027-W01'), fc.integer({ min: 0, max: SPAN - 1 }).map(weekAt)),
  seekerType: fc.constantFrom('household' as const, 'group' as const),
  householdType: fc.constantFrom(...HOUSEHOLDS),
  sizeBand: fc.constantFrom('1', '2', '3-4', '5+', 'group', 'odd'),
  ageBands: fc.uniqueArray(fc.constantFrom('u30', '30-44', '45-64', '65+'), { maxLength: 4 }),
  budgetBand: fc.constantFrom('<500', '500-799', '800-1099', '1100-1499', '1500+', 'unknown'),
  equityBand: fc.constantFrom('none', 'lt10k', '10k-50k', '50k-150k', 'gt150k', 'unknown'),
  // Order kept as given: the fit groups key on the list as stored, like the old GROUP BY did.
  legalForms: fc.uniqueArray(fc.constantFrom(...FORMS), { maxLength: 3 }),
  timeline: fc.constantFrom('now', 'lt1y', '1to3y', 'flexible', 'unknown'),
  priorities: fc.uniqueArray(fc.constantFrom('who.ageBands', 'money.legalForms', 'needs.barrierFree', 'community.meals'), { maxLength: 3 }),
  barrierFreeNeed: fc.boolean(),
  bestScoreBand: fc.constantFrom('0-39', '40-59', '60-79', '80-100', 'none'),
  anyMatch: fc.boolean(),
  cellKey: fc.option(fc.integer({ min: 0, max: 255 }), { nil: null }),
});

const INSERT =
  'INSERT INTO demand_records (id, embed_id, region_organization_id, origin_district_key, iso_week, seeker_type, household_type, size_band, age_bands, budget_band, equity_band, legal_forms, timeline, priorities, barrier_free_need, best_score_band, any_match, cell_key) ' +
  'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

function insert(r: Rec): D1PreparedStatement {
  return env.DB.prepare(INSERT).bind(
    r.id, r.embedId, r.regionOrganizationId, r.originDistrictKey, r.isoWeek, r.seekerType, r.householdType, r.sizeBand, JSON.stringify(r.ageBands), r.budgetBand,
    r.equityBand, JSON.stringify(r.legalForms), r.timeline, JSON.stringify(r.priorities), r.barrierFreeNeed ? 1 : 0, r.bestScoreBand, r.anyMatch ? 1 : 0, r.cellKey,
  );
}

async function run(statements: D1PreparedStatement[]): Promise<void> {
  for (let i = 0; i < statements.length; i += 50) await env.DB.batch(statements.slice(i, i + 50));
}

/** The fit groups are a set: compare them in one order. */
const norm = (s: DemandStats) => ({ ...s, fitGroups: [...s.fitGroups].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) });

/** The oracle: the same figures from the records in memory (counts, or key sums). */
function expected(records: readonly Rec[], f: DemandFilter, weight: 'count' | 'cellKey' = 'count'): DemandStats {
  return aggregateRecords(
    records.filter((r) => r.regionOrganizationId === f.organizationId && (f.embedId === undefined || r.embedId === f.embedId)),
    f.from,
    f.to,
    weight,
  );
}

async function expectSameStats(records: readonly Rec[], filters: DemandFilter[], buildings: readonly BuildingFacts[] = []): Promise<void> {
  for (const f of filters) {
    const { stats, keys } = await loadDemandStats(env.DB, f);
    expect(norm(stats), JSON.stringify(f)).toEqual(norm(expected(records, f)));
    expect(norm(keys), `key sums ${JSON.stringify(f)}`).toEqual(norm(expected(records, f, 'cellKey')));
    // The fit groups are split by legal form; "demand for this building" must still count each record once.
    const raw = rawGroups(records, f);
    for (const b of buildings) expect(demandForBuilding(b, stats.fitGroups), JSON.stringify(b)).toEqual(demandForBuilding(b, raw));
  }
}

/** The fit groups the old way: one group per distinct band combination, with the whole legal-form list. */
function rawGroups(records: readonly Rec[], f: DemandFilter): DemandGroup[] {
  const groups = new Map<string, DemandGroup>();
  for (const r of records) {
    if (r.regionOrganizationId !== f.organizationId || (f.embedId !== undefined && r.embedId !== f.embedId) || r.isoWeek < f.from || r.isoWeek > f.to) continue;
    const key = JSON.stringify([r.seekerType, r.householdType, r.legalForms, r.equityBand, r.budgetBand, r.barrierFreeNeed]);
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { seekerType: r.seekerType, householdType: r.householdType, legalForms: r.legalForms, equityBand: r.equityBand, budgetBand: r.budgetBand, barrierFreeNeed: r.barrierFreeNeed, n: 1 });
  }
  return [...groups.values()];
}

const buildingArb: fc.Arbitrary<BuildingFacts> = fc.record({
  legalForm: fc.constantFrom(...FORMS, 'other'),
  equityRequiredCents: fc.constantFrom(0, 500_000, 3_000_000, 12_000_000, 60_000_000),
  monthlyCostMinCents: fc.constantFrom(null, 40_000, 90_000, 140_000, 200_000),
  unitsTotal: fc.integer({ min: 1, max: 12 }),
  freePlaces: fc.integer({ min: 0, max: 6 }),
  barrierFree: fc.boolean(),
  childrenWelcome: fc.boolean(),
});

const filterArb = fc.record({
  organizationId: fc.constantFrom(...REGIONS),
  weeks: fc.tuple(fc.integer({ min: 0, max: WEEKS.length - 1 }), fc.integer({ min: 0, max: WEEKS.length - 1 })),
  embedId: fc.option(fc.constantFrom('emb_a1', 'emb_a2', 'emb_b1'), { nil: undefined }),
}).map(({ organizationId, weeks: [a, b], embedId }): DemandFilter => ({
  organizationId,
  from: WEEKS[Math.min(a, b)]!,
  to: WEEKS[Math.max(a, b)]!,
  ...(embedId ? { embedId } : {}),
}));

const cube = async () =>
  (await env.DB.prepare('SELECT region_organization_id AS r, iso_week AS w, embed_id AS e, dimension AS d, key AS k, n, ksum FROM demand_weekly ORDER BY r, w, e, d, k').all()).results;

/** The backfill statement of migration 0008 (0007's with key sums): the GROUP BY of the records as the migration builds it. */
function backfillStatement(): string {
  const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0008_'));
  const sql = migration?.queries.find((q) => /INSERT INTO demand_weekly/.test(q) && !/CREATE TRIGGER/.test(q));
  if (!sql) throw new Error('migration 0008 has no backfill statement');
  return sql;
}

describe('demand_weekly', () => {
  it('gives the same dashboard stats as the raw records, for random records, filters, deletes and updates', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(recordArb, { maxLength: 60 }),
        fc.array(filterArb, { minLength: 3, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 15 }),
        fc.array(fc.tuple(fc.nat(), recordArb), { maxLength: 10 }),
        fc.array(buildingArb, { minLength: 1, maxLength: 8 }),
        async (generated, filters, deletions, updates, buildings) => {
          // Start each run from an empty table, so a failing run cannot leak into the shrunk ones.
          await env.DB.batch([env.DB.prepare('DELETE FROM demand_records'), env.DB.prepare('DELETE FROM demand_weekly')]);
          let records: Rec[] = generated.map((r, i) => ({ ...r, id: `dem_${i}` }));
          await run(records.map(insert));
          const all = [...filters, ...REGIONS.map((organizationId) => ({ organizationId, from: WEEKS[0]!, to: WEEKS.at(-1)! }))];
          await expectSameStats(records, all, buildings);

          // Delete some records (the delete trigger; what retention or an erasure would do).
          if (records.length > 0) {
            const gone = new Set(deletions.map((i) => records[i % records.length]!.id));
            await run([...gone].map((id) => env.DB.prepare('DELETE FROM demand_records WHERE id = ?').bind(id)));
            records = records.filter((r) => !gone.has(r.id));
          }
          // Rewrite some records in place (the update trigger), moving them between weeks, embeds and bands.
          if (records.length > 0) {
            const changed = new Map(updates.map(([i, r]) => [records[i % records.length]!.id, r]));
            await run(
              [...changed].map(([id, r]) =>
                env.DB.prepare(
                  'UPDATE demand_records SET embed_id = ?, region_organization_id = ?, origin_district_key = ?, iso_week = ?, household_type = ?, age_bands = ?, legal_forms = ?, priorities = ?, barrier_free_need = ?, any_match = ?, cell_key = ? WHERE id = ?',
                ).bind(r.embedId, r.regionOrganizationId, r.originDistrictKey, r.isoWeek, r.householdType, JSON.stringify(r.ageBands), JSON.stringify(r.legalForms), JSON.stringify(r.priorities), r.barrierFreeNeed ? 1 : 0, r.anyMatch ? 1 : 0, r.cellKey, id),
              ),
            );
            records = records.map((rec) => {
              const r = changed.get(rec.id);
              return r
                ? { ...rec, embedId: r.embedId, regionOrganizationId: r.regionOrganizationId, originDistrictKey: r.originDistrictKey, isoWeek: r.isoWeek, householdType: r.householdType, ageBands: r.ageBands, legalForms: r.legalForms, priorities: r.priorities, barrierFreeNeed: r.barrierFreeNeed, anyMatch: r.anyMatch, cellKey: r.cellKey }
                : rec;
            });
          }
          await expectSameStats(records, all, buildings);

          // No empty cells are left behind, and the triggers' table equals the migration's backfill.
          const kept = await cube();
          expect(kept.every((c) => Number(c.n) > 0 && Number(c.ksum) >= 0)).toBe(true);
          await env.DB.prepare('DELETE FROM demand_weekly').run();
          await env.DB.prepare(backfillStatement()).run();
          expect(await cube()).toEqual(kept);
        },
      ),
      { numRuns: 25 },
    );
  }, 180_000);

  it('reads only the cells of the period and region, never the records', async () => {
    await env.DB.prepare('DELETE FROM demand_records').run();
    const base: Omit<Rec, 'id' | 'isoWeek' | 'regionOrganizationId'> = {
      cellKey: 7,
      embedId: 'emb_a1', originDistrictKey: '14626', seekerType: 'household', householdType: 'couple', sizeBand: '2', ageBands: ['30-44'], budgetBand: '800-1099',
      equityBand: 'lt10k', legalForms: ['cooperative'], timeline: 'now', priorities: [], barrierFreeNeed: false, bestScoreBand: '60-79', anyMatch: true,
    };
    // 200 identical records in one week of org_a, 200 in another week, 200 in org_b.
    const records: Rec[] = [
      ...Array.from({ length: 200 }, (_, i) => ({ ...base, id: `in_${i}`, isoWeek: '2026-W02', regionOrganizationId: 'org_a' })),
      ...Array.from({ length: 200 }, (_, i) => ({ ...base, id: `before_${i}`, isoWeek: '2026-W01', regionOrganizationId: 'org_a' })),
      ...Array.from({ length: 200 }, (_, i) => ({ ...base, id: `other_${i}`, isoWeek: '2026-W02', regionOrganizationId: 'org_b' })),
    ];
    await run(records.map(insert));
    const { stats, rowsRead } = await loadDemandStats(env.DB, { organizationId: 'org_a', from: '2026-W02', to: '2026-W02' });
    expect(stats.total).toBe(200);
    // One cell per dimension value of the week (total, size, timeline, origin, household, budget,
    // equity, barrier_free, fit, age = 10; matched, so no unmet), read once by the lookup of the
    // period (plus a few rows for the period list and the end of the range) and once more from the
    // GROUP BY's sorter; not 200 records, and nothing of the other week or region.
    expect(rowsRead).toBeLessThanOrEqual(2 * 10 + 3);
  });

  it('stays equal to the records written by the real POST /v1/matches route', async () => {
    await insertFixtures();
    const answers = [
      household,
      { ...household, 'who.children': { value: 2 }, 'who.originPostcode': { value: '01067' }, 'money.maxMonthlyCost': { value: 950 } },
      { ...household, 'who.ageBands': { value: ['65+'], importance: 3 }, 'money.legalForms': { value: ['rental', 'cooperative'], importance: 2 }, 'money.equity': { value: 'lt10k' } },
      { ...household, 'needs.barrierFree': { value: true, importance: 3 }, 'where.timeline': { value: 'now' }, 'money.maxMonthlyCost': { value: 400 } },
      { 'who.seekerType': { value: 'group' }, 'who.households': { value: 5 }, 'who.adults': { value: 9 }, 'who.children': { value: 4 }, 'money.legalForms': { value: ['syndicate'] } },
      { ...household, 'who.adults': { value: 1 }, 'who.ageBands': { value: ['u30'] }, 'money.equity': { value: 'gt150k' }, 'community.meals': { value: 'daily', importance: 3 } },
    ];
    for (const a of [...answers, ...answers]) expect((await postJson('/v1/matches', { key: 'pk_test_region', answers: a })).status).toBe(200);

    const { results } = await env.DB.prepare('SELECT * FROM demand_records').all<Record<string, unknown>>();
    expect(results.length).toBe(2 * answers.length);
    const records: Rec[] = results.map((r) => ({
      id: String(r.id),
      embedId: (r.embed_id as string | null) ?? null,
      regionOrganizationId: String(r.region_organization_id),
      originDistrictKey: (r.origin_district_key as string | null) ?? null,
      isoWeek: String(r.iso_week),
      seekerType: r.seeker_type === 'group' ? 'group' : 'household',
      householdType: String(r.household_type),
      sizeBand: String(r.size_band),
      ageBands: JSON.parse(String(r.age_bands)) as string[],
      budgetBand: String(r.budget_band),
      equityBand: String(r.equity_band),
      legalForms: JSON.parse(String(r.legal_forms)) as string[],
      timeline: String(r.timeline),
      priorities: JSON.parse(String(r.priorities)) as string[],
      barrierFreeNeed: Number(r.barrier_free_need) === 1,
      bestScoreBand: String(r.best_score_band),
      anyMatch: Number(r.any_match) === 1,
      cellKey: r.cell_key as number | null,
    }));
    // The route gives every record a random key 0–255.
    expect(records.every((r) => Number.isInteger(r.cellKey) && r.cellKey! >= 0 && r.cellKey! < 256)).toBe(true);
    expect(new Set(records.map((r) => r.cellKey)).size).toBeGreaterThan(1);
    // The route stamps the current week; a window around it keeps the test stable at midnight on Sunday.
    const from = isoWeek(Date.now() - 7 * 86_400_000);
    const to = isoWeek(Date.now() + 7 * 86_400_000);
    // The records really vary in the bands the cube splits on.
    expect(new Set(records.map((r) => r.householdType)).size).toBeGreaterThanOrEqual(4);
    expect(records.some((r) => r.ageBands.length > 0 && r.legalForms.length > 1 && r.priorities.length > 0)).toBe(true);
    const { stats } = await loadDemandStats(env.DB, { organizationId: 'org_town', from, to });
    expect(stats.total).toBe(2 * answers.length);
    await expectSameStats(records, [
      { organizationId: 'org_town', from, to },
      { organizationId: 'org_town', from, to, embedId: 'emb_town' },
      { organizationId: 'org_town', from: '2020-W01', to },
    ]);
  });
});
