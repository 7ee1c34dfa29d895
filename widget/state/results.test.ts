import { describe, expect, it } from 'vitest';
import type { Match } from '../api/shapes';
import { isSortKey, sortMatches } from './results';

const match = (id: string, distanceKm: number | null, min: number | null, max: number | null = min): Match =>
  ({ listing: { id, monthlyCostMinCents: min, monthlyCostMaxCents: max }, distanceKm }) as unknown as Match;

// In the API's fit order.
const ranked = [match('a', 12, 90000), match('b', null, 40000), match('c', 3, null, 60000), match('d', 3, null, null), match('e', 12, 40000)];
const ids = (ms: Match[]) => ms.map((m) => m.listing.id);

describe('sorting result cards', () => {
  it('keeps the API fit order for "fit"', () => {
    expect(ids(sortMatches(ranked, 'fit'))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('puts the nearest first, unknown distances last, ties in fit order', () => {
    expect(ids(sortMatches(ranked, 'distance'))).toEqual(['c', 'd', 'a', 'e', 'b']);
  });

  it('puts the cheapest first by the lowest cost named, "on request" last', () => {
    expect(ids(sortMatches(ranked, 'cost'))).toEqual(['b', 'e', 'c', 'a', 'd']);
  });

  it('does not reorder the list it was given', () => {
    sortMatches(ranked, 'distance');
    expect(ids(ranked)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('accepts only its own keys from a select', () => {
    expect(['fit', 'distance', 'cost'].every(isSortKey)).toBe(true);
    expect(isSortKey('price')).toBe(false);
    expect(isSortKey(undefined)).toBe(false);
  });
});
