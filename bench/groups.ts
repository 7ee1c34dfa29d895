/**
 * Benchmark of the groups' matching (issue #15): a region with 2,000 pool households and 300 open
 * initiatives (1–5 member households each), generated from the catalogue with a fixed seed.
 *   - pure: the ranking of worker/groups/fit.ts in Node — for one seeker in the pool (fitting
 *     initiatives and fitting households, as `matchesFor` ranks them) and for one initiative (fitting
 *     households), timed with performance.now();
 *   - route: `GET /v1/groups/{token}/matches` in local workerd (bench/workerd.ts) for the same two
 *     parties, with its D1 reads (the region's live parties, member cards, blocks), beside
 *     `/v1/health` (one D1 round trip) in the same run.
 * Run: `npx tsx bench/groups.ts` (or via scripts/bench.ts). Prints figures, asserts nothing.
 */
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { hashToken } from '../worker/contact/token';
import type { HouseholdCard, InitiativeSeeking } from '../worker/db/json';
import { embeds, initiativeMembers, initiatives, organizations, poolEntries } from '../worker/db/schema';
import { GROUPS_CONSENT_VERSION } from '../worker/groups/pool';
import { cardOf, rankForInitiative, rankHouseholds, rankInitiatives, type InitiativeForFit } from '../worker/groups/fit';
import { answersArbitrary, seekerArbitrary } from '../worker/matching/test-support';
import { insertStatements } from '../worker/seed/sql';
import { ORIGIN, percentile, runLiteral, startWorker } from './workerd';

const POOL = 2_000;
const INITIATIVES = 300;
const LIMIT = 20;
const WARM_UP_RUNS = 10;
const TIMED_RUNS = 60;
const ROUTE_RUNS = 40;
const GOAL_MEDIAN_MS = 10;
const GOAL_P95_MS = 20;
const SEED = 15;

const LEGAL_FORMS = ['cooperative', 'syndicate', 'rental', 'ownership'];
const SETTLEMENTS = ['village', 'small_town', 'town'];

export interface GroupsRegion {
  pool: { id: string; card: HouseholdCard }[];
  initiatives: (InitiativeForFit & { seeking: InitiativeSeeking; memberIds: number[] })[];
}

/** The region's parties, the same every run: households from the seeker arbitrary, initiatives from the project one. */
export function generateGroupsRegion(): GroupsRegion {
  const cards = fc.sample(seekerArbitrary.map((a) => cardOf({ ...a, 'who.seekerType': { value: 'household' } })), { seed: SEED, numRuns: POOL });
  const pool = cards.map((card, i) => ({ id: `pool_${String(i).padStart(4, '0')}`, card }));
  const shapes = fc.sample(
    fc.tuple(answersArbitrary('project'), fc.integer({ min: 1, max: 5 }), fc.subarray(LEGAL_FORMS, { minLength: 1 }), fc.subarray(SETTLEMENTS, { minLength: 1 }), fc.constantFrom('lt1y', '1to3y', 'flexible')),
    { seed: SEED + 1, numRuns: INITIATIVES },
  );
  // Member households are households of their own (not pool entries): 1–5 per initiative.
  const members = fc.sample(seekerArbitrary.map((a) => cardOf({ ...a, 'who.seekerType': { value: 'household' } })), { seed: SEED + 2, numRuns: INITIATIVES * 5 });
  const list = shapes.map(([profile, size, legalForms, settlements, timeline], i) => {
    const memberIds = Array.from({ length: size }, (_, k) => i * 5 + k);
    return {
      id: `ini_${String(i).padStart(3, '0')}`,
      profile,
      legalForms,
      seeking: { propertyKinds: ['property'], settlements, timeline, legalForms, area: null },
      members: memberIds.map((m) => members[m]!),
      memberIds,
    };
  });
  return { pool, initiatives: list };
}

function time(runs: number, f: () => unknown): number[] {
  for (let i = 0; i < WARM_UP_RUNS; i++) f();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    out.push(performance.now() - t0);
  }
  return out;
}

/** What `matchesFor` ranks for a pool household: initiatives, then the other households. */
const rankForSeeker = (region: GroupsRegion, i: number) => {
  const me = region.pool[i]!;
  rankInitiatives(me.card, region.initiatives, { limit: LIMIT });
  rankHouseholds(me.card, region.pool.filter((e) => e.id !== me.id), { limit: LIMIT });
};

/** What `matchesFor` ranks for an initiative: every pool household against it, best first. */
const rankForOneInitiative = (region: GroupsRegion, i: number) => rankForInitiative(region.initiatives[i]!, region.pool, { limit: LIMIT });

const ms = (xs: number[]) => `median ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms`;

export async function benchGroups(): Promise<void> {
  const region = generateGroupsRegion();
  let n = 0;
  // Warm: the same card objects again, as worker/groups/parties.ts hands them within an isolate.
  const seeker = time(TIMED_RUNS, () => rankForSeeker(region, n++ % POOL));
  const initiative = time(TIMED_RUNS, () => rankForOneInitiative(region, n++ % INITIATIVES));
  // Cold: fresh card objects every run (a new isolate, or a region it has not seen), copied untimed.
  const cold = (rank: (r: GroupsRegion, i: number) => unknown, of: number) => {
    const out: number[] = [];
    for (let i = 0; i < TIMED_RUNS; i++) {
      const copy = structuredClone(region);
      const t0 = performance.now();
      rank(copy, n++ % of);
      out.push(performance.now() - t0);
    }
    return out;
  };
  const coldSeeker = cold(rankForSeeker, POOL);
  const coldInitiative = cold(rankForOneInitiative, INITIATIVES);
  console.log(
    `groups: ${POOL.toLocaleString('en')} pool members, ${INITIATIVES} initiatives — seeker ${ms(seeker)}; initiative ${ms(initiative)} ` +
      `(pure ranking in Node, cards known to the isolate; goal median < ${GOAL_MEDIAN_MS} ms, p95 < ${GOAL_P95_MS} ms)`,
  );
  console.log(`groups: the same with cards new to the isolate — seeker ${ms(coldSeeker)}; initiative ${ms(coldInitiative)}`);
  await benchGroupsRoute(region);
}

/** The same two rankings through `GET /v1/groups/{token}/matches`, with the D1 reads, beside /v1/health. */
async function benchGroupsRoute(region: GroupsRegion): Promise<void> {
  const { mf, d1 } = await startWorker();
  try {
    const now = Date.now();
    const consent = { textVersion: GROUPS_CONSENT_VERSION, listedAt: now };
    const token = (kind: string) => `${kind}_bench_token_`.padEnd(43, 'x');
    const seekerToken = token('pool');
    const memberToken = token('member');
    const otherHash = (i: number) => `bench_hash_${i}`;
    await runLiteral(d1, [
      ...insertStatements(organizations, [{ id: 'org_region', kind: 'municipality' as const, name: 'Benchkreis', slug: 'benchkreis', regionDistrictKeys: ['14626'], createdAt: now }]),
      ...insertStatements(embeds, [{ id: 'emb_bench', organizationId: 'org_region', name: 'Bench', publishableKey: 'pk_bench_groups', allowedOrigins: [ORIGIN], scope: 'region' as const, createdAt: now }]),
    ]);
    const seekerHash = await hashToken(seekerToken);
    await runLiteral(
      d1,
      insertStatements(
        poolEntries,
        region.pool.map((e, i) => ({
          id: e.id, regionOrganizationId: 'org_region', embedId: 'emb_bench', name: `Haushalt ${i}`, email: `h${i}@bench.example`, card: e.card, text: 'Generiert für den Benchmark.',
          consent, idempotencyKey: `bench-${i}`, manageTokenHash: i === 0 ? seekerHash : otherHash(i), confirmedAt: now, expiresAt: now + 90 * 86_400_000, createdAt: now,
        })),
      ),
      20,
    );
    await runLiteral(
      d1,
      insertStatements(
        initiatives,
        region.initiatives.map((ini, i) => ({
          id: ini.id, regionOrganizationId: 'org_region', embedId: 'emb_bench', name: `Initiative ${i}`, text: 'Generiert für den Benchmark.', profile: ini.profile, seeking: ini.seeking,
          households: { households: ini.members.length, adults: ini.members.length * 2, children: 0, ageBands: [], equityBand: 'unknown', budgetMinBand: 'unknown', budgetMaxBand: 'unknown' },
          openPlaces: 3, state: 'open' as const, createdAt: now, updatedAt: now,
        })),
      ),
      20,
    );
    const memberHash = await hashToken(memberToken);
    await runLiteral(
      d1,
      insertStatements(
        initiativeMembers,
        region.initiatives.flatMap((ini, i) =>
          ini.members.map((household, k) => ({
            id: `mem_${i}_${k}`, initiativeId: ini.id, role: k === 0 ? ('founder' as const) : ('cofounder' as const), name: `Mitglied ${i}/${k}`, email: `m${i}_${k}@bench.example`, household, consent,
            manageTokenHash: i === 0 && k === 0 ? memberHash : otherHash(100_000 + i * 5 + k), confirmedAt: now, createdAt: now,
          })),
        ),
      ),
      20,
    );

    const get = (t: string) => mf.dispatchFetch(`http://bench.local/v1/groups/${t}/matches?limit=${LIMIT}`, { headers: { origin: ORIGIN } });
    const health = () => mf.dispatchFetch('http://bench.local/v1/health');
    const timed = async (send: () => ReturnType<typeof get>) => {
      const t0 = performance.now();
      const res = await send();
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${res.url} answered ${res.status}`);
      return performance.now() - t0;
    };
    for (let i = 0; i < 5; i++) await Promise.all([timed(() => get(seekerToken)), timed(() => get(memberToken)), timed(health)]);
    const seeker: number[] = [];
    const initiative: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < ROUTE_RUNS; i++) {
      bare.push(await timed(health));
      seeker.push(await timed(() => get(seekerToken)));
      initiative.push(await timed(() => get(memberToken)));
    }
    console.log(
      `groups route GET /v1/groups/{token}/matches (local workerd, same region, ${ROUTE_RUNS} requests each): seeker p50 ${percentile(seeker, 50).toFixed(1)} ms, p95 ${percentile(seeker, 95).toFixed(1)} ms; ` +
        `initiative p50 ${percentile(initiative, 50).toFixed(1)} ms, p95 ${percentile(initiative, 95).toFixed(1)} ms; /v1/health p95 ${percentile(bare, 95).toFixed(1)} ms`,
    );
  } finally {
    await mf.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchGroups();
