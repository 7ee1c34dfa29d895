/**
 * The groups' rankings (worker/groups/fit.ts) score every candidate without reasons and explain
 * only the winners; they must be exactly the ranking of scoring each pair on its own: the same
 * candidates, in the same order, with the same fits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HouseholdCard } from '../db/json';
import { answersArbitrary, seekerArbitrary } from '../matching/test-support';
import { cardOf, householdFit, initiativeFit, rankForInitiative, rankHouseholds, rankInitiatives, type InitiativeForFit, type PeopleFit } from './fit';

const RUNS = { numRuns: 60 };
const TIMEOUT_MS = 60_000;

const card: fc.Arbitrary<HouseholdCard> = seekerArbitrary.map((a) => cardOf({ ...a, 'who.seekerType': { value: 'household' } }));
const entries = fc.array(card, { maxLength: 25 }).map((cards) => cards.map((c, i) => ({ id: `p${String(i).padStart(2, '0')}`, card: c })));
const initiative = (id: string): fc.Arbitrary<InitiativeForFit> =>
  fc
    .tuple(answersArbitrary('project'), fc.array(card, { maxLength: 4 }), fc.subarray(['cooperative', 'syndicate', 'rental'] as string[]), fc.subarray(['village', 'small_town', 'town'] as string[]))
    .map(([profile, members, legalForms, settlements]) => ({ id, profile, members, legalForms, seeking: { settlements, timeline: 'unknown' } }));
const initiatives = fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => initiative(`i${String(i).padStart(2, '0')}`))));

/** The reference: every pair on its own, sorted by score (desc) then id, the first `limit`. */
function reference<T extends { id: string }>(items: readonly T[], fit: (item: T) => PeopleFit | null, limit: number) {
  return items
    .flatMap((item) => {
      const f = fit(item);
      return f ? [{ id: item.id, fit: f }] : [];
    })
    .sort((a, b) => b.fit.score - a.fit.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

/** How many runs compared a non-empty ranking: a property that only ever saw empty lists proves nothing. */
let compared = 0;
function same(ranked: { item: { id: string }; fit: PeopleFit }[], expected: { id: string; fit: PeopleFit }[]) {
  expect(shape(ranked)).toEqual(expected);
  if (expected.length > 0) compared++;
}

const shape = (ranked: { item: { id: string }; fit: PeopleFit }[]) => ranked.map((r) => ({ id: r.item.id, fit: r.fit }));

describe('group rankings equal scoring each pair', () => {
  it('households for a household', () => {
    compared = 0;
    fc.assert(
      fc.property(card, entries, fc.integer({ min: 1, max: 30 }), (me, pool, limit) => {
        same(rankHouseholds(me, pool, { limit }), reference(pool, (e) => householdFit(me, e.card), limit));
      }),
      RUNS,
    );
    expect(compared).toBeGreaterThan(RUNS.numRuns / 10);
  }, TIMEOUT_MS);

  it('initiatives for a household', () => {
    compared = 0;
    fc.assert(
      fc.property(card, initiatives, fc.integer({ min: 1, max: 15 }), (me, list, limit) => {
        same(rankInitiatives(me, list, { limit }), reference(list, (i) => initiativeFit(me, i), limit));
      }),
      RUNS,
    );
    expect(compared).toBeGreaterThan(RUNS.numRuns / 10);
  }, TIMEOUT_MS);

  it('households for an initiative', () => {
    compared = 0;
    fc.assert(
      fc.property(initiative('ini'), entries, fc.integer({ min: 1, max: 30 }), (group, pool, limit) => {
        same(rankForInitiative(group, pool, { limit }), reference(pool, (e) => initiativeFit(e.card, group), limit));
      }),
      RUNS,
    );
    expect(compared).toBeGreaterThan(RUNS.numRuns / 10);
  }, TIMEOUT_MS);
});
