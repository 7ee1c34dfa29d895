/**
 * End-to-end benchmark of `POST /v1/matches` in local workerd (Miniflare): a generated region with
 * 10,000 published listings and 100,000 demand records, the Worker bundled as for deploy.
 * Prints p50/p95 latency, D1 rows read per request, and the ratio of the route's p95 to a bare read
 * of the same candidate rows. Run: `npx tsx bench/matches.ts`. Asserts nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { desc } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { build } from 'esbuild';
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { testDevVars } from '../scripts/dev-vars';
import { insertStatements } from '../worker/seed/sql';
import { demandRecords, embeds, listings, organizations, regionApprovals, type NewListing } from '../worker/db/schema';
import { BUDGET_BANDS, EQUITY_BANDS, HOUSEHOLD_TYPES, isoWeek, SCORE_BANDS, SIZE_BANDS, TIMELINES } from '../worker/demand/bands';
import { prefilterConditions, MAX_CANDIDATES } from '../worker/listings/search';
import type { Answers } from '../worker/questionnaire/types';
import { generateListings, prng } from './engine';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LISTINGS = 10_000;
const DEMAND = 100_000;
const REQUESTS = 150;
const ORIGIN = 'https://bench.example';
const KEY = 'pk_bench_region';

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function bundleWorker(entry = 'worker/index.ts', name = 'worker.mjs'): Promise<string> {
  const out = join(ROOT, '.wrangler', 'bench', name);
  await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    // workerd provides these (nodejs_compat), as in a deploy.
    external: ['node:*', 'cloudflare:*'],
    outfile: out,
    logLevel: 'error',
  });
  return out;
}

function migrations(): string[] {
  const dir = join(ROOT, 'migrations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('--> statement-breakpoint'))
    .map((s) => s.trim())
    // A chunk of only comments is no statement for D1.
    .filter((s) => s.split('\n').some((line) => line.trim() && !line.trim().startsWith('--')));
}

/** Bulk data as literal multi-row INSERTs (no bound parameters), many statements per round trip. */
async function runLiteral(d1: { batch: (s: never[]) => Promise<unknown>; prepare: (sql: string) => unknown }, statements: string[]): Promise<void> {
  for (let i = 0; i < statements.length; i += 100) await d1.batch(statements.slice(i, i + 100).map((sql) => d1.prepare(sql)) as never[]);
}

/** Seekers the benchmark cycles through: area searches and region-wide ones. */
const SEEKERS: Answers[] = [
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 0 }, 'where.postcode': { value: '02826' }, 'where.radiusKm': { value: '25' }, 'money.maxMonthlyCost': { value: 1000, importance: 2 }, 'community.meals': { value: 'weekly' } },
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 2 }, 'who.pets': { value: 'dog' }, 'money.maxMonthlyCost': { value: 1100, importance: 3 }, 'money.equity': { value: 'none' } },
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 1 }, 'who.children': { value: 0 }, 'needs.barrierFree': { value: true, importance: 3 }, 'where.postcode': { value: '02763' }, 'where.radiusKm': { value: '50' } },
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 0 }, 'who.ageBands': { value: ['65+'] }, 'community.ageMix': { value: 'multigen', importance: 2 }, 'needs.atmosphere': { value: 'quiet', importance: 2 } },
  { 'who.seekerType': { value: 'group' }, 'who.households': { value: 5 }, 'who.adults': { value: 9 }, 'who.children': { value: 5 } },
];

export async function benchMatches(): Promise<void> {
  const scriptPath = await bundleWorker();
  const bareScriptPath = await bundleWorker('bench/bare-read-worker.ts', 'bare-read.mjs');
  // Miniflare 5 takes the classic (v4) option shape through its converter.
  const mf = new Miniflare(
    convertV4MiniflareOptions({
    workers: [
      {
        name: 'bench',
        modules: true,
        scriptPath,
        compatibilityDate: '2026-11-01',
        compatibilityFlags: ['nodejs_compat'],
        d1Databases: { DB: 'bench-db' },
        // A high limit: the benchmark measures matching, not the rate limiter.
        ratelimits: { RATE_LIMIT_PUBLIC: { namespace_id: '1', simple: { limit: 1_000_000, period: 60 } } },
        // The development settings, as a local run has them (the route answers 503 without them).
        bindings: testDevVars(),
      },
      { name: 'bare-read', modules: true, scriptPath: bareScriptPath, compatibilityDate: '2026-11-01', d1Databases: { DB: 'bench-db' } },
    ],
    }),
  );
  try {
    const d1 = await mf.getD1Database('DB');
    for (const stmt of migrations()) await d1.prepare(stmt).run();
    const db = drizzle(d1 as unknown as D1Database);
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

    const post = (answers: Answers) =>
      mf.dispatchFetch('http://bench.local/v1/matches', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN },
        body: JSON.stringify({ key: KEY, answers, statsOptOut: true }),
      });
    for (let i = 0; i < 20; i++) await (await post(SEEKERS[i % SEEKERS.length]!)).arrayBuffer(); // warm up

    const route: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t0 = performance.now();
      const res = await post(SEEKERS[i % SEEKERS.length]!);
      await res.arrayBuffer();
      route.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`matches answered ${res.status}`);
    }

    // The bare read: the same candidate SELECT the route runs, in a Worker of its own on the same D1.
    const [{ embed, organization }] = [
      {
        embed: (await db.select().from(embeds).all())[0]!,
        organization: (await db.select().from(organizations).all()).find((o) => o.id === 'org_region')!,
      },
    ];
    const bare: number[] = [];
    const rowsRead: number[] = [];
    const centres: Record<string, { lat: number; lon: number }> = { '02826': { lat: 51.1503, lon: 14.9829 }, '02763': { lat: 50.9001, lon: 14.7704 } };
    for (let i = 0; i < REQUESTS; i++) {
      const answers = SEEKERS[i % SEEKERS.length]!;
      const code = answers['where.postcode']?.value as string | undefined;
      const ctx = code ? { target: { ...centres[code]!, radiusKm: Number(answers['where.radiusKm']?.value ?? 25) } } : {};
      const query = db.select().from(listings).where(prefilterConditions(answers, ctx, { embed, organization })).orderBy(desc(listings.confirmedAt), listings.id).limit(MAX_CANDIDATES).toSQL();
      const bareWorker = await mf.getWorker('bare-read');
      const t0 = performance.now();
      const res = await bareWorker.fetch('http://bare.local/', { method: 'POST', body: JSON.stringify({ sql: query.sql, params: query.params }) });
      const { rowsRead: read } = (await res.json()) as { rows: number; rowsRead: number };
      bare.push(performance.now() - t0);
      // + the embed lookup (1 row) and the postcode lookup (≤ 2 rows) the route also makes.
      rowsRead.push(read + 1 + (code ? 1 : 0));
    }

    const p95 = percentile(route, 95);
    const bareP95 = percentile(bare, 95);
    console.log(
      `matches e2e (local workerd, ${LISTINGS.toLocaleString('en')} listings, ${DEMAND.toLocaleString('en')} demand records, ${REQUESTS} requests): ` +
        `p50 ${percentile(route, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (goal p95 < 50 ms)`,
    );
    console.log(`matches D1 rows read per request: median ${percentile(rowsRead, 50)}, max ${Math.max(...rowsRead)} (goal < 5,000)`);
    console.log(`matches p95 vs bare candidate read p95 ${bareP95.toFixed(1)} ms: ${(p95 / bareP95).toFixed(2)}× (goal ≤ 1.5×)`);
  } finally {
    await mf.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchMatches();
