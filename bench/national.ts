/**
 * National scale (the last part of `npm run bench`, left out with `-- --quick`; alone: `npx tsx
 * bench/national.ts`; the data takes minutes to generate): 100,000 listings spread over Germany by
 * the postcode table, one provider per state, municipality embeds for 20 districts and one for a whole state, and
 * 1,000,000 demand records, 200,000 of them in one district. Prints `/v1/matches` against
 * `/v1/health` in local workerd, the engine's CPU per request on the largest cached scope (Node),
 * and the dashboard of the 200,000-record district rendered in workerd (rows read per render).
 * Asserts nothing.
 */
import { pathToFileURL } from 'node:url';
import { BUDGET_BANDS, EQUITY_BANDS, HOUSEHOLD_TYPES, isoWeek, SCORE_BANDS, SIZE_BANDS, TIMELINES } from '../worker/demand/bands';
import { demandRecords, embeds, listings, organizations, regionApprovals, type NewListing } from '../worker/db/schema';
import { matchPrepared, prepareListings } from '../worker/matching/engine';
import type { Answers } from '../worker/questionnaire/types';
import { insertStatements } from '../worker/seed/sql';
import { generateListings, prng } from './engine';
import { FLOOR_PATH, printFloor, printMatches } from './matches';
import { measureMatches, ORIGIN, percentile, runLiteral, startWorker } from './workerd';

const LISTINGS = 100_000;
const DEMAND = 1_000_000;
const DASHBOARD_DISTRICT_RECORDS = 200_000;
const DISTRICT_EMBEDS = 20;
const REQUESTS = 200;
const RENDERS = 40;

interface Postcode {
  postcode: string;
  place: string;
  district_key: string;
  state: string;
  lat: number;
  lon: number;
}

export async function benchNational(): Promise<void> {
  const t0 = performance.now();
  // The Worker as deployed plus the floor's route (bench/matches-floor-worker.ts).
  const worker = await startWorker({ dashboard: true, entry: 'bench/matches-floor-worker.ts' });
  const { mf, d1 } = worker;
  try {
    const now = Date.now();
    const rnd = prng(2026);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const codes = (await d1.prepare('SELECT postcode, place, district_key, state, lat, lon FROM postcodes ORDER BY postcode').all<Postcode>()).results;
    const states = [...new Set(codes.map((c) => c.state))].sort();
    const providerOf = (state: string) => `org_provider_${states.indexOf(state)}`;

    // The dashboard's district is the one with the most postcodes (a city); the rest are drawn.
    const byDistrict = new Map<string, Postcode[]>();
    for (const c of codes) byDistrict.set(c.district_key, [...(byDistrict.get(c.district_key) ?? []), c]);
    const districts = [...byDistrict.keys()].sort((a, b) => byDistrict.get(b)!.length - byDistrict.get(a)!.length || (a < b ? -1 : 1));
    const chosen = [districts[0]!, ...districts.slice(1).filter(() => rnd() < 0.1)].slice(0, DISTRICT_EMBEDS);
    // The table names some states in German and some in English.
    const wholeState = ['Sachsen', 'Saxony'];
    const municipalities = [
      ...chosen.map((key, i) => ({ id: `org_m${i}`, keys: [key] })),
      { id: 'org_state', keys: [...new Set(codes.filter((c) => wholeState.includes(c.state)).map((c) => c.district_key))] },
    ];
    const statesOf = (keys: string[]) => [...new Set(codes.filter((c) => keys.includes(c.district_key)).map((c) => c.state))];
    await runLiteral(d1, [
      ...insertStatements(organizations, [
        ...states.map((s, i) => ({ id: `org_provider_${i}`, kind: 'provider' as const, name: `Anbieter ${s}`, slug: `anbieter-${i}`, createdAt: now })),
        ...municipalities.map((m) => ({ id: m.id, kind: 'municipality' as const, name: m.id, slug: m.id, regionDistrictKeys: m.keys, createdAt: now })),
      ]),
      ...insertStatements(embeds, municipalities.map((m) => ({ id: `emb_${m.id}`, organizationId: m.id, name: m.id, publishableKey: `pk_${m.id}`, allowedOrigins: [ORIGIN], scope: 'region' as const, createdAt: now }))),
      ...insertStatements(regionApprovals, municipalities.flatMap((m) => statesOf(m.keys).map((s) => ({ municipalityId: m.id, providerId: providerOf(s), state: 'approved' as const, createdAt: now, decidedAt: now })))),
    ]);

    const rows: NewListing[] = generateListings(LISTINGS, 99, 40).map((l, i) => {
      const at = pick(codes);
      return {
        ...l,
        id: `lst_${String(i).padStart(6, '0')}`,
        organizationId: providerOf(at.state),
        status: 'published',
        title: `Projekt ${i}`,
        summary: 'Generiert für den Benchmark.',
        description: 'Generiert für den Benchmark.',
        postcode: at.postcode,
        place: at.place,
        districtKey: at.district_key,
        lat: at.lat + (rnd() - 0.5) * 0.05,
        lon: at.lon + (rnd() - 0.5) * 0.08,
        unitsTotal: 10,
        freePlaces: l.kind === 'property' ? 6 : l.freePlaces,
        confirmedAt: now - i * 1000,
        createdAt: now,
        updatedAt: now,
      };
    });
    await runLiteral(d1, insertStatements(listings, rows), 10);

    const week = (w: number) => isoWeek(now - w * 7 * 86_400_000);
    const demandRows = (from: number, count: number, m: { id: string; keys: string[] }) =>
      Array.from({ length: count }, (_, i) => ({
        id: `dem_${from + i}`,
        embedId: `emb_${m.id}`,
        regionOrganizationId: m.id,
        originDistrictKey: rnd() < 0.7 ? pick(m.keys) : pick(districts),
        isoWeek: week(Math.floor(rnd() * 52)),
        seekerType: 'household' as const,
        householdType: pick(HOUSEHOLD_TYPES.filter((h) => h !== 'group')),
        sizeBand: pick(SIZE_BANDS.filter((b) => b !== 'group')),
        ageBands: [pick(['u30', '30-44', '45-64', '65+'])],
        budgetBand: pick(BUDGET_BANDS),
        equityBand: pick(EQUITY_BANDS),
        legalForms: [pick(['cooperative', 'syndicate', 'rental'])],
        timeline: pick(TIMELINES),
        priorities: [],
        barrierFreeNeed: rnd() < 0.15,
        bestScoreBand: pick(SCORE_BANDS),
        anyMatch: rnd() < 0.6,
      }));
    // In parts, so the generator never holds a million objects; the triggers fill demand_weekly.
    const PART = 50_000;
    for (let from = 0; from < DEMAND; from += PART) {
      const m = from < DASHBOARD_DISTRICT_RECORDS ? municipalities[0]! : pick(municipalities.slice(1));
      await runLiteral(d1, insertStatements(demandRecords, demandRows(from, PART, m)), 20);
    }
    const setupS = ((performance.now() - t0) / 1000).toFixed(0);
    const size = (await d1.prepare('SELECT count(*) AS n FROM demand_weekly').run<{ n: number }>());
    console.log(
      `national data: ${LISTINGS.toLocaleString('en')} listings, ${DEMAND.toLocaleString('en')} demand records, ${size.results[0]!.n.toLocaleString('en')} demand_weekly rows; database ${(Number(size.meta.size_after) / 1e9).toFixed(2)} GB (D1 limit 10 GB); setup ${setupS} s`,
    );

    // Seekers: around a postcode of each embed's region, and region-wide.
    const seekers: { key: string; answers: Answers }[] = municipalities.flatMap((m, i) => {
      const at = codes.find((c) => c.district_key === m.keys[i % m.keys.length])!;
      const base: Answers = { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: i % 3 }, 'money.maxMonthlyCost': { value: 1100, importance: 2 } };
      return [
        { key: `pk_${m.id}`, answers: { ...base, 'where.postcode': { value: at.postcode }, 'where.radiusKm': { value: '50' } } },
        { key: `pk_${m.id}`, answers: { ...base, 'community.meals': { value: 'weekly' } } },
      ];
    });
    const figures = await measureMatches(worker, seekers, REQUESTS, 'lst_000000', { floorPath: FLOOR_PATH });
    printMatches(
      `national, local workerd, ${LISTINGS.toLocaleString('en')} listings over ${codes.length.toLocaleString('en')} postcodes, ${DEMAND.toLocaleString('en')} demand records, ${municipalities.length} embeds, ${REQUESTS} requests; setup ${setupS} s`,
      figures,
      1.5,
    );
    printFloor(figures);

    // Engine CPU per request on the largest scope an isolate keeps (the state embed), in Node.
    const state = municipalities.at(-1)!;
    const scope = rows.filter((l) => state.keys.includes(l.districtKey)) as unknown as Parameters<typeof prepareListings>[0];
    const prepared = prepareListings(scope);
    const cpu: number[] = [];
    const stateSeekers = seekers.filter((s) => s.key === `pk_${state.id}`);
    for (let i = 0; i < 30; i++) matchPrepared(stateSeekers[i % 2]!.answers, prepared, {}, { limit: 20 });
    for (let i = 0; i < 200; i++) {
      const c0 = process.cpuUsage();
      matchPrepared(stateSeekers[i % 2]!.answers, prepared, {}, { limit: 20 });
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    console.log(`national engine CPU per request (${scope.length.toLocaleString('en')} listings of the state embed, first 20 + total): median ${percentile(cpu, 50).toFixed(2)} ms, p95 ${percentile(cpu, 95).toFixed(2)} ms (goal < 10 ms)`);

    // The dashboard of the district with 200,000 records, rendered inside workerd on the same D1
    // (bench/dashboard-worker.ts): where it runs in production, its batch one round trip.
    const dashboard = await mf.getWorker('dashboard');
    const render = (url: string) => dashboard.fetch(url, { headers: { 'x-bench-organization': municipalities[0]!.id } });
    for (const weeks of [12, 52]) {
      const url = `http://bench.local/dashboard?from=${week(weeks - 1)}&to=${week(0)}`;
      for (let i = 0; i < 3; i++) await (await render(url)).arrayBuffer();
      const times: number[] = [];
      const read: number[] = [];
      for (let i = 0; i < RENDERS; i++) {
        const t = performance.now();
        const res = await render(url);
        await res.text();
        times.push(performance.now() - t);
        if (res.status !== 200) throw new Error(`dashboard answered ${res.status}`);
        read.push(Number(res.headers.get('x-rows-read')));
      }
      console.log(
        `national dashboard (district ${municipalities[0]!.keys[0]} with ${DASHBOARD_DISTRICT_RECORDS.toLocaleString('en')} records of ${DEMAND.toLocaleString('en')}, ${weeks} weeks, ${RENDERS} renders in local workerd): ` +
          `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (goal p95 < 100 ms); D1 rows read per render ${percentile(read, 50).toLocaleString('en')}`,
      );
    }
  } finally {
    await mf.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchNational();
