/** Ordering of result cards (no DOM). The API ranks by fit; the seeker may re-sort what is shown. */
import type { Match } from '../api/shapes';

export type SortKey = 'fit' | 'distance' | 'cost';
export const SORT_KEYS: readonly SortKey[] = ['fit', 'distance', 'cost'];

/** Lowest monthly cost a listing names (the minimum, else the maximum); null when on request. */
const costOf = (m: Match): number | null => m.listing.monthlyCostMinCents ?? m.listing.monthlyCostMaxCents;

/** Ascending by `value`, unknown values last; ties keep the API's fit order (stable sort). */
function byValue(matches: Match[], value: (m: Match) => number | null): Match[] {
  return matches
    .map((m, rank) => ({ m, rank, v: value(m) }))
    .sort((a, b) => (a.v === null ? 1 : 0) - (b.v === null ? 1 : 0) || (a.v ?? 0) - (b.v ?? 0) || a.rank - b.rank)
    .map((x) => x.m);
}

export function sortMatches(matches: Match[], key: SortKey): Match[] {
  if (key === 'distance') return byValue(matches, (m) => m.distanceKm);
  if (key === 'cost') return byValue(matches, costOf);
  return matches;
}

export const isSortKey = (v: unknown): v is SortKey => typeof v === 'string' && (SORT_KEYS as readonly string[]).includes(v);
