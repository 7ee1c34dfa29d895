/**
 * A small locator map of a listing's place, from our own postcode coordinates only (no tile
 * server, no outline data): the listing's postcode centroid inside the bounding box of its
 * district's postcodes, every place of the district as a dot and the nearest few named, so a
 * reader sees where in the district it lies. Geometry here (pure); the SVG is drawn by the page.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { postcodes, type Listing } from '../db/schema';
import { distanceKm } from '../matching/geo';

export interface MapPlace {
  x: number;
  y: number;
  name: string;
}

export interface PlaceMap {
  /** viewBox size; the map keeps the district's proportions. */
  width: number;
  height: number;
  district: string;
  listing: MapPlace & { postcode: string; lat: number; lon: number };
  /** Every other place of the district (one dot per place name). */
  places: MapPlace[];
  /** The nearest of `places`, named on the map, nearest first, with where to put the label. */
  neighbours: (MapPlace & { anchor: 'start' | 'end'; km: number })[];
}

export const MAP_WIDTH = 320;
const PAD = 28;
const MIN_HEIGHT = 160;
const MAX_HEIGHT = 400;
const NEIGHBOURS = 4;

interface PostcodePoint {
  postcode: string;
  place: string;
  lat: number;
  lon: number;
}

/**
 * The map's geometry: an equirectangular projection (longitude shrunk by the cosine of the middle
 * latitude, so distances look right at German latitudes), north up, fitted into MAP_WIDTH.
 * @example
 * layoutMap({ postcode: '02763', place: 'Zittau', lat: 50.9, lon: 14.77 }, 'Landkreis Görlitz', districtPostcodes);
 */
export function layoutMap(centre: PostcodePoint, district: string, points: readonly PostcodePoint[]): PlaceMap {
  const byPlace = new Map<string, { lat: number; lon: number; n: number }>();
  for (const p of points) {
    if (p.place === centre.place) continue;
    const acc = byPlace.get(p.place) ?? { lat: 0, lon: 0, n: 0 };
    byPlace.set(p.place, { lat: acc.lat + p.lat, lon: acc.lon + p.lon, n: acc.n + 1 });
  }
  const places = [...byPlace].map(([name, a]) => ({ name, lat: a.lat / a.n, lon: a.lon / a.n })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const all = [centre, ...places];
  const lats = all.map((p) => p.lat);
  const lons = all.map((p) => p.lon);
  // A district of one place still gets a box of about 10 km around it.
  const half = 0.05;
  const minLat = Math.min(...lats, centre.lat - half);
  const maxLat = Math.max(...lats, centre.lat + half);
  const shrink = Math.cos(((minLat + maxLat) / 2) * (Math.PI / 180));
  const minLon = Math.min(...lons, centre.lon - half / shrink);
  const maxLon = Math.max(...lons, centre.lon + half / shrink);
  const spanX = (maxLon - minLon) * shrink;
  const spanY = maxLat - minLat;
  const inner = MAP_WIDTH - 2 * PAD;
  const scale = Math.min(inner / spanX, (MAX_HEIGHT - 2 * PAD) / spanY);
  const height = Math.max(MIN_HEIGHT, Math.round(spanY * scale + 2 * PAD));
  const offsetX = (MAP_WIDTH - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const round = (v: number) => Math.round(v * 10) / 10;
  const project = (lat: number, lon: number) => ({ x: round(offsetX + (lon - minLon) * shrink * scale), y: round(offsetY + (maxLat - lat) * scale) });

  const dots = places.map((p) => ({ ...project(p.lat, p.lon), name: p.name, km: distanceKm(centre.lat, centre.lon, p.lat, p.lon) }));
  const neighbours = [...dots]
    .sort((a, b) => a.km - b.km || (a.name < b.name ? -1 : 1))
    .slice(0, NEIGHBOURS)
    .map((d) => ({ ...d, km: Math.round(d.km), anchor: d.x < MAP_WIDTH / 2 ? ('start' as const) : ('end' as const) }));
  return {
    width: MAP_WIDTH,
    height,
    district,
    listing: { ...project(centre.lat, centre.lon), name: centre.place, postcode: centre.postcode, lat: centre.lat, lon: centre.lon },
    places: dots.map(({ x, y, name }) => ({ x, y, name })),
    neighbours,
  };
}

/**
 * The map of a listing's place: its postcode's centroid (the listing's own coordinates if the
 * postcode is not in the table) among the postcodes of its district.
 * @example
 * const map = await placeMap(db, listing); // null only for a district without postcodes
 */
export async function placeMap(db: Database, listing: Pick<Listing, 'postcode' | 'place' | 'districtKey' | 'lat' | 'lon'>): Promise<PlaceMap | null> {
  const rows = await db
    .select({ postcode: postcodes.postcode, place: postcodes.place, lat: postcodes.lat, lon: postcodes.lon, district: postcodes.districtName })
    .from(postcodes)
    .where(eq(postcodes.districtKey, listing.districtKey))
    .all();
  if (!rows.length) return null;
  const own = rows.find((r) => r.postcode === listing.postcode);
  const centre = { postcode: listing.postcode, place: listing.place, lat: own?.lat ?? listing.lat, lon: own?.lon ?? listing.lon };
  return layoutMap(centre, rows[0]!.district, rows.filter((r) => r.postcode !== listing.postcode));
}
