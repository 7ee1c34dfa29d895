/**
 * A link into the widget for one listing: the host page opened with `?bt-listing=<id>` (the public
 * listing page's "Passt das zu mir? / Does this fit me?" links so, worker/listings/public.ts) shows
 * that listing's fit once the seeker's answers are complete: at once with the answers a reload
 * kept, else right after the questionnaire. Its own small chunk, loaded only when the parameter is
 * there, so the first question's bytes stay as they are.
 */
import { firstInvalidStep } from '../../state/journey-search';
import type { WidgetHost } from './host';

/** The query parameter of the host page that names the listing. */
export const LISTING_PARAM = 'bt-listing';

/** The listing id the page's address names, if it looks like one. */
export function linkedListing(search: string): string | undefined {
  const id = new URLSearchParams(search).get(LISTING_PARAM)?.trim();
  return id && /^[\w-]{1,64}$/.test(id) ? id : undefined;
}

/** The fit view of the listing, on top of the results (its "back" leads to them). */
function openFit(host: WidgetHost, id: string): void {
  host.patch({ screen: 'detail', listingId: id });
  void host.search.loadDetail(true);
}

/**
 * Called once the configuration is there; `searching` says a reload's answers are being sent again.
 * @example
 * followListingLink(widget, restored.search);
 */
export function followListingLink(host: WidgetHost, searching: boolean): void {
  const id = linkedListing(window.location.search);
  if (!id) return;
  const { journey } = host;
  if (journey.screen === 'results' && journey.results?.status === 'ready') return openFit(host, id);
  // The fit needs the results' answers: wait for them (a reload's search, or the questionnaire's end).
  host.addEventListener('bt-results', () => openFit(host, id), { once: true });
  if (!searching && !firstInvalidStep(host.catalogue, journey.progress)) void host.search.submit(false);
}
