/**
 * The results screen (own chunk, with the result card): the count, sorting, the cards and, under
 * them, "notify me of new matching offers" (opens the "notify me" form, with the other later screens
 * in views/later.ts, loaded on that click); when nothing matches, the nearest partial matches and the form at once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Match, MatchesResponse } from '../../../api/shapes';
import { defineElement } from '../../../define';
import { resultsTexts } from '../../../locales/results';
import { valueOf } from '../../../state/journey-search';
import { isSortKey, sortMatches, SORT_KEYS } from '../../../state/results';
import { BtResultCard } from '../../bt-result-card/bt-result-card';
import type { PartView, WidgetHost } from '../host';
import { renderLoading } from './error';
import { renderNotice } from './notice';
import { resultsStyles } from './results.styles';

defineElement('bring-together-result-card', BtResultCard);

/** What the results screen keeps of its own: the result list whose "notify me" form is open. */
interface ResultsUi {
  notifyFor?: WidgetHost['journey']['results'];
}

export function create(host: WidgetHost): PartView {
  host.adoptStyles([resultsStyles]);
  const ui: ResultsUi = {};
  return {
    render: () => renderResults(host, ui),
    enter: () => {
      void host.a11y.moveTo('#results-heading');
      void host.search.shown();
    },
  };
}

function onSort(host: WidgetHost, e: Event): void {
  const value = (e.target as HTMLSelectElement).value;
  if (!isSortKey(value)) return;
  host.patch({ sortKey: value });
  host.a11y.announce(resultsTexts[host.locale].results.sortedBy[value]);
}

function renderCards(host: WidgetHost, matches: Match[], part: string): TemplateResult {
  const texts = resultsTexts[host.locale];
  return html`<ul class="cards" part=${part} role="list" @bt-card-open=${host.search.openDetail}>
    ${repeat(
      matches,
      (m) => m.listing.id,
      (m) => html`<li>
        <bring-together-result-card
          exportparts="card, card-photo, score"
          .match=${m}
          .texts=${texts}
          .locale=${host.locale}
          .photoUrl=${host.client.resolve(m.listing.photo?.url)}
        ></bring-together-result-card>
      </li>`,
    )}
  </ul>`;
}

function renderEmpty(host: WidgetHost, results: MatchesResponse): TemplateResult {
  const t = resultsTexts[host.locale].search;
  const r = resultsTexts[host.locale].results;
  const alternatives = results.alternatives ?? [];
  return html`
    <div class="empty">
      <h3>${t.emptyTitle}</h3>
      <p>${r.emptyText}</p>
    </div>
    ${alternatives.length
      ? html`<section class="alternatives" aria-labelledby="alternatives-heading">
          <h3 id="alternatives-heading">${t.alternativesTitle}</h3>
          <p class="hint">${r.alternativesText}</p>
          ${renderCards(host, alternatives, 'alternatives')}
        </section>`
      : nothing}
    ${host.renderPart('notify')}
  `;
}

function renderList(host: WidgetHost, results: MatchesResponse, ui: ResultsUi): TemplateResult {
  const { group } = host;
  const { sortKey } = host.journey;
  const r = resultsTexts[host.locale].results;
  const { search } = resultsTexts[host.locale];
  const found = group ? search.foundGroup : search.found;
  return html`<div class="results-bar">
      <p class="count">${found(results.matches.length, results.total)}</p>
      <div class="sort">
        <label for="sort">${r.sortLabel}</label>
        <select id="sort" part="sort" @change=${(e: Event) => onSort(host, e)}>
          ${SORT_KEYS.map((k) => html`<option value=${k} ?selected=${sortKey === k}>${r.sort[k]}</option>`)}
        </select>
      </div>
    </div>
    <p class="hint">${sortKey === 'fit' ? (group ? r.sortedGroup : r.sorted) : r.sortedBy[sortKey]}</p>
    ${renderCards(host, sortMatches(results.matches, sortKey), 'results')} ${renderNotifyOffer(host, ui)}`;
}

/**
 * Under a result list: a button that opens the "notify me" form in its place (focus moves into
 * it); each new result list offers it again, a form already sent says so again.
 */
function renderNotifyOffer(host: WidgetHost, ui: ResultsUi): TemplateResult {
  if (ui.notifyFor && ui.notifyFor === host.journey.results) return html`<div class="notify-offer">${host.renderPart('notify')}</div>`;
  const r = resultsTexts[host.locale].results;
  const open = (): void => {
    ui.notifyFor = host.journey.results;
    host.requestUpdate();
    void host.open('notify');
  };
  return html`<div class="notify-offer">
    <p class="hint">${host.group ? r.notifyOfferTextGroup : r.notifyOfferText}</p>
    <button type="button" class="button secondary" part="button button-secondary" @click=${open}>${host.group ? r.notifyOfferGroup : r.notifyOffer}</button>
  </div>`;
}

function renderResults(host: WidgetHost, ui: ResultsUi): TemplateResult {
  const t = host.t;
  const { results: r, search } = resultsTexts[host.locale];
  const loaded = host.journey.results;
  const results = valueOf(loaded);
  const { questionnaire } = host;
  return html`
    <section class="view results" aria-labelledby="results-heading" aria-busy=${loaded?.status === 'loading' ? 'true' : 'false'}>
      <h2 id="results-heading" class="heading" part="heading" tabindex="-1">${host.group ? r.titleGroup : r.title}</h2>
      ${loaded?.status === 'loading' ? renderLoading(search.searching) : nothing}
      ${loaded?.status === 'error' ? renderNotice(host, search.failed, loaded.error, t.search.answersKept, () => void host.search.submit(true)) : nothing}
      ${results ? (results.matches.length ? renderList(host, results, ui) : renderEmpty(host, results)) : nothing}
      <div class="actions">
        <button type="button" class="button secondary" part="button button-secondary" @click=${questionnaire.browse}>${r.browse}</button>
        <button type="button" class="button secondary" part="button button-secondary" @click=${questionnaire.groups}>${r.groups}</button>
        <button type="button" class="button secondary" part="button button-secondary" @click=${questionnaire.start}>${r.edit}</button>
        <button type="button" class="button secondary" part="button button-secondary" @click=${questionnaire.startOver}>${t.search.startOver}</button>
      </div>
    </section>
  `;
}
