import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HouseholdCard } from '../db/json';
import { answersArbitrary, seekerArbitrary } from '../matching/test-support';
import type { Answers } from '../questionnaire/types';
import { catalogueV1 } from '../questionnaire/v1';
import { cardOf, combineScores, COMPARED, householdFit, initiativeFit, MISERY_MARGIN, rankHouseholds, type InitiativeForFit } from './fit';

const RUNS = { numRuns: 150 };
const TIMEOUT_MS = 30_000;

const householdArbitrary: fc.Arbitrary<HouseholdCard> = seekerArbitrary.map((a) => cardOf({ ...a, 'who.seekerType': { value: 'household' } }));

const initiativeArbitrary: fc.Arbitrary<InitiativeForFit> = fc
  .tuple(answersArbitrary('project'), fc.array(householdArbitrary, { maxLength: 4 }), fc.subarray(['cooperative', 'syndicate', 'rental'] as string[]), fc.subarray(['village', 'small_town', 'town'] as string[]))
  .map(([profile, members, legalForms, settlements]) => ({ id: 'ini', profile, members, legalForms, seeking: { settlements, timeline: 'unknown' } }));

/** The value of a compared question that is furthest from `value` (an ordinal scale's other end). */
function opposite(questionId: string, value: unknown): unknown {
  const q = catalogueV1.questions.find((x) => x.id === questionId)!;
  if (q.kind === 'count') return (value as number) >= 20 ? 0 : 40;
  const options = (q.options ?? []).map((o) => o.value).filter((v) => v !== 'any' && v !== 'flexible');
  const i = options.indexOf(value as string);
  return i < 0 ? options[0] : options[i < options.length / 2 ? options.length - 1 : 0];
}

/** A household that disagrees, as strongly as it can, with every wish `card` stated. */
function disliker(card: HouseholdCard): HouseholdCard {
  const wishes: Answers = {};
  for (const id of COMPARED) {
    const w = card.wishes[id];
    wishes[id] = { value: opposite(id, w?.value) as string, importance: 2 };
  }
  return { ...card, wishes };
}

describe('group fit (worker/groups/fit.ts)', () => {
  it('combines with a least-misery floor: never more than the margin above the lowest, never above the geometric mean', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }), (scores) => {
        const combined = combineScores(scores);
        const geometric = Math.exp(scores.reduce((s, x) => s + Math.log(Math.max(x, 1e-9)), 0) / scores.length);
        expect(combined).toBeLessThanOrEqual(Math.min(...scores) + MISERY_MARGIN);
        expect(combined).toBeLessThanOrEqual(Math.round(geometric));
        expect(combined).toBeGreaterThanOrEqual(Math.min(...scores));
      }),
      RUNS,
    );
    // One strong mismatch shows, where an average would hide it.
    expect(combineScores([95, 90, 92, 10])).toBe(25);
  });

  it('the pair score is symmetric, and exactly so when both answered the same questions', () => {
    fc.assert(
      fc.property(householdArbitrary, householdArbitrary, (a, b) => {
        expect(householdFit(a, b)?.score ?? null).toBe(householdFit(b, a)?.score ?? null);
        // Same questions answered: b takes a's question set with its own values where it has them.
        const same: HouseholdCard = { ...b, wishes: Object.fromEntries(Object.keys(a.wishes).map((id) => [id, b.wishes[id] ?? a.wishes[id]!])) };
        expect(householdFit(a, same)?.score ?? null).toBe(householdFit(same, a)?.score ?? null);
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('adding a member who dislikes the seeker never raises the seeker’s score', () => {
    fc.assert(
      fc.property(householdArbitrary, initiativeArbitrary, (card, initiative) => {
        const before = initiativeFit(card, initiative);
        const added = disliker(card);
        const pair = householdFit(card, added);
        const after = initiativeFit(card, { ...initiative, members: [...initiative.members, added] });
        if (before === null) expect(after).toBeNull();
        else if (pair === null) expect(after).toBeNull();
        else {
          expect(after).not.toBeNull();
          // The disliker scores at most what the group scored before: the group can only fall.
          fc.pre(pair.score <= before.score);
          expect(after!.score).toBeLessThanOrEqual(before.score);
        }
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('a dealbreaker of any member holds: the member’s exclusion excludes the group', () => {
    fc.assert(
      fc.property(householdArbitrary, initiativeArbitrary, fc.constantFrom(...COMPARED.filter((id) => id !== 'where.timeline')), (card, initiative, questionId) => {
        const wish = card.wishes[questionId];
        fc.pre(wish !== undefined);
        // A member who rules out anything but the opposite of what the household said.
        const strict: HouseholdCard = { ...disliker(card), wishes: { ...disliker(card).wishes, [questionId]: { value: opposite(questionId, wish!.value) as string, importance: 3 } } };
        fc.pre(householdFit(card, strict) === null);
        expect(initiativeFit(card, { ...initiative, members: [...initiative.members, strict] })).toBeNull();
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('ranks households like pairing them one by one', () => {
    fc.assert(
      fc.property(householdArbitrary, fc.array(householdArbitrary, { maxLength: 6 }), (card, others) => {
        const candidates = others.map((c, i) => ({ id: `p${i}`, card: c }));
        const ranked = rankHouseholds(card, candidates);
        const expected = candidates.flatMap((c) => {
          const fit = householdFit(card, c.card);
          return fit ? [{ id: c.id, score: fit.score }] : [];
        });
        expect(ranked.map((r) => ({ id: r.item.id, score: r.fit.score }))).toEqual(expected.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1)));
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('a card keeps no exact money, postcode or household size', () => {
    const card = cardOf({
      'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 1 }, 'where.postcode': { value: '02763' },
      'who.originPostcode': { value: '01067' }, 'money.maxMonthlyCost': { value: 937 }, 'money.equity': { value: '10k-50k' }, 'community.hours': { value: 9, importance: 2 },
    });
    const json = JSON.stringify(card);
    expect(json).not.toMatch(/02763|01067|937/);
    expect(card).toMatchObject({ householdType: 'family', sizeBand: '3-4', budgetBand: '800-1099', equityBand: '10k-50k' });
    expect(card.wishes['community.hours']).toEqual({ value: 8, importance: 2 });
  });
});
