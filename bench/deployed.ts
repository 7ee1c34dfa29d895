/**
 * The matches ratio against a deployed Worker: `POST /v1/matches` p50/p95 beside `/v1/health`'s
 * (one D1 round trip), interleaved, from this machine over the internet — the setting the goal's
 * 1.3× (1.5× nationally) is meant for, where a D1 round trip takes milliseconds rather than the
 * local stack's fraction of one (docs/scale.md). Nothing here runs in `npm run bench`: it needs a
 * deployment (docs/deploy.md) and one of its embeds.
 *
 * - Every match request sends `statsOptOut`, so the measurement writes no demand record into the
 *   municipality's evidence (the record is written after the answer, so the seeker's wait is the
 *   same either way).
 * - The public limit (60 a minute per client and embed, wrangler.toml) is kept: match requests are
 *   paced, so a run of N rounds takes about N seconds. `/v1/health` is not limited.
 * - `Origin` must be one of the embed's allowed origins; the API checks it as it does for a browser.
 * - The first round (a cold isolate, maybe) is printed apart and not counted.
 *
 * Run: `npx tsx bench/deployed.ts --api https://api.example.org --key pk_… --origin https://www.gemeinde.de [--rounds 60]`
 * (locally, against `npm start`: `--api http://localhost:8787 --key pk_demo_goerlitz --origin http://localhost:8080`).
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Answers } from '../worker/questionnaire/types';
import { percentile } from './workerd';

/** Region-wide seekers (no postcode), so they fit any embed's region. */
const SEEKERS: Answers[] = [
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 2 }, 'money.maxMonthlyCost': { value: 1100, importance: 3 } },
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 1 }, 'who.children': { value: 0 }, 'community.meals': { value: 'weekly' }, 'needs.barrierFree': { value: true, importance: 2 } },
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 0 }, 'who.ageBands': { value: ['65+'] }, 'community.ageMix': { value: 'multigen', importance: 2 } },
];
/** Just above the public limit's pace (60 a minute). */
const PACE_MS = 1_050;

export interface DeployedFigures {
  first: { matches: number; health: number };
  matches: { p50: number; p95: number };
  health: { p50: number; p95: number };
  rounds: number;
}

/**
 * @example
 * const f = await measureDeployed({ api: 'https://api.example.org', key: 'pk_…', origin: 'https://www.gemeinde.de', rounds: 60 });
 */
export async function measureDeployed({ api, key, origin, rounds }: { api: string; key: string; origin: string; rounds: number }): Promise<DeployedFigures> {
  const base = api.replace(/\/+$/, '');
  const timed = async (url: string, init?: RequestInit): Promise<number> => {
    const t0 = performance.now();
    const res = await fetch(url, init);
    await res.arrayBuffer();
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}${res.status === 403 ? ` (is ${origin} an allowed origin of ${key}?)` : ''}`);
    return ms;
  };
  const matches = (i: number) =>
    timed(`${base}/v1/matches`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, application/problem+json', origin },
      body: JSON.stringify({ key, answers: SEEKERS[i % SEEKERS.length], statsOptOut: true }),
    });
  const health = () => timed(`${base}/v1/health`);
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  const first = { matches: await matches(0), health: await health() };
  const m: number[] = [];
  const h: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    h.push(await health());
    m.push(await matches(i + 1));
    await pause(Math.max(0, PACE_MS - (performance.now() - started)));
  }
  return {
    first,
    matches: { p50: percentile(m, 50), p95: percentile(m, 95) },
    health: { p50: percentile(h, 50), p95: percentile(h, 95) },
    rounds,
  };
}

export function printDeployed(api: string, f: DeployedFigures): void {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(`deployed matches (${api}, ${f.rounds} rounds, statsOptOut): p50 ${ms(f.matches.p50)}, p95 ${ms(f.matches.p95)}; /v1/health p50 ${ms(f.health.p50)}, p95 ${ms(f.health.p95)}`);
  console.log(
    `deployed matches p95 vs /v1/health p95: ${(f.matches.p95 / f.health.p95).toFixed(2)}× (goal ≤ 1.3×; ≤ 1.5× for a national deployment); ` +
      `p50 ${(f.matches.p50 / f.health.p50).toFixed(2)}×; first request (not counted): matches ${ms(f.first.matches)}, health ${ms(f.first.health)}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { api: { type: 'string' }, key: { type: 'string' }, origin: { type: 'string' }, rounds: { type: 'string', default: '60' } } });
  const rounds = Number(values.rounds);
  if (!values.api || !values.key || !values.origin || !Number.isInteger(rounds) || rounds < 20) {
    console.error('usage: npx tsx bench/deployed.ts --api https://… --key pk_… --origin https://… [--rounds N ≥ 20]');
    process.exit(2);
  }
  printDeployed(values.api, await measureDeployed({ api: values.api, key: values.key, origin: values.origin, rounds }));
}
