import { describe, expect, it } from 'vitest';
import type { BrowseListing, BrowseResponse } from '../api/shapes';
import { addPage, browseQuery, filterProblems, freshFilters, hasMore, MAP_HEIGHT, MAP_PAD, MAP_WIDTH, PAGE_SIZE, projectMarkers } from './browse';

const listing = (id: string, lat: number, lon: number, place = id): BrowseListing => ({
  id, kind: 'project', title: `Projekt ${id}`, summary: '', place, postcode: '02763', stage: 'planning', legalForm: 'cooperative',
  monthlyCostMinCents: null, monthlyCostMaxCents: null, equityRequiredCents: 0, freePlaces: 1, barrierFree: false, photo: null,
  coordinates: { lat, lon }, pageUrl: `https://api.example/listings/${id}/projekt`,
});

const page = (n: number, listings: BrowseListing[], total: number): BrowseResponse => ({ total, page: n, pageSize: 2, listings });

describe('browse filters → query string', () => {
  it('sends only what is set, with sort, page, page size and locale', () => {
    expect(browseQuery(freshFilters(), 1, 'de')).toBe(`?sort=newest&page=1&pageSize=${PAGE_SIZE}&locale=de`);
    const q = new URLSearchParams(
      browseQuery({ kind: 'property', stage: 'forming', legalForm: 'syndicate', place: ' Zittau ', maxMonthlyCost: '0800', minFreePlaces: '2', barrierFree: true, sort: 'cost' }, 3, 'en'),
    );
    expect(Object.fromEntries(q)).toEqual({
      kind: 'property', stage: 'forming', legalForm: 'syndicate', place: 'Zittau', maxMonthlyCost: '800', minFreePlaces: '2', barrierFree: 'true', sort: 'cost', page: '3', pageSize: String(PAGE_SIZE), locale: 'en',
    });
  });

  it('reads digits as a postcode (or its start) and one letter as nothing', () => {
    expect(new URLSearchParams(browseQuery({ ...freshFilters(), place: '027' }, 1, 'de')).get('postcode')).toBe('027');
    const one = new URLSearchParams(browseQuery({ ...freshFilters(), place: 'Z' }, 1, 'de'));
    expect([one.has('place'), one.has('postcode')]).toEqual([false, false]);
  });

  it('drops values the API does not know, and a number field with a typo (which the form then names)', () => {
    const f = { ...freshFilters(), kind: 'castle', maxMonthlyCost: '8OO', minFreePlaces: '-1', sort: 'random' as never };
    expect(filterProblems(f)).toEqual(['maxMonthlyCost', 'minFreePlaces']);
    const q = new URLSearchParams(browseQuery(f, 1, 'de'));
    expect([q.has('kind'), q.has('maxMonthlyCost'), q.has('minFreePlaces'), q.get('sort')]).toEqual([false, false, false, 'newest']);
    expect(filterProblems({ ...freshFilters(), maxMonthlyCost: ' 950 ', minFreePlaces: '' })).toEqual([]);
  });
});

describe('browse pagination', () => {
  it('appends the next page for the same filters, replaces on new filters, never shows a listing twice', () => {
    const applied = freshFilters();
    const first = addPage(undefined, applied, page(1, [listing('a', 51, 14), listing('b', 51, 14)], 3));
    expect(hasMore(first)).toBe(true);
    const second = addPage(first, applied, page(2, [listing('b', 51, 14), listing('c', 51, 14)], 3));
    expect(second.items.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(hasMore(second)).toBe(false);
    const other = { ...freshFilters(), kind: 'property' };
    expect(addPage(second, other, page(1, [listing('d', 51, 14)], 1)).items.map((l) => l.id)).toEqual(['d']);
    // A late second page of older filters does not mix into a new list.
    expect(addPage(second, other, page(2, [listing('e', 51, 14)], 9)).items.map((l) => l.id)).toEqual(['e']);
  });
});

describe('map projection', () => {
  it('fits the bounds into the view box, north up, one scale for both axes, and groups one place', () => {
    const markers = projectMarkers([listing('west', 50.9, 14.6), listing('east', 50.9, 15.0), listing('north', 51.1, 14.8), listing('east2', 50.9, 15.0)]);
    expect(markers.map((m) => m.listings.map((l) => l.id))).toEqual([['west'], ['east', 'east2'], ['north']]);
    const [west, east, north] = markers;
    for (const m of markers) {
      expect(m.x).toBeGreaterThanOrEqual(MAP_PAD);
      expect(m.x).toBeLessThanOrEqual(MAP_WIDTH - MAP_PAD);
      expect(m.y).toBeGreaterThanOrEqual(MAP_PAD);
      expect(m.y).toBeLessThanOrEqual(MAP_HEIGHT - MAP_PAD);
    }
    expect(west!.x).toBeLessThan(east!.x);
    expect(north!.y).toBeLessThan(west!.y);
    // 0.4° of longitude at 51° N is about 0.25° of latitude: the x span is shorter than 0.4 × scale.
    const scale = (MAP_HEIGHT - 2 * MAP_PAD) / 0.2;
    expect(east!.x - west!.x).toBeCloseTo(0.4 * Math.cos((51 * Math.PI) / 180) * scale, 0);
    expect(west!.y - north!.y).toBeCloseTo(0.2 * scale, 0);
  });

  it('puts a single place in the middle and draws nothing for no listings', () => {
    expect(projectMarkers([listing('a', 50.9, 14.8)]).map((m) => [m.x, m.y])).toEqual([[MAP_WIDTH / 2, MAP_HEIGHT / 2]]);
    expect(projectMarkers([])).toEqual([]);
  });
});
