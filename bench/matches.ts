/**
 * End-to-end benchmark of `POST /v1/matches` in local workerd (Miniflare): a generated region with
 * 10,000 published listings and 100,000 demand records, the Worker bundled as for deploy plus one
 * bench-only route (bench/matches-floor-worker.ts). Every request writes its demand record (after
 * its answer, as the route does; its rows are printed apart). Prints p50/p95 latency, the ratio of
 * its p95 to `/v1/health`'s (one D1 round trip) in the same run, D1 rows read per warm request
 * (X-Rows-Read, development only), and the first request of a cold isolate and after a listing
 * write; and the floor under the ratio, timed in the same rounds: the same `POST` through the same
 * middleware and its one read, answering before the route's own work.
 * Run: `npx tsx bench/matches.ts`. Asserts nothing.
 */
import { pathToFileURL } from 'node:url';
import { drizzle } from 'drizzle-orm/d1';
import { insertStatements } from '../worker/seed/sql';
import { demandRecords, embeds, listings, organizations, regionApprovals, type NewListing } from '../worker/db/schema';
import { BUDGET_BANDS, EQUITY_BANDS, HOUSEHOLD_TYPES, isoWeek, SCORE_BANDS, SIZE_BANDS, TIMELINES } from '../worker/demand/bands';
import type { Answers } from '../worker/questionnaire/types';
import { generateListings, prng } from './engine';
import { measureMatches, ORIGIN, runLiteral, startWorker, type MatchesFigures } from './workerd';

const LISTINGS = 10_000;
const DEMAND = 100_000;
const REQUESTS = 150;
const KEY = 'pk_bench_region';
/** `bench/matches-floor-worker.ts`'s route. */
export const FLOOR_PATH = '/v1/matches-floor';

/** Seekers the benchmark cycles through: area searches and region-wide ones. */
const SEEKERS: Answers[] = [
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 0 }, 'where.postcode': { value: '02826' }, 'where.radiusKm': { value: '25' }, 'money.maxMonthlyCost': { value: 1000, importance: 2 }, 'community.meals': { value: 'weekly' } },
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 2 }, 'who.pets': { value: 'dog' }, 'money.maxMonthlyCost': { value: 1100, importance: 3 }, 'money.equity': { value: 'none' } },
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 1 }, 'who.children': { value: 0 }, 'needs.barrierFree': { value: true, importance: 3 }, 'where.postcode': { value: '02763' }, 'where.radiusKm': { value: '50' } },
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 0 }, 'who.ageBands': { value: ['65+'] }, 'community.ageMix': { value: 'multigen', importance: 2 }, 'needs.atmosphere': { value: 'quiet', importance: 2 } },
  { 'who.seekerType': { value: 'group' }, 'who.households': { value: 5 }, 'who.adults': { value: 9 }, 'who.children': { value: 5 } },
];

export async function benchMatches(): Promise<void> {
  // The Worker as deployed plus the floor's route (bench/matches-floor-worker.ts).
  const worker = await startWorker({ entry: 'bench/matches-floor-worker.ts' });
  const { mf, d1 } = worker;
  try {
    const db = drizzle(d1);
    const now = Date.now();
    await db.insert(organizations).values([
      { id: 'org_region', kind: 'municipality', name: 'Benchkreis', slug: 'benchkreis', regionDistrictKeys: ['14626'], createdAt: now },
      { id: 'org_provider', kind: 'provider', name: 'Bench-Anbieter', slug: 'bench-anbieter', createdAt: now },
    ]);
    await db.insert(embeds).values({ id: 'emb_bench', organizationId: 'org_region', name: 'Bench', publishableKey: KEY, allowedOrigins: [ORIGIN], scope: 'region', createdAt: now });
    // The region has approved its provider (worker/curation): the embed shows its listings.
    await db.insert(regionApprovals).values({ municipalityId: 'org_region', providerId: 'org_provider', state: 'approved', createdAt: now, decidedAt: now });

    const rows: NewListing[] = generateListings(LISTINGS, 42, 40).map((l, i) => ({
      ...l,
      organizationId: 'org_provider',
      status: 'published',
      title: `Projekt ${i}`,
      summary: 'Generiert für den Benchmark.',
      description: 'Generiert für den Benchmark.',
      postcode: '02826',
      place: 'Görlitz',
      districtKey: '14626',
      unitsTotal: 10,
      freePlaces: l.kind === 'property' ? 6 : l.freePlaces,
      confirmedAt: now - i * 1000,
      createdAt: now,
      updatedAt: now,
    }));
    await runLiteral(d1, insertStatements(listings, rows));

    const rnd = prng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const demand = Array.from({ length: DEMAND }, (_, i) => ({
      id: `dem_${i}`,
      embedId: 'emb_bench',
      regionOrganizationId: 'org_region',
      originDistrictKey: pick(['14612', '14713', '11000', '14626', '14625']),
      isoWeek: isoWeek(now - Math.floor(rnd() * 84) * 86_400_000),
      seekerType: 'household' as const,
      householdType: pick(HOUSEHOLD_TYPES),
      sizeBand: pick(SIZE_BANDS),
      ageBands: [pick(['u30', '30-44', '45-64', '65+'])],
      budgetBand: pick(BUDGET_BANDS),
      equityBand: pick(EQUITY_BANDS),
      legalForms: [pick(['cooperative', 'syndicate', 'rental'])],
      timeline: pick(TIMELINES),
      priorities: [],
      barrierFreeNeed: rnd() < 0.2,
      bestScoreBand: pick(SCORE_BANDS),
      anyMatch: rnd() < 0.6,
    }));
    await runLiteral(d1, insertStatements(demandRecords, demand));

    const figures = await measureMatches(worker, SEEKERS.map((answers) => ({ key: KEY, answers })), REQUESTS, 'lst_00000', { floorPath: FLOOR_PATH });
    // The read path alone (statsOptOut: no demand record), to show what the record's write costs.
    const optOut = await measureMatches(worker, SEEKERS.map((answers) => ({ key: KEY, answers })), REQUESTS, 'lst_00001', { statsOptOut: true });
    printMatches(`local workerd, ${LISTINGS.toLocaleString('en')} listings, ${DEMAND.toLocaleString('en')} demand records, ${REQUESTS} requests`, figures, 1.3, optOut.rowsMax);
    // The demand record is written after the answer (worker/demand/write-record.ts): its cost, apart.
    const { sql: insert, params } = drizzle(d1).insert(demandRecords).values({ ...demand[0]!, id: 'dem_written_apart', cellKey: 7 }).toSQL();
    const written = await d1.prepare(insert).bind(...params).run();
    console.log(`matches demand record, written after the answer: ${written.meta.rows_read} D1 rows read, ${written.meta.rows_written} written (the insert, its indexes and the demand_weekly trigger upserts)`);
    console.log(`matches without a demand record (statsOptOut): p50 ${optOut.p50.toFixed(1)} ms, p95 ${optOut.p95.toFixed(1)} ms, ${(optOut.p95 / optOut.healthP95).toFixed(2)}× /v1/health p95 ${optOut.healthP95.toFixed(1)} ms; D1 rows read median ${optOut.rowsMedian}, max ${optOut.rowsMax}`);
    printFloor(figures);
  } finally {
    await mf.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchMatches();

/**
 * The floor's line: the same `POST` through the same middleware and its one read, answering before
 * any of the route's own work (bench/matches-floor-worker.ts), timed in the same rounds as the
 * route, against the same `/v1/health` requests.
 */
export function printFloor(f: MatchesFigures): void {
  if (!f.floor) throw new Error('measured without floorPath');
  const p95 = f.floor.p95 / f.healthP95;
  const p50 = f.floor.p50 / f.healthP50;
  console.log(
    `matches floor (the same POST through the same middleware and its one read, answering before validation, ranking or cards; same rounds): ` +
      `p50 ${f.floor.p50.toFixed(1)} ms, p95 ${f.floor.p95.toFixed(1)} ms; vs /v1/health p95 ${p95.toFixed(2)}×, p50 ${p50.toFixed(2)}× — ` +
      `the route ${(f.p95 / f.floor.p95).toFixed(2)}× the floor at p95, ${(f.p50 / f.floor.p50).toFixed(2)}× at p50`,
  );
}

/** The lines `npm run bench` prints for a matches run (shared with bench/national.ts). */
export function printMatches(setting: string, f: MatchesFigures, healthGoal: number, withoutRecord?: number): void {
  console.log(`matches e2e (${setting}): p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms (goal p95 < 50 ms)`);
  const besides = withoutRecord === undefined ? '' : `; without a demand record at most ${withoutRecord}`;
  console.log(`matches D1 rows read per request: median ${f.rowsMedian}, max ${f.rowsMax} (goal < 50; warm cache: the version row; the demand record is written after the answer${besides}; ${f.coldAnswers} of the timed requests took the cold path)`);
  console.log(`matches p95 vs /v1/health p95 ${f.healthP95.toFixed(1)} ms: ${(f.p95 / f.healthP95).toFixed(2)}× (goal ≤ ${healthGoal}×); p50 vs /v1/health p50 ${f.healthP50.toFixed(1)} ms: ${(f.p50 / f.healthP50).toFixed(2)}×`);
  console.log(`matches cold isolate, first request: ${f.firstRequest.toFixed(0)} ms (loads and prepares the scope); first request after a listing write: ${f.afterWrite.toFixed(0)} ms`);
}
