/**
 * Anonymous demo demand records for the dashboard: one per (simulated) finished questionnaire,
 * bands only, spread over the last 12 ISO weeks. The band lists below are the answered values of
 * the bands in worker/demand/bands.ts (which add 'unknown'/'none' for unanswered questions).
 */
import type { demandRecords } from '../db/schema';
import type * as runtime from '../demand/bands';
import { AGE_BANDS, isoWeek, LEGAL_FORM_PREFERENCES, PRIORITY_QUESTION_IDS } from '../demand/bands';
import { DEMO_EMBED_ID, DEMO_MUNICIPALITY_ID } from './organizations';
import { createRng, type Rng } from './prng';

export type NewDemandRecord = typeof demandRecords.$inferInsert;

type Of<T extends readonly string[]> = T[number];

export const SIZE_BANDS = ['1', '2', '3-4', '5+', 'group'] as const satisfies readonly Of<typeof runtime.SIZE_BANDS>[];
export const HOUSEHOLD_TYPES = ['single', 'couple', 'family', 'senior', 'group'] as const satisfies readonly Of<typeof runtime.HOUSEHOLD_TYPES>[];
export const BUDGET_BANDS = ['<500', '500-799', '800-1099', '1100-1499', '1500+'] as const satisfies readonly Of<typeof runtime.BUDGET_BANDS>[];
export const EQUITY_BANDS = ['none', 'lt10k', '10k-50k', '50k-150k', 'gt150k'] as const satisfies readonly Of<typeof runtime.EQUITY_BANDS>[];
export const TIMELINES = ['now', 'lt1y', '1to3y', 'flexible'] as const satisfies readonly Of<typeof runtime.TIMELINES>[];
/** 'none' = the questionnaire found no candidate at all. */
export const SCORE_BANDS = ['0-39', '40-59', '60-79', '80-100', 'none'] as const satisfies readonly Of<typeof runtime.SCORE_BANDS>[];

type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];
type AgeBand = (typeof AGE_BANDS)[number];
type BudgetBand = (typeof BUDGET_BANDS)[number];
type EquityBand = (typeof EQUITY_BANDS)[number];
type LegalFormPreference = (typeof LEGAL_FORM_PREFERENCES)[number];
type Timeline = (typeof TIMELINES)[number];
type PriorityId = (typeof PRIORITY_QUESTION_IDS)[number];

/** Where seekers come from: district keys (Kreisschlüssel) with a base weight; null = no postcode given. */
export const ORIGIN_DISTRICTS = [
  { key: '14612', name: 'Dresden', weight: 18 },
  { key: '11000', name: 'Berlin', weight: 16 },
  { key: '14626', name: 'Landkreis Görlitz', weight: 14 },
  { key: '14713', name: 'Leipzig', weight: 12 },
  { key: '14625', name: 'Landkreis Bautzen', weight: 8 },
  { key: '02000', name: 'Hamburg', weight: 4 },
  { key: '14628', name: 'Sächsische Schweiz-Osterzgebirge', weight: 4 },
  { key: '14511', name: 'Chemnitz', weight: 3 },
  { key: '12052', name: 'Cottbus', weight: 3 },
  { key: '12071', name: 'Spree-Neiße', weight: 3 },
  { key: '14627', name: 'Meißen', weight: 2 },
  { key: '12054', name: 'Potsdam', weight: 2 },
  { key: '09162', name: 'München', weight: 2 },
  { key: '05315', name: 'Köln', weight: 2 },
  { key: '06412', name: 'Frankfurt am Main', weight: 1 },
  { key: '15002', name: 'Halle (Saale)', weight: 1 },
  { key: null, name: '(keine Angabe)', weight: 4 },
] as const;

const WEST = new Set(['02000', '09162', '05315', '06412']);
const CITIES = new Set(['11000', '14713', '14612']);

const DAY = 86_400_000;
const WEEKS = 12;

export interface DemandOptions {
  /** Records to generate (default 420). */
  count?: number;
}

function originFor(type: HouseholdType, rng: Rng): string | null {
  return rng.weighted(
    ORIGIN_DISTRICTS.map((o): readonly [string | null, number] => {
      let w: number = o.weight;
      if (type === 'senior' && (o.key === '14626' || o.key === '14625')) w *= 2;
      if (type === 'senior' && o.key !== null && WEST.has(o.key)) w *= 1.5;
      if ((type === 'single' || type === 'group') && o.key !== null && CITIES.has(o.key) && o.key !== '14612') w *= 1.4;
      if (type === 'family' && (o.key === '14612' || o.key === '14713')) w *= 1.3;
      return [o.key, w];
    }),
  );
}

function ageBandsFor(type: HouseholdType, rng: Rng): AgeBand[] {
  switch (type) {
    case 'single':
      return [rng.weighted<AgeBand>([['u30', 35], ['30-44', 35], ['45-64', 30]])];
    case 'couple': {
      const first = rng.weighted<AgeBand>([['u30', 25], ['30-44', 35], ['45-64', 30], ['65+', 10]]);
      // A couple of two 65+ counts as 'senior' at run time; keep one partner younger here.
      if (first === '65+') return ['45-64', '65+'];
      return rng.chance(0.2) && first !== '45-64' ? [first, first === 'u30' ? '30-44' : '45-64'] : [first];
    }
    case 'family':
      return rng.chance(0.25) ? ['30-44', rng.pick<AgeBand>(['u30', '45-64'])] : [rng.weighted<AgeBand>([['u30', 15], ['30-44', 70], ['45-64', 15]])];
    case 'senior':
      return ['65+'];
    case 'group':
      return rng.sample(AGE_BANDS, rng.int(2, 4));
  }
}

const BUDGET_WEIGHTS: Record<HouseholdType, readonly (readonly [BudgetBand, number])[]> = {
  single: [['<500', 35], ['500-799', 40], ['800-1099', 18], ['1100-1499', 5], ['1500+', 2]],
  couple: [['<500', 8], ['500-799', 30], ['800-1099', 35], ['1100-1499', 19], ['1500+', 8]],
  family: [['<500', 5], ['500-799', 27], ['800-1099', 40], ['1100-1499', 21], ['1500+', 7]],
  senior: [['<500', 8], ['500-799', 32], ['800-1099', 35], ['1100-1499', 18], ['1500+', 7]],
  group: [['<500', 12], ['500-799', 35], ['800-1099', 33], ['1100-1499', 15], ['1500+', 5]],
};
const EQUITY_WEIGHTS: Record<HouseholdType, readonly (readonly [EquityBand, number])[]> = {
  single: [['none', 55], ['lt10k', 30], ['10k-50k', 12], ['50k-150k', 3], ['gt150k', 0]],
  couple: [['none', 25], ['lt10k', 25], ['10k-50k', 30], ['50k-150k', 15], ['gt150k', 5]],
  family: [['none', 45], ['lt10k', 30], ['10k-50k', 18], ['50k-150k', 6], ['gt150k', 1]],
  senior: [['none', 15], ['lt10k', 15], ['10k-50k', 30], ['50k-150k', 28], ['gt150k', 12]],
  group: [['none', 10], ['lt10k', 15], ['10k-50k', 35], ['50k-150k', 30], ['gt150k', 10]],
};
const TIMELINE_WEIGHTS: Record<HouseholdType, readonly (readonly [Timeline, number])[]> = {
  single: [['now', 28], ['lt1y', 35], ['1to3y', 17], ['flexible', 20]],
  couple: [['now', 18], ['lt1y', 33], ['1to3y', 29], ['flexible', 20]],
  family: [['now', 22], ['lt1y', 42], ['1to3y', 26], ['flexible', 10]],
  senior: [['now', 15], ['lt1y', 30], ['1to3y', 35], ['flexible', 20]],
  group: [['now', 5], ['lt1y', 20], ['1to3y', 55], ['flexible', 20]],
};
const PRIORITY_WEIGHTS: Record<HouseholdType, readonly (readonly [PriorityId, number])[]> = {
  single: [['money.maxMonthlyCost', 8], ['community.ecology', 5], ['needs.atmosphere', 4], ['community.meals', 3], ['where.settlement', 3], ['money.legalForms', 3], ['community.sharedEconomy', 2], ['community.decisions', 2], ['who.pets', 2], ['needs.guests', 1]],
  couple: [['money.maxMonthlyCost', 6], ['where.settlement', 5], ['community.ecology', 4], ['needs.atmosphere', 4], ['home.forms', 3], ['money.legalForms', 3], ['community.ageMix', 2], ['who.pets', 2], ['community.hours', 1], ['needs.tidiness', 1]],
  family: [['money.maxMonthlyCost', 10], ['where.settlement', 5], ['home.forms', 4], ['who.pets', 4], ['community.ageMix', 4], ['where.timeline', 3], ['needs.support', 3], ['community.ecology', 3], ['community.carFree', 1]],
  senior: [['needs.barrierFree', 6], ['needs.support', 6], ['needs.atmosphere', 5], ['community.ageMix', 5], ['money.maxMonthlyCost', 4], ['where.settlement', 3], ['community.meals', 2], ['needs.tidiness', 2], ['money.wbs', 1]],
  group: [['money.legalForms', 6], ['where.settlement', 5], ['home.forms', 5], ['community.decisions', 4], ['community.ecology', 4], ['community.sharedEconomy', 3], ['where.timeline', 3], ['money.maxMonthlyCost', 2], ['community.carFree', 2]],
};
const BARRIER_FREE_SHARE: Record<HouseholdType, number> = { single: 0.06, couple: 0.12, family: 0.05, senior: 0.45, group: 0.15 };

function legalFormsFor(type: HouseholdType, equity: EquityBand, rng: Rng): LegalFormPreference[] {
  const rich = equity === '50k-150k' || equity === 'gt150k';
  const chances: Record<LegalFormPreference, number> = {
    cooperative: 0.6,
    syndicate: type === 'single' || type === 'group' ? 0.45 : type === 'family' ? 0.25 : 0.1,
    ownership: rich ? 0.6 : equity === '10k-50k' ? 0.25 : 0.04,
    rental: equity === 'none' ? 0.7 : rich ? 0.2 : 0.45,
    foundation: 0.2,
  };
  const chosen = LEGAL_FORM_PREFERENCES.filter((f) => rng.chance(chances[f]));
  if (chosen.length === 0 && rng.chance(0.6)) chosen.push(equity === 'none' ? 'rental' : 'cooperative');
  return chosen.sort();
}

function prioritiesFor(type: HouseholdType, barrierFreeNeed: boolean, rng: Rng): PriorityId[] {
  const k = rng.weighted([[0, 10], [1, 25], [2, 35], [3, 30]] as const);
  const picked = new Set<PriorityId>();
  if (barrierFreeNeed && k > 0 && rng.chance(0.7)) picked.add('needs.barrierFree');
  const pool = PRIORITY_WEIGHTS[type].filter(([id]) => id !== 'needs.barrierFree');
  while (picked.size < k && picked.size < pool.length + 1) {
    picked.add(rng.weighted(pool));
  }
  return [...picked].sort((a, b) => PRIORITY_QUESTION_IDS.indexOf(a) - PRIORITY_QUESTION_IDS.indexOf(b));
}

/** A plausible best score: tight budgets, barrier-free needs, "now" and ownership-only wishes find less. */
function bestScoreFor(r: { type: HouseholdType; budget: BudgetBand; equity: EquityBand; barrierFree: boolean; timeline: Timeline; forms: LegalFormPreference[] }, rng: Rng): number | undefined {
  if (r.barrierFree && r.budget === '<500') return rng.chance(0.6) ? undefined : rng.int(15, 45);
  let score = 71 + (rng.next() + rng.next() + rng.next() - 1.5) * 26;
  if (r.budget === '<500') score -= 18;
  else if (r.budget === '500-799') score -= 6;
  else if (r.budget === '1500+') score += 4;
  if (r.type === 'family' && (r.budget === '<500' || r.budget === '500-799')) score -= 6;
  if (r.barrierFree) score -= 8;
  if (r.timeline === 'now') score -= 6;
  if (r.type === 'group') score -= 4;
  if (r.type === 'senior') score += 2;
  if (r.equity === 'none' && r.forms.length === 1 && r.forms[0] === 'ownership') score -= 15;
  return Math.max(3, Math.min(98, Math.round(score)));
}

const scoreBand = (s: number | undefined): (typeof SCORE_BANDS)[number] =>
  s === undefined ? 'none' : s < 40 ? '0-39' : s < 60 ? '40-59' : s < 80 ? '60-79' : '80-100';

/**
 * How many records fall into each of the last 12 weeks (index 0 = the current week): a slow rise,
 * a bump five weeks ago (a newspaper article about the portal) and a partial current week.
 */
function weeklyCounts(now: number, total: number): number[] {
  const d = new Date(now);
  const mondayStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY;
  const elapsed = Math.max(0.15, Math.min(1, (now - mondayStart) / (7 * DAY)));
  const weights = Array.from({ length: WEEKS }, (_, k) => (1 + (WEEKS - 1 - k) * 0.07 + (k === 5 ? 0.6 : k === 4 ? 0.3 : 0)) * (k === 0 ? elapsed : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (w / sum) * total);
  const counts = raw.map(Math.floor);
  // Largest remainder, so the counts add up to exactly `total`.
  const order = raw.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < total; i++) {
    const idx = order[i % order.length]?.[1] ?? 0;
    counts[idx] = (counts[idx] ?? 0) + 1;
  }
  return counts;
}

/**
 * @example
 * demoDemandRecords(Date.now()).length; // 420
 */
export function demoDemandRecords(now: number, opts: DemandOptions = {}): NewDemandRecord[] {
  const total = opts.count ?? 420;
  const rng = createRng('demand:v1');
  const counts = weeklyCounts(now, total);
  const records: NewDemandRecord[] = [];
  // Oldest week first, so ids grow with time.
  for (let k = WEEKS - 1; k >= 0; k--) {
    const week = isoWeek(now - k * 7 * DAY);
    for (let i = 0; i < (counts[k] ?? 0); i++) {
      const type = rng.weighted<HouseholdType>([['single', 24], ['couple', 26], ['family', 28], ['senior', 14], ['group', 8]]);
      const sizeBand: (typeof SIZE_BANDS)[number] =
        type === 'single' ? '1' : type === 'couple' ? '2' : type === 'family' ? (rng.chance(0.8) ? '3-4' : '5+') : type === 'senior' ? (rng.chance(0.35) ? '1' : '2') : 'group';
      const budget = rng.weighted(BUDGET_WEIGHTS[type]);
      const equity = rng.weighted(EQUITY_WEIGHTS[type]);
      const timeline = rng.weighted(TIMELINE_WEIGHTS[type]);
      const barrierFree = rng.chance(BARRIER_FREE_SHARE[type]);
      const forms = legalFormsFor(type, equity, rng);
      const best = bestScoreFor({ type, budget, equity, barrierFree, timeline, forms }, rng);
      records.push({
        id: `dem_${String(records.length + 1).padStart(4, '0')}`,
        embedId: DEMO_EMBED_ID,
        regionOrganizationId: DEMO_MUNICIPALITY_ID,
        originDistrictKey: originFor(type, rng),
        isoWeek: week,
        seekerType: type === 'group' ? 'group' : 'household',
        householdType: type,
        sizeBand,
        ageBands: ageBandsFor(type, rng).sort(),
        budgetBand: budget,
        equityBand: equity,
        legalForms: forms,
        timeline,
        priorities: prioritiesFor(type, barrierFree, rng),
        barrierFreeNeed: barrierFree,
        bestScoreBand: scoreBand(best),
        anyMatch: best !== undefined && best >= 60,
        // A fixed key per record (top byte of a multiplicative hash), so the demo shows the same figures everywhere.
        cellKey: Math.imul(records.length + 1, 2654435761) >>> 24,
      });
    }
  }
  return records;
}
