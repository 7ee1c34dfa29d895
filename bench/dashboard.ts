/**
 * Benchmark of the municipality dashboard on 100,000 demand records in one region. D1 is the local
 * workerd D1 (wrangler's getPlatformProxy, a throw-away persist dir); the sub-app runs in Node and is
 * called through `app.request`, mounted like the admin will mount it. Prints p50/p95 of a full
 * render of the dashboard page (queries + suppression + HTML; 12 and 52 weeks) and the D1 rows read
 * per render (X-Rows-Read). Run: `npx tsx bench/dashboard.ts`. Asserts nothing.
 * The dashboard reads demand_weekly, which the triggers of migrations 0007/0008 fill as the generator inserts
 * the records (the renders measure reading only; the setup inserts more slowly than before).
 * The generator's bands are uniform and independent: nearly every fit group occurs every week, the
 * worst case for the pre-aggregation (real demand is far more concentrated).
 * (The installed miniflare beta refuses the single-worker options bench/matches.ts uses, hence
 * the platform proxy here; queries cross a local socket, so the figures are pessimistic.)
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { drizzle } from 'drizzle-orm/d1';
import { Hono } from 'hono';
import { getPlatformProxy } from 'wrangler';
import { createDashboard, type DashboardEnv } from '../worker/dashboard/app';
import { messages } from '../worker/dashboard/locales';
import { loadDashboardData, loadRegion } from '../worker/demand/dashboard-data';
import { dashboardTables } from '../worker/dashboard/tables';
import { chunkForInsert } from '../worker/db/chunk';
import { demandRecords, embeds, listings, organizations, regionApprovals, type NewListing } from '../worker/db/schema';
import { BUDGET_BANDS, EQUITY_BANDS, HOUSEHOLD_TYPES, isoWeek, SCORE_BANDS, SIZE_BANDS, TIMELINES } from '../worker/demand/bands';
import { AGE_BANDS, LEGAL_FORM_PREFERENCES, PRIORITY_QUESTION_IDS } from '../worker/demand/bands';
import { prng } from './engine';
import { migrations, percentile } from './workerd';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEMAND = 100_000;
// Enough renders that p95 is not just the second-slowest of a handful.
const REQUESTS = 60;

export async function benchDashboard(): Promise<void> {
  mkdirSync(join(ROOT, '.wrangler'), { recursive: true });
  const persist = mkdtempSync(join(ROOT, '.wrangler', 'bench-dashboard-'));
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
  process.env.WRANGLER_SEND_METRICS = 'false';
  const proxy = await getPlatformProxy<{ DB: D1Database }>({ configPath: join(ROOT, 'wrangler.toml'), persist: { path: persist } });
  const app = new Hono<DashboardEnv>();
  app.use('*', async (c, next) => {
    c.set('organizationId', 'org_region');
    c.set('role', 'viewer');
    await next();
  });
  app.route('/dashboard', createDashboard());
  try {
    const d1 = proxy.env.DB;
    for (const stmt of migrations()) await d1.prepare(stmt).run();
    const db = drizzle(d1 as unknown as D1Database);
    const now = Date.now();
    await db.insert(organizations).values([
      { id: 'org_region', kind: 'municipality', name: 'Benchkreis', slug: 'benchkreis', regionDistrictKeys: ['14626'], createdAt: now },
      { id: 'org_provider', kind: 'provider', name: 'Bench-Anbieter', slug: 'bench-anbieter', createdAt: now },
    ]);
    await db.insert(embeds).values({ id: 'emb_bench', organizationId: 'org_region', name: 'Bench', publishableKey: 'pk_bench', allowedOrigins: [], scope: 'region', createdAt: now });
    // Approved, so the dashboard's property table has its 25 properties to judge (worker/curation).
    await db.insert(regionApprovals).values({ municipalityId: 'org_region', providerId: 'org_provider', state: 'approved', createdAt: now, decidedAt: now });
    const stages = ['forming', 'planning', 'building', 'occupied'] as const;
    const forms = ['cooperative', 'syndicate', 'ownership', 'rental', 'foundation'] as const;
    const rows: NewListing[] = Array.from({ length: 200 }, (_, i) => ({
      id: `lst_${i}`, organizationId: 'org_provider', kind: i % 8 === 0 ? 'property' : 'project', status: 'published', title: `Projekt ${i}`, summary: '-', description: '-',
      postcode: '02826', place: 'Görlitz', districtKey: '14626', lat: 51.15, lon: 14.98, settlement: 'town', stage: stages[i % 4]!, legalForm: forms[i % 5]!,
      unitsTotal: 10, freePlaces: i % 4, equityRequiredCents: (i % 5) * 2_000_000, confirmedAt: now, createdAt: now, updatedAt: now,
    }));
    for (const part of chunkForInsert(listings, rows)) await db.insert(listings).values(part);

    const rnd = prng(11);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const some = <T>(xs: readonly T[], p: number): T[] => xs.filter(() => rnd() < p);
    const demand = Array.from({ length: DEMAND }, (_, i) => {
      const group = rnd() < 0.1;
      return {
      id: `dem_${i}`,
      embedId: 'emb_bench',
      regionOrganizationId: 'org_region',
      originDistrictKey: pick(['14612', '14713', '11000', '14626', '14625', '02000', '09162', null]),
      isoWeek: isoWeek(now - Math.floor(rnd() * 364) * 86_400_000),
      seekerType: group ? ('group' as const) : ('household' as const),
      householdType: group ? 'group' : pick(HOUSEHOLD_TYPES.filter((h) => h !== 'group')),
      sizeBand: group ? 'group' : pick(SIZE_BANDS.filter((b) => b !== 'group')),
      ageBands: some(AGE_BANDS, 0.4),
      budgetBand: pick(BUDGET_BANDS),
      equityBand: pick(EQUITY_BANDS),
      legalForms: some(LEGAL_FORM_PREFERENCES, 0.35),
      timeline: pick(TIMELINES),
      priorities: some(PRIORITY_QUESTION_IDS, 0.1).slice(0, 3),
      barrierFreeNeed: rnd() < 0.15,
      bestScoreBand: pick(SCORE_BANDS),
      anyMatch: rnd() < 0.6,
      };
    });
    const parts = chunkForInsert(demandRecords, demand);
    for (let i = 0; i < parts.length; i += 50) await db.batch(parts.slice(i, i + 50).map((p) => db.insert(demandRecords).values(p)) as [never]);

    const to = isoWeek(now);
    for (const weeks of [12, 52]) {
      const from = isoWeek(now - (weeks - 1) * 7 * 86_400_000);
      const url = `http://bench.local/dashboard?from=${from}&to=${to}`;
      for (let i = 0; i < 3; i++) await (await app.request(url, {}, { DB: d1 } as never)).arrayBuffer(); // warm up
      const times: number[] = [];
      const rowsRead: number[] = [];
      let records = 0;
      for (let i = 0; i < REQUESTS; i++) {
        const t0 = performance.now();
        const res = await app.request(url, {}, { DB: d1 } as never);
        const html = await res.text();
        times.push(performance.now() - t0);
        if (res.status !== 200) throw new Error(`dashboard answered ${res.status}`);
        rowsRead.push(Number(res.headers.get('x-rows-read')));
        records = Number(/id="headline">([\d.]+)</.exec(html)?.[1]?.replaceAll('.', '') ?? 0);
      }
      // Where the time goes: the D1 batch alone, and suppression of the loaded figures alone.
      const region = (await loadRegion(d1, 'org_region'))!;
      const queries: number[] = [];
      const suppression: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        const data = await loadDashboardData(d1, { organizationId: 'org_region', from, to }, region);
        const t1 = performance.now();
        dashboardTables(data, messages('de'));
        suppression.push(performance.now() - t1);
        queries.push(t1 - t0);
      }
      console.log(
        `dashboard (local workerd, ${DEMAND.toLocaleString('en')} demand records in the region, ${weeks} weeks = ${records.toLocaleString('en')} in view, ${REQUESTS} renders): ` +
          `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (goal p95 < 200 ms); D1 rows read per render ${percentile(rowsRead, 50).toLocaleString('en')}; ` +
          `of which D1 queries p50 ${percentile(queries, 50).toFixed(1)} ms, suppression p50 ${percentile(suppression, 50).toFixed(1)} ms`,
      );
    }
  } finally {
    await proxy.dispose();
    rmSync(persist, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchDashboard();
