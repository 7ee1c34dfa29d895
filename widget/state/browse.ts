/**
 * "Browse all" without the DOM: the filters as the form holds them, the query string they become
 * (`GET /v1/embeds/{key}/listings`), the pages loaded so far, and where the map draws each place.
 */
import type { ApiError } from '../api/client';
import type { BrowseListing, BrowseQueryInput, BrowseResponse, ListingSummary } from '../api/shapes';
import type { Locale } from '../locales';

export type BrowseSort = NonNullable<BrowseQueryInput['sort']>;
export const BROWSE_SORTS: readonly BrowseSort[] = ['newest', 'cost', 'freePlaces', 'place'];
export const KINDS: readonly ListingSummary['kind'][] = ['project', 'property'];
export const STAGES: readonly ListingSummary['stage'][] = ['forming', 'planning', 'building', 'occupied'];
export const LEGAL_FORMS: readonly ListingSummary['legalForm'][] = ['cooperative', 'syndicate', 'ownership', 'rental', 'foundation', 'other'];

/** Listings per request; "more" asks for the next page. */
export const PAGE_SIZE = 12;

/** The filter form's values as typed (numbers stay text until applied, so a typo is shown, not lost). */
export interface BrowseFilters {
  kind: string;
  stage: string;
  legalForm: string;
  /** A place name or a postcode (or its start). */
  place: string;
  maxMonthlyCost: string;
  minFreePlaces: string;
  barrierFree: boolean;
  sort: BrowseSort;
}

export const freshFilters = (): BrowseFilters => ({
  kind: '', stage: '', legalForm: '', place: '', maxMonthlyCost: '', minFreePlaces: '', barrierFree: false, sort: 'newest',
});

/** The number fields whose text is not a whole number ≥ 0 (empty is fine: no filter). */
export type FilterProblem = 'maxMonthlyCost' | 'minFreePlaces';

export function filterProblems(f: BrowseFilters): FilterProblem[] {
  const bad = (v: string) => v.trim() !== '' && !/^\d{1,6}$/.test(v.trim());
  return (['maxMonthlyCost', 'minFreePlaces'] as const).filter((k) => bad(f[k]));
}

const oneOf = <T extends string>(list: readonly T[], v: string): T | undefined => (list as readonly string[]).includes(v) ? (v as T) : undefined;

/**
 * The query of one page: only the filters that are set. A place of digits is a postcode (or its
 * start), anything else of two letters or more a place name's start.
 * @example
 * browseQuery({ ...freshFilters(), place: '027' }, 2, 'de'); // '?postcode=027&sort=newest&page=2&pageSize=12&locale=de'
 */
export function browseQuery(f: BrowseFilters, page: number, locale: Locale): string {
  const q = new URLSearchParams();
  const set = (k: string, v: string | undefined) => v && q.set(k, v);
  set('kind', oneOf(KINDS, f.kind));
  set('stage', oneOf(STAGES, f.stage));
  set('legalForm', oneOf(LEGAL_FORMS, f.legalForm));
  const place = f.place.trim();
  if (/^\d{1,5}$/.test(place)) q.set('postcode', place);
  else if (place.length >= 2) q.set('place', place.slice(0, 60));
  const problems = filterProblems(f);
  for (const k of ['maxMonthlyCost', 'minFreePlaces'] as const) if (!problems.includes(k)) set(k, f[k].trim() && String(Number(f[k].trim())));
  if (f.barrierFree) q.set('barrierFree', 'true');
  q.set('sort', oneOf(BROWSE_SORTS, f.sort) ?? 'newest');
  q.set('page', String(page));
  q.set('pageSize', String(PAGE_SIZE));
  q.set('locale', locale);
  return `?${q}`;
}

/** What the browse view shows: the listings of the pages loaded so far for the applied filters. */
export interface BrowseList {
  /** The filters these listings are for (the form may hold newer, unapplied ones). */
  applied: BrowseFilters;
  total: number;
  /** Pages loaded (1-based count), of `pageSize` listings each. */
  pages: number;
  pageSize: number;
  items: BrowseListing[];
}

/** One more page on top of what was loaded (the first page replaces everything). */
export function addPage(list: BrowseList | undefined, applied: BrowseFilters, response: BrowseResponse): BrowseList {
  const keep = response.page > 1 && list && list.applied === applied ? list.items : [];
  const seen = new Set(keep.map((l) => l.id));
  // A listing added between two requests can shift one onto the next page: never show it twice.
  const items = [...keep, ...response.listings.filter((l) => !seen.has(l.id))];
  return { applied, total: response.total, pages: response.page, pageSize: response.pageSize, items };
}

export const hasMore = (list: BrowseList): boolean => list.pages * list.pageSize < list.total;

/** The browse view's reads. */
export type BrowseLoad = { status: 'idle' } | { status: 'loading'; page: number } | { status: 'error'; page: number; error: ApiError };

// ── the map ─────────────────────────────────────────────────────────────────────────────────────

/** The map's drawing area (SVG user units); markers keep `MAP_PAD` from the edges. */
export const MAP_WIDTH = 400;
export const MAP_HEIGHT = 260;
export const MAP_PAD = 24;

/** One marker: the listings at one place (the same rounded postcode centroid). */
export interface MapMarker {
  x: number;
  y: number;
  place: string;
  listings: BrowseListing[];
}

/**
 * Markers in the view box of the result set's bounds: longitude shrunk by the cosine of the middle
 * latitude (so distances look right at this scale), one scale for both axes, centred; north up.
 * Listings at the same coordinates share a marker, in list order.
 */
export function projectMarkers(items: readonly BrowseListing[]): MapMarker[] {
  const groups = new Map<string, BrowseListing[]>();
  for (const l of items) {
    const key = `${l.coordinates.lat},${l.coordinates.lon}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const lats = items.map((l) => l.coordinates.lat);
  const lons = items.map((l) => l.coordinates.lon);
  if (!items.length) return [];
  const k = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  const minX = Math.min(...lons) * k;
  const maxX = Math.max(...lons) * k;
  const minY = Math.min(...lats);
  const maxY = Math.max(...lats);
  const fit = (span: number, room: number) => (span > 0 ? room / span : Infinity);
  const scale = Math.min(fit(maxX - minX, MAP_WIDTH - 2 * MAP_PAD), fit(maxY - minY, MAP_HEIGHT - 2 * MAP_PAD));
  const s = Number.isFinite(scale) ? scale : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return [...groups.values()].map((listings) => {
    const { lat, lon } = listings[0]!.coordinates;
    return {
      x: round(MAP_WIDTH / 2 + (lon * k - (minX + maxX) / 2) * s),
      y: round(MAP_HEIGHT / 2 - (lat - (minY + maxY) / 2) * s),
      place: listings[0]!.place,
      listings,
    };
  });
}
