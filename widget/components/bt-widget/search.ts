/**
 * From the answers to a listing: asking for matches, opening a listing's detail and its contact
 * form, and the way back to the results (same scroll position, focus on the card). A chunk of its
 * own (not the entry's: nothing here is needed before the first question), fetched once the first
 * question is shown or with the first later screen; its requests start at the same time as the
 * chunk of the screen that shows their answer.
 */
import { attemptFor } from '../../api/attempt';
import { findMatches, listingFit } from '../../api/search';
import type { MatchesRequest, MatchesResponse } from '../../api/shapes';
import { errorText } from '../../internal/error-text';
import { resultsTexts } from '../../locales/results';
import { firstInvalidStep, resultFor, serverProblems, valueOf } from '../../state/journey-search';
import { requestAnswers } from '../../state/request-answers';
import type { BtResultCard } from '../bt-result-card/bt-result-card';
import type { WidgetHost } from './host';

// The link into the widget for one listing needs the search: it comes with this chunk.
export { followListingLink } from './deep-link';

export class SearchFlow {
  /** Page scroll position when a listing was opened, restored on the way back. */
  private resultsScroll = 0;
  /** The matches last said and reported as shown. */
  private shownFor: MatchesResponse | undefined;

  constructor(private readonly host: WidgetHost) {}

  /** Checks every step (a step with problems is shown instead), then asks for matches. */
  async submit(focusHeading: boolean): Promise<void> {
    const { host } = this;
    const key = host.publishableKey;
    if (!key) return;
    const { catalogue } = host;
    const invalid = firstInvalidStep(catalogue, host.journey.progress);
    if (invalid) return host.questionnaire.showStep(invalid.index, invalid.problems);

    const request: MatchesRequest = {
      key,
      answers: requestAnswers(catalogue, host.journey.progress),
      locale: host.locale,
      statsOptOut: host.journey.statsOptOut,
    };
    const submission = attemptFor(host.journey.submission, JSON.stringify(request));
    host.patch({ screen: 'results', results: { status: 'loading' }, detail: undefined, submission });
    void host.parts.load('results');
    host.a11y.announce(resultsTexts[host.locale].search.searching);
    if (focusHeading) void host.a11y.moveTo('#results-heading');

    const outcome = await host.requests.read(
      (signal) => findMatches(host.client, request, { signal, idempotencyKey: submission.idempotencyKey }),
      () => void this.submit(false),
    );
    if (!outcome) return;
    if (!outcome.ok) {
      const { error } = outcome;
      const onStep = error.status === 400 ? serverProblems(catalogue, host.journey.progress, error.fieldErrors) : undefined;
      if (onStep) return host.questionnaire.showStep(onStep.index, onStep.problems);
      host.patch({ results: { status: 'error', error } });
      host.a11y.announce(`${resultsTexts[host.locale].search.failed} ${errorText(host, error)}`);
      host.emit('bt-error', { code: error.code, status: error.status, stage: 'matches' });
      return;
    }
    const response = outcome.value;
    host.patch({ results: { status: 'ready', value: response } });
    // The empty state shows the "notify me" form at once; a result list offers it behind a button
    // (its chunk loads on that click).
    if (!response.matches.length) void host.parts.load('notify');
    // Said and "shown" once the results screen is there: a chunk that failed has said so, and
    // the count must not overwrite that (after the seeker's retry the screen says it on entering).
    await host.parts.settled('results');
    if (host.parts.get('results')) await this.shown();
  }

  /** The results screen is there with an answer: say the count and tell the host page (once per answer). */
  async shown(): Promise<void> {
    const { host } = this;
    const { results } = host.journey;
    if (results?.status !== 'ready' || results.value === this.shownFor) return;
    const response = results.value;
    // A retried results chunk that arrives with the matches is entered and awaited by the search alike.
    this.shownFor = response;
    const shown = response.matches.length;
    const t = resultsTexts[host.locale].search;
    const found = host.group ? t.foundGroup : t.found;
    host.a11y.announce(shown ? found(shown, response.total) : `${t.emptyTitle}. ${response.alternatives?.length ? t.alternativesTitle : ''}`);
    await host.updateComplete;
    host.emit('bt-results', { count: response.total, shown });
  }

  /** A card's "details" (`bt-card-open`). */
  openDetail = (e: Event): void => {
    const { listingId } = (e as CustomEvent<{ listingId: string }>).detail;
    this.resultsScroll = window.scrollY;
    this.host.patch({ screen: 'detail', listingId, back: undefined });
    void this.loadDetail(true);
  };

  /** After a reload: the listing that was open, once the results are back (and if it is among them). */
  reopenDetail(listingId: string | undefined): void {
    const { journey } = this.host;
    if (!listingId || journey.screen !== 'results' || !resultFor(journey, listingId)) return;
    this.host.patch({ screen: 'detail', listingId });
    void this.loadDetail(false);
  }

  /** The open listing in full (`POST /v1/listings/{id}/fit`), unless it is the one already loaded. */
  async loadDetail(focusHeading: boolean): Promise<void> {
    const { host } = this;
    const key = host.publishableKey;
    const id = host.journey.listingId;
    if (!key || !id) return;
    void host.parts.load('detail');
    if (focusHeading) void host.a11y.moveTo('#detail-heading');
    if (valueOf(host.journey.detail)?.listing.id === id) return;
    host.patch({ detail: { status: 'loading' } });
    host.a11y.announce(resultsTexts[host.locale].listing.loading);
    const body = { key, answers: requestAnswers(host.catalogue, host.journey.progress), locale: host.locale };
    const outcome = await host.requests.read((signal) => listingFit(host.client, id, body, { signal }), () => void this.loadDetail(false));
    if (!outcome || host.journey.listingId !== id) return;
    if (outcome.ok) {
      host.patch({ detail: { status: 'ready', value: outcome.value } });
      host.a11y.announce(outcome.value.listing.title);
      return;
    }
    const { error } = outcome;
    host.patch({ detail: { status: 'error', error } });
    host.a11y.announce(`${resultsTexts[host.locale].listing.failed} ${errorText(host, error)}`);
    host.emit('bt-error', { code: error.code, status: error.status, stage: 'detail' });
  }

  /** Back to the results (or to "Browse all" it came from) at the same scroll position, focus on the card. */
  backToResults = async (): Promise<void> => {
    const { host } = this;
    const id = host.journey.listingId;
    if (host.journey.back) return host.questionnaire.browse();
    host.requests.abort();
    host.patch({ screen: 'results' });
    await host.updateComplete;
    window.scrollTo({ top: this.resultsScroll, behavior: 'auto' });
    const card = [...host.renderRoot.querySelectorAll<BtResultCard>('bring-together-result-card')].find((c) => c.match.listing.id === id);
    if (!card) return void host.a11y.moveTo('#results-heading');
    await card.updateComplete;
    card.focusDetails();
  };

  openContact = (): void => {
    if (!this.host.journey.listingId) return;
    this.host.patch({ screen: 'contact' });
    void this.host.open('contact');
  };

  cancelContact = (): void => {
    this.host.patch({ screen: 'detail' });
    void this.loadDetail(true);
  };
}
