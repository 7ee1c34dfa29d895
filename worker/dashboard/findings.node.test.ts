/**
 * Key findings are worked out from the suppressed, perturbed view only: for any records their texts
 * hold no count from 1 to 4, they use the numbers the tables show, they change when the data
 * changes, and "most often" is never claimed over a cell that suppression hid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeek } from '../demand/bands';
import { certainlyLargest, findings } from '../demand/findings';
import { aggregateRecords, type AggregatedRecord, type DashboardData, isoWeekStart, type PropertyListing } from '../demand/stats';
import { formatShown } from '../demand/suppress';
import { perturb } from '../demand/cell-key';
import { findingText, viewFindings } from './findings';
import { messages } from './locales';
import { dashboardTables } from './tables';

const WEEK_MS = 7 * 86_400_000;
const WEEKS = Array.from({ length: 8 }, (_, i) => isoWeek(isoWeekStart('2026-W30') + i * WEEK_MS));
const [FROM, TO] = [WEEKS[0]!, WEEKS.at(-1)!];

const recordArb: fc.Arbitrary<AggregatedRecord> = fc.record({
  isoWeek: fc.constantFrom(...WEEKS),
  seekerType: fc.constantFrom('household' as const, 'group' as const),
  householdType: fc.constantFrom('single', 'couple', 'family', 'senior', 'group'),
  sizeBand: fc.constantFrom('1', '2', '3-4', '5+', 'group'),
  ageBands: fc.uniqueArray(fc.constantFrom('u30', '30-44', '45-64', '65+'), { maxLength: 2 }),
  budgetBand: fc.constantFrom('<500', '500-799', '800-1099', '1100-1499', '1500+', 'unknown'),
  equityBand: fc.constantFrom('none', 'lt10k', '10k-50k', '50k-150k', 'gt150k', 'unknown'),
  legalForms: fc.uniqueArray(fc.constantFrom('cooperative', 'rental', 'ownership'), { maxLength: 2 }),
  timeline: fc.constantFrom('now', 'lt1y', '1to3y', 'flexible'),
  priorities: fc.uniqueArray(fc.constantFrom('who.ageBands', 'money.legalForms'), { maxLength: 1 }),
  barrierFreeNeed: fc.boolean(),
  anyMatch: fc.boolean(),
  originDistrictKey: fc.constantFrom(null, '14626', '14612', '11000', '09162'),
  cellKey: fc.integer({ min: 0, max: 255 }),
});

// Titles without digits: a building's own name is the one free text in a finding.
const PROPERTIES: PropertyListing[] = [
  { id: 'p1', title: 'Alte Schule', place: 'Großschönau', legalForm: 'cooperative', equityRequiredCents: 0, monthlyCostMinCents: 60_000, unitsTotal: 8, freePlaces: 6, barrierFree: false, childrenWelcome: true },
  { id: 'p2', title: 'Gutshof', place: 'Oybin', legalForm: 'rental', equityRequiredCents: 0, monthlyCostMinCents: null, unitsTotal: 4, freePlaces: 4, barrierFree: true, childrenWelcome: true },
];

/** Forming groups interested in each of PROPERTIES (count, key sum), as worker/demand/initiatives.ts folds them. */
type Interested = [number, number][];

function data(records: readonly AggregatedRecord[], previous: readonly AggregatedRecord[] = [], interested: Interested = []): DashboardData {
  const funnel = { contactRequests: 0, inConversation: 0, visited: 0, trialStays: 0, trialFits: 0, accepted: 0, movedIn: 0 };
  return {
    filter: { organizationId: 'org_m', from: FROM, to: TO },
    region: { name: 'Test', districtKeys: ['14626'], postcodes: [] },
    demand: aggregateRecords(records, FROM, TO),
    demandKeys: aggregateRecords(records, FROM, TO, 'cellKey'),
    funnel,
    funnelKeys: funnel,
    supply: [],
    properties: PROPERTIES,
    districtNames: { '14612': 'Dresden', '11000': 'Berlin', '09162': 'München' },
    rowsRead: 0,
    previous: { range: { from: '2026-W22', to: '2026-W29' }, total: previous.length, key: previous.reduce((s, r) => s + (r.cellKey ?? 0), 0) },
    initiatives: {
      forming: { n: 0, key: 0 }, households: { n: 0, key: 0 }, sought: { n: 0, key: 0 },
      properties: Object.fromEntries(interested.map(([n, key], i) => [PROPERTIES[i]!.id, { interested: { n, key }, ready: { n: Math.floor(n / 2), key } }])),
    },
  };
}

const interestedArb: fc.Arbitrary<Interested> = fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 3000 })), { minLength: 2, maxLength: 2 });

const texts = (d: DashboardData, lang: 'de' | 'en' = 'de') => {
  const t = messages(lang);
  return viewFindings(dashboardTables(d, t)).map((f) => findingText(f, t));
};

/** A number 1–4 on its own: not part of "1.234", "12", "0,4" or "2026". */
const SMALL = /(?<![\d.,])[1-4](?![\d]|[.,]\d)/;

describe('key findings', () => {
  it('never state a count from 1 to 4, in German or English, for any records', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 120 }), fc.array(recordArb, { maxLength: 60 }), interestedArb, (records, previous, interested) => {
        for (const lang of ['de', 'en'] as const) {
          const list = texts(data(records, previous, interested), lang);
          expect(list.length).toBeGreaterThanOrEqual(1);
          expect(list.length).toBeLessThanOrEqual(6);
          for (const text of list) expect(text, text).not.toMatch(SMALL);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('the regular expression does catch small counts (so the test above can fail)', () => {
    for (const bad of ['3 Anfragen', 'vorher 4 Fragebögen).', 'um 2 %', '(1)']) expect(bad).toMatch(SMALL);
    for (const ok of ['1.234 Anfragen', '12 %', '2026', '800–1.099 €', '< 5']) expect(ok).not.toMatch(SMALL);
  });

  it('use the numbers the tables show, and change when the data changes', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 20, maxLength: 120 }), recordArb, (records, extra) => {
        const d = data(records);
        const view = dashboardTables(d, messages('de'));
        const [demand] = viewFindings(view);
        if (demand!.kind !== 'demand') throw new Error(`first finding is ${demand!.kind}`);
        expect(formatShown({ kind: 'value', n: demand!.n }, 'de')).toBe(formatShown(view.headline, 'de'));
        // Thirty more of one kind: the headline moves by 30 ± the noise, so the texts differ.
        const more = [...records, ...Array.from({ length: 30 }, (_, i) => ({ ...extra, cellKey: (i * 37) % 256 }))];
        expect(texts(data(more))).not.toEqual(texts(d));
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('name the largest groups, what they can afford, what is missing, the best building and the trend', () => {
    const base: AggregatedRecord = { isoWeek: WEEKS[2]!, seekerType: 'household', householdType: 'single', sizeBand: '1', ageBands: ['u30'], budgetBand: '500-799', equityBand: 'none', legalForms: [], timeline: 'now', priorities: [], barrierFreeNeed: false, anyMatch: false, originDistrictKey: '14612', cellKey: 0 };
    const many = (n: number, r: Partial<AggregatedRecord>) => Array.from({ length: n }, (_, i) => ({ ...base, ...r, cellKey: (i * 53) % 256 }));
    const records = [
      ...many(60, {}),
      ...many(30, { householdType: 'couple', sizeBand: '2', budgetBand: '800-1099', anyMatch: true, originDistrictKey: '14626' }),
      ...many(20, { householdType: 'family', sizeBand: '3-4', budgetBand: '1100-1499', anyMatch: true, originDistrictKey: '14626' }),
    ];
    const list = texts(data(records, many(50, {})));
    expect(list).toHaveLength(6);
    const [demand, who, money, unmet, building, trend] = list;
    expect(demand).toMatch(/^1\d\d Haushalte und Gruppen .* kommen \d+ von außerhalb der Region \(\d+ %\)/);
    expect(who).toMatch(/^Am häufigsten suchen Alleinstehende \(\d+\), danach Paare \(\d+\)\.$/);
    expect(money).toContain('500–799 €');
    expect(unmet).toMatch(/^\d+ Anfragen fanden nichts Passendes .*vor allem Alleinstehende; das häufigste Budget darunter: 500–799 € im Monat\.$/);
    expect(building).toContain('„Alte Schule“ in Großschönau');
    expect(trend).toMatch(/gestiegen \(vorher \d+ Fragebögen\)/);
    // The same view in English.
    expect(texts(data(records, many(50, {})), 'en')[1]).toMatch(/^Most often, single people are looking/);
  });

  it('name the groups forming for the best building only as shown: a perturbed count from 5, "fewer than 5" below', () => {
    const base: AggregatedRecord = { isoWeek: WEEKS[2]!, seekerType: 'group', householdType: 'group', sizeBand: 'group', ageBands: [], budgetBand: 'unknown', equityBand: 'unknown', legalForms: [], timeline: 'now', priorities: [], barrierFreeNeed: false, anyMatch: false, originDistrictKey: null, cellKey: 0 };
    const records = Array.from({ length: 30 }, (_, i) => ({ ...base, cellKey: (i * 29) % 256 }));
    const building = (interested: Interested, lang: 'de' | 'en' = 'de') => texts(data(records, [], interested), lang).find((x) => x.includes('Alte Schule'))!;
    expect(building([[7, 100], [0, 0]])).toContain(`und ${perturb(7, 100)} Gruppen bilden sich dafür.`);
    expect(building([[2, 100], [0, 0]])).toContain('und weniger als 5 Gruppen bilden sich dafür.');
    expect(building([[2, 100], [0, 0]], 'en')).toContain('and less than 5 groups are forming for it.');
    expect(building([[0, 0], [0, 0]])).not.toContain('bilden sich');
  });

  it('do not claim "most often" over a hidden cell that could be larger', () => {
    const col = { cells: [{ key: 'a', value: { kind: 'value' as const, n: 12 } }, { key: 'b', value: { kind: 'hidden' as const } }], total: { kind: 'value' as const, n: 40 } };
    expect(certainlyLargest(col)).toEqual([]); // "b" may hold up to 28 + noise
    expect(certainlyLargest({ ...col, total: { kind: 'value', n: 14 } }).map((c) => c.key)).toEqual(['a']); // "b" holds at most 2 + noise
    expect(certainlyLargest({ cells: col.cells })).toEqual([]); // no total shown: nothing is certain
    expect(certainlyLargest({ cells: [{ key: 'a', value: { kind: 'value', n: 5 } }, { key: 'b', value: { kind: 'small' } }] }).map((c) => c.key)).toEqual(['a']);
  });

  it('say only that there are too few questionnaires when the headline is suppressed', () => {
    const small = { kind: 'small' as const };
    expect(findings({ headline: small, previous: small, buildings: [] }, [])).toEqual([{ kind: 'tooFew', table: 'weeks' }]);
  });
});
