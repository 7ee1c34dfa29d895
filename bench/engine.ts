/**
 * Benchmark of the matching engine alone: 10,000 deterministic candidates around Görlitz/Zittau
 * (lat 51.0, lon 14.8), parsed from JSON like D1 rows, a few typical seekers, timed with
 * performance.now(). Run: `npx tsx bench/engine.ts` (or via scripts/bench.ts). Prints figures,
 * asserts nothing.
 */
import { pathToFileURL } from 'node:url';
import { createScratch } from '../worker/matching/assess';
import { matchListings, matchPrepared, prepareListings } from '../worker/matching/engine';
import { compileKernel, kernelScore } from '../worker/matching/kernel';
import { compileSeeker } from '../worker/matching/seeker-plan';
import { TopK } from '../worker/matching/top-list';
import type { MatchListing, SeekerContext } from '../worker/matching/types';
import type { Answer, Answers, Importance } from '../worker/questionnaire/types';
import { catalogueV1 } from '../worker/questionnaire/v1';

const CANDIDATES = 10_000;
const WARM_UP_RUNS = 30;
const TIMED_RUNS = 60;
const LIMIT = 20;
const GOAL_MEDIAN_MS = 2;
const GOAL_P95_MS = 4;

/** mulberry32: tiny seeded PRNG, so every run benchmarks the same listings. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Which questions a project answered. Real profiles come from one admin form, so they share few
 * patterns (`patterns` of them); `patterns = count` gives every listing its own pattern, the worst case
 * for reading profiles (each its own hidden class).
 */
function answerPatterns(count: number, rnd: () => number): boolean[][] {
  const questions = catalogueV1.questions.filter((q) => q.side !== 'seeker' && q.kind !== 'postcode');
  return Array.from({ length: count }, () => questions.map(() => rnd() < 0.8));
}

export function generateListings(count: number, seed: number, patterns: number): MatchListing[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const projectQuestions = catalogueV1.questions.filter((q) => q.side !== 'seeker' && q.kind !== 'postcode');
  const pool = answerPatterns(patterns, rnd);
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const answered = pick(pool);
    const profile: Answers = {};
    projectQuestions.forEach((q, k) => {
      if (!answered[k]) return;
      const options = (q.options ?? []).map((o) => o.value);
      let value: Answer['value'];
      if (q.kind === 'count' || q.kind === 'money') value = Math.floor(rnd() * Math.min(21, (q.max ?? 20) + 1));
      else if (q.kind === 'boolean') value = rnd() < 0.5;
      else if (q.kind === 'single') value = pick(options);
      else value = options.filter(() => rnd() < 0.5).concat(pick(options)).filter((v, j, xs) => xs.indexOf(v) === j);
      // Mostly "wichtig", some "sehr wichtig" or "egal", rare dealbreakers.
      const r = rnd();
      const importance: Importance = r < 0.6 ? 1 : r < 0.85 ? 2 : r < 0.97 ? 0 : 3;
      profile[q.id] = { value, importance };
    });
    const property = rnd() < 0.1;
    const costMin = rnd() < 0.1 ? null : Math.round(300 + rnd() * 1200) * 100;
    const listing: MatchListing = {
      id: `lst_${String(i).padStart(5, '0')}`,
      kind: property ? 'property' : 'project',
      lat: 51.0 + (rnd() - 0.5) * 1.2,
      lon: 14.8 + (rnd() - 0.5) * 1.8,
      settlement: pick(['village', 'small_town', 'town'] as const),
      stage: pick(['forming', 'planning', 'building', 'occupied'] as const),
      legalForm: pick(['cooperative', 'syndicate', 'ownership', 'rental', 'foundation', 'other'] as const),
      freePlaces: property ? 0 : Math.floor(rnd() * 6),
      freeUnits: rnd() < 0.5 ? { own_flat: Math.floor(rnd() * 3), shared_flat: Math.floor(rnd() * 2) } : {},
      monthlyCostMinCents: costMin,
      monthlyCostMaxCents: costMin === null ? null : costMin + Math.round(rnd() * 400) * 100,
      equityRequiredCents: property ? Math.round(50_000 + rnd() * 400_000) * 100 : Math.round(rnd() * 40_000) * 100,
      barrierFree: rnd() < 0.3,
      childrenWelcome: rnd() < 0.9,
      petsAllowed: pick(['none', 'small', 'dog'] as const),
      profile,
    };
    rows.push(JSON.stringify(listing));
  }
  // Parsed from JSON like the D1 rows the route gets, so objects have realistic shapes and strings.
  return rows.map((row) => JSON.parse(row) as MatchListing);
}

interface Seeker {
  name: string;
  answers: Answers;
  ctx: SeekerContext;
}

const AROUND_GOERLITZ = { lat: 51.0, lon: 14.8 };

const SEEKERS: Seeker[] = [
  {
    name: 'couple, 100 km around Görlitz',
    ctx: { target: { ...AROUND_GOERLITZ, radiusKm: 100 } },
    answers: {
      'who.seekerType': { value: 'household' },
      'who.adults': { value: 2 },
      'who.children': { value: 0 },
      'who.ageBands': { value: ['30-44'] },
      'where.settlement': { value: ['village', 'small_town'], importance: 2 },
      'where.timeline': { value: 'lt1y' },
      'home.forms': { value: ['own_flat', 'cluster_flat'] },
      'money.maxMonthlyCost': { value: 1100, importance: 2 },
      'money.equity': { value: '10k-50k' },
      'community.meals': { value: 'weekly' },
      'community.hours': { value: 10 },
      'community.ecology': { value: 'high', importance: 2 },
      'needs.atmosphere': { value: 'balanced' },
    },
  },
  {
    name: 'family answering everything, anywhere in the region',
    ctx: {},
    answers: {
      'who.seekerType': { value: 'household' },
      'who.adults': { value: 2 },
      'who.children': { value: 2 },
      'who.ageBands': { value: ['30-44'] },
      'who.pets': { value: 'small', importance: 1 },
      'where.settlement': { value: ['village', 'small_town', 'town'], importance: 0 },
      'where.timeline': { value: 'flexible' },
      'home.forms': { value: ['own_flat', 'house'], importance: 2 },
      'money.legalForms': { value: ['cooperative', 'syndicate', 'rental'], importance: 2 },
      'money.maxMonthlyCost': { value: 1400, importance: 3 },
      'money.equity': { value: '50k-150k' },
      'money.wbs': { value: false },
      'community.meals': { value: 'occasional' },
      'community.hours': { value: 8 },
      'community.decisions': { value: 'any' },
      'community.ageMix': { value: 'multigen', importance: 2 },
      'community.ecology': { value: 'medium' },
      'community.carFree': { value: 'open' },
      'community.sharedEconomy': { value: 'open' },
      'needs.barrierFree': { value: false },
      'needs.support': { value: 'both' },
      'needs.atmosphere': { value: 'lively' },
      'needs.guests': { value: 'often' },
      'needs.tidiness': { value: 'relaxed' },
    },
  },
  {
    name: 'group looking for a property',
    ctx: { target: { ...AROUND_GOERLITZ, radiusKm: 100 } },
    answers: {
      'who.seekerType': { value: 'group' },
      'who.households': { value: 6 },
      'who.adults': { value: 10 },
      'who.children': { value: 4 },
      'money.equity': { value: 'gt150k' },
      'where.settlement': { value: ['village'] },
    },
  },
];

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

interface Timing {
  median: number;
  p95: number;
  /** CPU time of this process per run (process.cpuUsage): what other load on the machine does not inflate. */
  cpuMedian: number;
}

function time(run: () => void, runs = TIMED_RUNS): Timing {
  for (let i = 0; i < WARM_UP_RUNS; i++) run();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95), cpuMedian: percentile(cpu, 0.5) };
}

const ms = (t: Timing): string => `median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms`;

/**
 * Per seeker: the ranking a warm `/v1/matches` runs — the first 20 and the total of 10,000
 * listings prepared beforehand (`matchPrepared`, as cached per isolate) — and where its time goes:
 * the kernel scoring every listing, keeping the best 20 (TopK), explaining those 20. Then the same
 * from plain listings (preparing each time, as before the cache), and the cost of preparing once
 * (reading 10,000 profiles), also in the worst case of every profile its own shape.
 */
export async function benchEngine(): Promise<void> {
  const listings = generateListings(CANDIDATES, 20_261_125, 24);
  const prepared = prepareListings(listings);
  for (const seeker of SEEKERS) {
    const plan = compileSeeker(seeker.answers, seeker.ctx);
    const kernel = compileKernel(plan);
    const s = createScratch();
    const out = new Float64Array(1);
    let matched = 0;
    const ranking = time(() => {
      matched = matchPrepared(seeker.answers, prepared, seeker.ctx, { limit: LIMIT }).total;
    }, 200);
    const score = time(() => {
      for (let i = 0; i < prepared.count; i++) kernelScore(kernel, prepared, i, s, out);
    }, 200);
    const select = time(() => {
      const best = new TopK(LIMIT, prepared.listings);
      for (let i = 0; i < prepared.count; i++) {
        const v = kernelScore(kernel, prepared, i, s, out);
        if (v >= 0) best.offer(i, v, out[0] as number);
      }
    }, 200);
    const plain = time(() => matchListings(seeker.answers, listings, seeker.ctx, { limit: LIMIT }));
    console.log(
      `engine: ${CANDIDATES} candidates — ${ms(ranking)} per ranking (goal median < ${GOAL_MEDIAN_MS} ms, p95 < ${GOAL_P95_MS} ms; CPU median ${ranking.cpuMedian.toFixed(2)} ms) · ${seeker.name}, ${matched} pass the filters`,
    );
    console.log(
      `engine:   split (medians): score all ${score.median.toFixed(2)} ms · select top ${LIMIT} ${Math.max(0, select.median - score.median).toFixed(2)} ms · ` +
        `explain ${LIMIT} ${Math.max(0, ranking.median - select.median).toFixed(2)} ms · from plain listings (prepare each time) ${ms(plain)}`,
    );
  }
  const worst = generateListings(CANDIDATES, 7, CANDIDATES);
  console.log(`engine: prepareListings(${CANDIDATES}) — ${ms(time(() => prepareListings(listings)))} (once per listings version and scope); every profile its own shape: ${ms(time(() => prepareListings(worst)))}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchEngine();
}
