/**
 * The map of "Browse all" (in the browse chunk, so it loads with the view and not before): an SVG drawn from the listings' coarse coordinates, no
 * tiles and no external requests, so it works offline, under a strict host CSP (positions are SVG
 * attributes, the styles come adopted with the browse view: browse.styles.ts) and on paper. Each
 * place is one marker, a focusable button named by the place and its listings; activating it leads
 * to the first of them in the list, which carries the same information for everyone.
 *
 * Built with the DOM: the drawing is kept while the listings and language stay the same, so a
 * marker keeps its focus across renders of the browse view.
 */
import type { BrowseListing } from '../../../api/shapes';
import type { BrowseTexts } from '../../../locales/browse';
import { MAP_HEIGHT, MAP_WIDTH, projectMarkers, type MapMarker } from '../../../state/browse';

const NS = 'http://www.w3.org/2000/svg';

function el(name: string, attrs: Record<string, string | number>, parent?: SVGElement, text?: string): SVGElement {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  parent?.appendChild(node);
  return node;
}

/** One widget's map: `draw` answers the same SVG element while the listings and texts are the same; `pick` gets a marker's listings. */
export function createMap(): (items: readonly BrowseListing[], t: BrowseTexts['map'], pick: (listings: BrowseListing[]) => void) => SVGElement {
  let drawn: { items: readonly BrowseListing[]; t: BrowseTexts['map']; node: SVGElement } | undefined;
  let onPick: (listings: BrowseListing[]) => void = () => undefined;
  return (items, t, pick) => {
    onPick = pick;
    if (drawn?.items !== items || drawn.t !== t) drawn = { items, t, node: drawMap(items, t, (m) => onPick(m.listings)) };
    return drawn.node;
  };
}

function drawMap(items: readonly BrowseListing[], t: BrowseTexts['map'], pick: (m: MapMarker) => void): SVGElement {
  const markers = projectMarkers(items);
  const svg = el('svg', { viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`, role: 'group', 'aria-label': t.label(markers.length) });
  el('rect', { class: 'map-frame', x: 1, y: 1, width: MAP_WIDTH - 2, height: MAP_HEIGHT - 2, rx: 8 }, svg);
  for (const m of markers) {
    const right = m.x > MAP_WIDTH * 0.7;
    const g = el('g', {
      class: 'marker',
      role: 'button',
      tabindex: 0,
      'aria-label': t.marker(m.place, m.listings.map((l) => l.title).join(', ')),
      transform: `translate(${m.x} ${m.y})`,
    }, svg);
    el('circle', { class: 'hit', r: 16 }, g);
    el('circle', { class: 'dot', r: 9 }, g);
    if (m.listings.length > 1) el('text', { class: 'count', y: 4 }, g, String(m.listings.length));
    el('text', { class: 'label', x: right ? -14 : 14, y: -12, 'text-anchor': right ? 'end' : 'start', 'aria-hidden': 'true' }, g, m.place);
    g.addEventListener('click', () => pick(m));
    g.addEventListener('keydown', (e) => {
      const key = (e as KeyboardEvent).key;
      if (key !== 'Enter' && key !== ' ') return;
      e.preventDefault();
      pick(m);
    });
  }
  return svg;
}
