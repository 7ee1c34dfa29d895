/**
 * The Worker in local workerd (Miniflare) for the route benchmarks, bundled as for deploy, on a
 * fresh D1 with every migration applied; and the measurement of `/v1/matches` against
 * `/v1/health` (one D1 round trip) in the same run, interleaved so machine noise hits both alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { testDevVars } from '../scripts/dev-vars';
import type { Answers } from '../worker/questionnaire/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ORIGIN = 'https://bench.example';

export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function bundleWorker(entry = 'worker/index.ts', name = 'worker'): Promise<string> {
  const out = join(ROOT, '.wrangler', 'bench', `${name}.mjs`);
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

/** Every migration's statements in order, as wrangler applies them (for a bench's own D1). */
export function migrations(): string[] {
  const dir = join(ROOT, 'migrations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('--> statement-breakpoint'))
    .map((s) => s.trim())
    // A chunk of only comments is no statement for D1.
    .filter((s) => s.split('\n').some((line) => line.trim() && !line.trim().startsWith('--')));
}

export interface BenchWorker {
  mf: Miniflare;
  d1: D1Database;
}

/**
 * Starts the bundled Worker on an empty D1 with all migrations; with `dashboard`, the dashboard
 * Worker (bench/dashboard-worker.ts) beside it on the same D1, as `mf.getWorker('dashboard')`;
 * with `entry`, that module bundled instead of worker/index.ts (bench/matches-floor-worker.ts: the
 * Worker as deployed plus the floor's route).
 */
export async function startWorker({ dashboard = false, entry }: { dashboard?: boolean; entry?: string } = {}): Promise<BenchWorker> {
  const scriptPath = await bundleWorker(entry, entry ? entry.replace(/^.*\/|\.ts$/g, '') : undefined);
  const dashboardWorker = dashboard
    ? [{ name: 'dashboard', modules: true, scriptPath: await bundleWorker('bench/dashboard-worker.ts', 'dashboard'), compatibilityDate: '2026-11-01', compatibilityFlags: ['nodejs_compat'], d1Databases: { DB: 'bench-db' } }]
    : [];
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
          ratelimits: { RATE_LIMIT_PUBLIC: { namespace_id: '1', simple: { limit: 100_000_000, period: 60 } } },
          // The development settings, as a local run has them (the route answers 503 without them).
          bindings: testDevVars(),
        },
        ...dashboardWorker,
      ],
    }),
  );
  const d1 = (await mf.getD1Database('DB')) as unknown as D1Database;
  for (const stmt of migrations()) await d1.prepare(stmt).run();
  return { mf, d1 };
}

/** Bulk data as literal multi-row INSERTs (no bound parameters), many statements per round trip. */
export async function runLiteral(d1: D1Database, statements: string[], perBatch = 100): Promise<void> {
  for (let i = 0; i < statements.length; i += perBatch) await d1.batch(statements.slice(i, i + perBatch).map((sql) => d1.prepare(sql)));
}

/** Pause before each timed request, for the previous request's work after its answer to finish. */
const SETTLE_MS = 30;

export interface MatchesFigures {
  p50: number;
  p95: number;
  healthP50: number;
  healthP95: number;
  rowsMedian: number;
  rowsMax: number;
  /** Warm requests that took the cold path (no X-Rows-Read): should be 0. */
  coldAnswers: number;
  firstRequest: number;
  afterWrite: number;
  /** With `floorPath`: that route's times, taken in the same rounds beside the same health requests. */
  floor?: { p50: number; p95: number };
}

/**
 * Times `/v1/matches` (writing its demand record) for the seekers in turn, each after one
 * `/v1/health`; the very first request (cold isolate) and the first after a listing write
 * (reload) on their own. With `floorPath` (bench/matches-floor-worker.ts's route, in a Worker
 * started with that entry), every round times the same request to it too, after the route's.
 */
export async function measureMatches(
  { mf, d1 }: BenchWorker,
  requests: { key: string; answers: Answers }[],
  rounds: number,
  touchListing: string,
  { statsOptOut = false, floorPath }: { statsOptOut?: boolean; floorPath?: string } = {},
): Promise<MatchesFigures> {
  const post = ({ key, answers }: { key: string; answers: Answers }, path = '/v1/matches') =>
    mf.dispatchFetch(`http://bench.local${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ key, answers, statsOptOut }),
    });
  const timed = async (send: () => ReturnType<Miniflare['dispatchFetch']>) => {
    const t0 = performance.now();
    const res = await send();
    await res.arrayBuffer();
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`${res.url} answered ${res.status}`);
    return { ms, rowsRead: res.headers.get('x-rows-read') };
  };
  const health = () => mf.dispatchFetch('http://bench.local/v1/health');

  const firstRequest = (await timed(() => post(requests[0]!))).ms;
  for (const r of requests) await timed(() => post(r)); // every scope loaded once
  for (let i = 0; i < 20; i++) {
    await timed(health);
    await timed(() => post(requests[i % requests.length]!));
    if (floorPath) await timed(() => post(requests[i % requests.length]!, floorPath));
  }

  const route: number[] = [];
  const bare: number[] = [];
  const rows: number[] = [];
  const floor: number[] = [];
  let coldAnswers = 0;
  // Each timed request starts on an idle isolate: what the one before left to do after its answer
  // (the demand record's write, the embed-load count) must not be counted in the next one's time.
  const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  for (let i = 0; i < rounds; i++) {
    await settle();
    bare.push((await timed(health)).ms);
    await settle();
    const m = await timed(() => post(requests[i % requests.length]!));
    route.push(m.ms);
    if (m.rowsRead === null) coldAnswers++;
    else rows.push(Number(m.rowsRead));
    if (floorPath) {
      await settle();
      floor.push((await timed(() => post(requests[i % requests.length]!, floorPath))).ms);
    }
  }

  await d1.prepare('UPDATE listings SET updated_at = updated_at + 1 WHERE id = ?').bind(touchListing).run();
  const afterWrite = (await timed(() => post(requests[0]!))).ms;
  return {
    p50: percentile(route, 50),
    p95: percentile(route, 95),
    healthP50: percentile(bare, 50),
    healthP95: percentile(bare, 95),
    rowsMedian: percentile(rows, 50),
    rowsMax: Math.max(...rows),
    coldAnswers,
    firstRequest,
    afterWrite,
    ...(floorPath ? { floor: { p50: percentile(floor, 50), p95: percentile(floor, 95) } } : {}),
  };
}
