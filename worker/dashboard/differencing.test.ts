/**
 * Two dashboard views subtracted from each other (a period and the same period one week shorter;
 * the region and one of its embeds) must not give away a count of 1–4. For random records: every
 * visible number is the cell-key perturbation of its true count, and for every count shown in both
 * views whose true difference is 1–4, a reader who knows the method (not the keys) holds at least
 * two differences possible.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { possibleCounts, perturb } from '../demand/cell-key';
import { messages } from './locales';
import { aggregateRecords, type AggregatedRecord, type DashboardData, isoWeekStart } from '../demand/stats';
import { dashboardTables, rawTables, TABLE_IDS } from './tables';
import type { Shown } from '../demand/suppress';
import { isoWeek } from '../demand/bands';

const WEEKS = Array.from({ length: 8 }, (_, i) => isoWeek(isoWeekStart('2026-W10') + i * 7 * 86_400_000));
const t = messages('de');

const recordArb: fc.Arbitrary<AggregatedRecord & { embedId: string }> = fc.record({
  embedId: fc.constantFrom('emb_a', 'emb_b'),
  isoWeek: fc.constantFrom(...WEEKS),
  originDistrictKey: fc.constantFrom(null, '14626', '11000', '14612'),
  seekerType: fc.constantFrom('household' as const, 'group' as const),
  householdType: fc.constantFrom('single', 'couple', 'family', 'senior', 'group'),
  sizeBand: fc.constantFrom('1', '2', '3-4', '5+', 'group'),
  ageBands: fc.uniqueArray(fc.constantFrom('u30', '30-44', '45-64', '65+'), { minLength: 1, maxLength: 2 }),
  budgetBand: fc.constantFrom('<500', '500-799', '800-1099', '1100-1499'),
  equityBand: fc.constantFrom('none', 'lt10k', '10k-50k'),
  legalForms: fc.uniqueArray(fc.constantFrom('cooperative', 'rental', 'ownership'), { maxLength: 2 }),
  timeline: fc.constantFrom('now', 'lt1y', '1to3y', 'flexible'),
  priorities: fc.uniqueArray(fc.constantFrom('who.ageBands', 'money.legalForms', 'needs.barrierFree'), { maxLength: 2 }),
  barrierFreeNeed: fc.boolean(),
  anyMatch: fc.boolean(),
  cellKey: fc.integer({ min: 0, max: 255 }),
});

function data(records: readonly AggregatedRecord[], from: string, to: string): DashboardData {
  const funnel = { contactRequests: 0, inConversation: 0, visited: 0, trialStays: 0, trialFits: 0, accepted: 0, movedIn: 0 };
  return {
    filter: { organizationId: 'org_m', from, to },
    region: { name: 'Test', districtKeys: ['14626'], postcodes: [] },
    demand: aggregateRecords(records, from, to),
    demandKeys: aggregateRecords(records, from, to, 'cellKey'),
    funnel,
    funnelKeys: funnel,
    supply: [],
    properties: [],
    districtNames: {},
    rowsRead: 0,
  };
}

interface Count {
  shown: Shown;
  truth: number;
  keySum: number;
  /** Its table is withheld: "•" then says nothing (0 or more), else it says 5 or more. */
  withheld: boolean;
}

/** Every shown count of a view with its true count, keyed by where it is shown. */
function shownCounts(d: DashboardData): Map<string, Count> {
  const view = dashboardTables(d, t);
  const { tables, keyCells } = rawTables(d);
  const out = new Map<string, Count>();
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  out.set('headline', { shown: view.headline, truth: d.demand.total, keySum: d.demandKeys.total, withheld: false });
  for (const id of TABLE_IDS) {
    const raw = tables.find((x) => x.id === id)!;
    const keys = keyCells[id]!;
    const shown = view.tables[id];
    raw.cells.forEach((row, r) => row.forEach((n, c) => out.set(`${id}|${raw.rows[r]}|${raw.columns[c]}`, { shown: shown.cells[r]![c]!, truth: n, keySum: keys[r]![c]!, withheld: shown.withheld })));
    shown.columnTotals?.forEach((s, c) => out.set(`${id}|total|${raw.columns[c]}`, { shown: s, truth: sum(raw.cells.map((row) => row[c]!)), keySum: sum(keys.map((row) => row[c]!)), withheld: shown.withheld }));
  }
  return out;
}

/** The counts a reader holds possible behind a shown number or marker. */
function possible({ shown: s, withheld }: Count, cap: number): number[] {
  if (s.kind === 'small') return [1, 2, 3, 4];
  if (s.kind === 'hidden') return withheld ? Array.from({ length: cap + 1 }, (_, i) => i) : Array.from({ length: Math.max(cap - 4, 1) }, (_, i) => i + 5);
  return s.n === 0 ? [0] : possibleCounts(s.n);
}

function checkPair(a: DashboardData, b: DashboardData): { compared: number } {
  const va = shownCounts(a);
  const vb = shownCounts(b);
  let compared = 0;
  for (const [where, y] of vb) {
    const x = va.get(where);
    // Origin rows are chosen per view (top districts): compare only what both views show.
    if (!x) continue;
    for (const v of [x, y]) if (v.shown.kind === 'value') expect(v.shown.n, `${where}: the cell-key value`).toBe(perturb(v.truth, v.keySum));
    const c = y.truth - x.truth;
    if (c < 1 || c > 4) continue;
    compared++;
    const cap = y.truth + 10;
    const differences = new Set<number>();
    for (const p of possible(x, cap)) for (const q of possible(y, cap)) if (q >= p) differences.add(q - p);
    expect(differences.has(c), where).toBe(true);
    expect(differences.size, `${where}: ${JSON.stringify(x.shown)} vs ${JSON.stringify(y.shown)} pins ${c}`).toBeGreaterThanOrEqual(2);
  }
  return { compared };
}

describe('differencing two dashboard views', () => {
  it('gives no count of 1–4 from a period minus the same period one week shorter, nor from the region minus an embed', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 20, maxLength: 160 }), fc.integer({ min: 1, max: WEEKS.length - 1 }), (records, end) => {
        const first = WEEKS[0]!;
        // Weeks 1…end+1 minus weeks 1…end: the last week's people.
        compared += checkPair(data(records, first, WEEKS[end - 1]!), data(records, first, WEEKS[end]!)).compared;
        // The region minus embed A: embed B's people.
        compared += checkPair(data(records.filter((r) => r.embedId === 'emb_a'), first, WEEKS.at(-1)!), data(records, first, WEEKS.at(-1)!)).compared;
      }),
      { numRuns: 40 },
    );
    // The random data really produced differences of 1–4 to check.
    expect(compared).toBeGreaterThan(200);
  });
});
