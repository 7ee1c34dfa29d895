/**
 * The locator map as inline SVG (worker/listings/place-map.ts): the district's box, its places as
 * dots, the nearest named, the listing's place marked. Presentation attributes only (the CSP allows
 * no inline style), no script; `role="img"` with a title and a description that say in words what
 * it shows, so the picture adds nothing a screen reader misses.
 */
import type { PlaceMap } from '../../listings/place-map';
import { messages, type Locale } from '../../i18n';

const INK = '#1d2b24';
const MUTED = '#55615a';
const ACCENT = '#0b5e55';

export function mapDescription(map: PlaceMap, locale: Locale): string {
  const t = messages(locale).listingPage;
  const near = map.neighbours.map((n) => t.neighbour(n.name, n.km)).join(', ');
  return t.mapDescription(map.listing.name, map.listing.postcode, map.district, near);
}

export function PlaceMapSvg({ map, locale }: { map: PlaceMap; locale: Locale }) {
  const t = messages(locale).listingPage;
  const { width, height, listing } = map;
  const labelLeft = listing.x > width / 2;
  return (
    <svg class="map" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby="map-title map-desc" xmlns="http://www.w3.org/2000/svg">
      <title id="map-title">{t.mapTitle(listing.name, map.district)}</title>
      <desc id="map-desc">{mapDescription(map, locale)}</desc>
      <rect x="1" y="1" width={width - 2} height={height - 2} rx="6" fill="#f3f5f1" stroke={MUTED} stroke-width="1" stroke-dasharray="4 3" />
      <text x="8" y="16" font-size="11" fill={MUTED}>
        {map.district}
      </text>
      {map.places.map((p) => (
        <circle cx={p.x} cy={p.y} r="2" fill={MUTED} />
      ))}
      {map.neighbours.map((n) => (
        <text x={n.anchor === 'start' ? n.x + 5 : n.x - 5} y={n.y + 4} font-size="11" fill={INK} text-anchor={n.anchor}>
          {n.name}
        </text>
      ))}
      <circle cx={listing.x} cy={listing.y} r="7" fill={ACCENT} stroke="#fff" stroke-width="2" />
      <text x={labelLeft ? listing.x - 11 : listing.x + 11} y={listing.y - 9} font-size="13" font-weight="700" fill={INK} text-anchor={labelLeft ? 'end' : 'start'}>
        {listing.name}
      </text>
    </svg>
  );
}
