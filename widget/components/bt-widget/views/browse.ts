/**
 * "Browse all" (later chunk, views/later.ts): every published listing in the embed's scope, without the
 * questionnaire. Filters in one form (applied together, so nothing moves while the seeker is still
 * choosing), the count, the map (views/map.ts), the cards and "more".
 * From a card, "Does this fit me?" opens the fit view when the answers are complete, else the
 * questionnaire where it is incomplete. The view keeps its filters and pages for the widget's life.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { browseListings } from '../../../api/browse';
import type { BrowseListing } from '../../../api/shapes';
import { defineElement } from '../../../define';
import { errorText } from '../../../internal/error-text';
import { browseTexts, type BrowseTexts } from '../../../locales/browse';
import { resultsTexts } from '../../../locales/results';
import {
  addPage,
  BROWSE_SORTS,
  browseQuery,
  filterProblems,
  freshFilters,
  hasMore,
  KINDS,
  LEGAL_FORMS,
  STAGES,
  type BrowseFilters,
  type BrowseList,
  type BrowseLoad,
  type FilterProblem,
} from '../../../state/browse';
import { firstInvalidStep } from '../../../state/journey-search';
import { BtResultCard } from '../../bt-result-card/bt-result-card';
import type { PartView, WidgetHost } from '../host';
import { browseStyles, mapStyles } from './browse.styles';
import { renderLoading } from './error';
import { renderFieldError, renderNotice } from './notice';
import { formStyles } from './form.styles';
import { createMap } from './map';
import { resultsStyles } from './results.styles';

defineElement('bring-together-result-card', BtResultCard);

/** What the browse view keeps of its own, once per widget. */
interface BrowseUi {
  form: BrowseFilters;
  problems: FilterProblem[];
  list?: BrowseList;
  load: BrowseLoad;
  /** Page scroll position when a card's "Does this fit me?" left the view. */
  scroll: number;
  map: ReturnType<typeof createMap>;
}

export function create(host: WidgetHost): PartView {
  host.adoptStyles([resultsStyles, formStyles, browseStyles, mapStyles]);
  const ui: BrowseUi = { form: freshFilters(), problems: [], load: { status: 'idle' }, scroll: 0, map: createMap() };
  return { render: () => renderBrowse(host, ui), enter: () => void enter(host, ui) };
}

const texts = (host: WidgetHost): BrowseTexts => browseTexts[host.locale];

async function enter(host: WidgetHost, ui: BrowseUi): Promise<void> {
  if (!ui.list && ui.load.status === 'idle') void load(host, ui, 1);
  const { back, listingId } = host.journey;
  if (!back) return host.a11y.moveTo('#browse-heading');
  // Back from the fit view: where the seeker was, on the card they opened.
  host.patch({ back: undefined });
  await host.updateComplete;
  window.scrollTo({ top: ui.scroll, behavior: 'auto' });
  if (!focusCard(host, listingId)) void host.a11y.moveTo('#browse-heading');
}

function cardOf(host: WidgetHost, id: string | undefined): BtResultCard | undefined {
  return [...host.renderRoot.querySelectorAll<BtResultCard>('bring-together-result-card')].find((c) => c.match.listing.id === id);
}

function focusCard(host: WidgetHost, id: string | undefined): boolean {
  const card = cardOf(host, id);
  if (!card) return false;
  void card.updateComplete.then(() => {
    card.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    card.focusDetails();
  });
  return true;
}

/** Page 1 for the form's filters, or the next page of the list shown. */
async function load(host: WidgetHost, ui: BrowseUi, page: number): Promise<void> {
  const key = host.publishableKey;
  const applied = page > 1 && ui.list ? ui.list.applied : { ...ui.form };
  if (!key) return;
  const t = texts(host);
  ui.load = { status: 'loading', page };
  host.requestUpdate();
  host.a11y.announce(t.loading);
  const outcome = await host.requests.read(
    (signal) => browseListings(host.client, key, browseQuery(applied, page, host.locale), { signal }),
    () => void load(host, ui, page),
  );
  if (!outcome) return;
  if (!outcome.ok) {
    const { error } = outcome;
    ui.load = { status: 'error', page, error };
    host.requestUpdate();
    host.a11y.announce(`${t.failed} ${errorText(host, error)}`);
    host.emit('bt-error', { code: error.code, status: error.status, stage: 'browse' });
    return;
  }
  const before = page > 1 ? (ui.list?.items.length ?? 0) : 0;
  const list = addPage(ui.list, applied, outcome.value);
  ui.list = list;
  ui.load = { status: 'idle' };
  host.requestUpdate();
  host.a11y.announce(`${t.count(list.total)} ${list.total > list.items.length ? t.shown(list.items.length, list.total) : ''}`);
  await host.updateComplete;
  // "More": focus on the first new card, so the keyboard goes on where the list grew.
  if (page > 1) focusCard(host, list.items[before]?.id);
}

function apply(host: WidgetHost, ui: BrowseUi, e: SubmitEvent): void {
  e.preventDefault();
  ui.problems = filterProblems(ui.form);
  host.requestUpdate();
  if (ui.problems.length) return void host.a11y.moveTo(`#f-${ui.problems[0]}`);
  void load(host, ui, 1);
}

function reset(host: WidgetHost, ui: BrowseUi): void {
  ui.form = freshFilters();
  ui.problems = [];
  void load(host, ui, 1);
}

function back(host: WidgetHost): void {
  host.requests.abort();
  const results = !!host.journey.results;
  host.patch({ screen: results ? 'results' : 'intro' });
  void host.a11y.moveTo(results ? '#results-heading' : '#intro-heading');
}

/** A card's "Does this fit me?": the fit view with complete answers, else the questionnaire where it is incomplete. */
function fits(host: WidgetHost, ui: BrowseUi, e: Event): void {
  const { listingId } = (e as CustomEvent<{ listingId: string }>).detail;
  ui.scroll = window.scrollY;
  const invalid = firstInvalidStep(host.catalogue, host.journey.progress);
  if (invalid) {
    host.patch({ listingId });
    return host.questionnaire.showStep(invalid.index);
  }
  host.patch({ screen: 'detail', listingId, back: 'browse' });
  void host.search.loadDetail(true);
}

function pick(host: WidgetHost, listings: BrowseListing[]): void {
  const first = listings[0];
  if (!first || !focusCard(host, first.id)) return;
  host.a11y.announce(texts(host).map.picked(first.place, listings.length));
}

function set<K extends keyof BrowseFilters>(host: WidgetHost, ui: BrowseUi, key: K, value: BrowseFilters[K]): void {
  ui.form = { ...ui.form, [key]: value };
  host.requestUpdate();
}

function select(host: WidgetHost, ui: BrowseUi, key: 'kind' | 'stage' | 'legalForm', label: string, options: readonly string[], names: Record<string, string>): TemplateResult {
  const t = texts(host);
  return html`<div class="field">
    <label for="f-${key}">${label}</label>
    <select id="f-${key}" @change=${(e: Event) => set(host, ui, key, (e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${ui.form[key] === ''}>${t.any}</option>
      ${options.map((o) => html`<option value=${o} ?selected=${ui.form[key] === o}>${names[o] ?? o}</option>`)}
    </select>
  </div>`;
}

function numberField(host: WidgetHost, ui: BrowseUi, key: FilterProblem, label: string): TemplateResult {
  const invalid = ui.problems.includes(key);
  return html`<div class="field">
    <label for="f-${key}">${label}</label>
    ${invalid ? renderFieldError(host.t, `e-${key}`, texts(host).numberProblem) : nothing}
    <input
      id="f-${key}"
      type="text"
      inputmode="numeric"
      autocomplete="off"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? `e-${key}` : nothing}
      .value=${live(ui.form[key])}
      @input=${(e: Event) => set(host, ui, key, (e.target as HTMLInputElement).value)}
    />
  </div>`;
}

function renderFilters(host: WidgetHost, ui: BrowseUi): TemplateResult {
  const t = texts(host);
  const r = resultsTexts[host.locale];
  const f = ui.form;
  return html`<form class="filters" part="browse-filters" role="search" aria-labelledby="filters-heading" novalidate @submit=${(e: SubmitEvent) => apply(host, ui, e)}>
    <h3 id="filters-heading">${t.filters}</h3>
    <div class="filter-grid">
      ${select(host, ui, 'kind', t.kind, KINDS, r.card.kind)} ${select(host, ui, 'stage', r.card.stage, STAGES, r.stage)}
      ${select(host, ui, 'legalForm', r.card.legalForm, LEGAL_FORMS, r.legalForm)}
      <div class="field">
        <label for="f-place">${t.place}</label>
        <p class="hint" id="h-place">${t.placeHint}</p>
        <input id="f-place" type="text" autocomplete="off" aria-describedby="h-place" .value=${live(f.place)} @input=${(e: Event) => set(host, ui, 'place', (e.target as HTMLInputElement).value)} />
      </div>
      ${numberField(host, ui, 'maxMonthlyCost', t.maxMonthlyCost)} ${numberField(host, ui, 'minFreePlaces', t.minFreePlaces)}
      <div class="field">
        <label for="f-sort">${t.sortLabel}</label>
        <select id="f-sort" part="sort" @change=${(e: Event) => set(host, ui, 'sort', (e.target as HTMLSelectElement).value as BrowseFilters['sort'])}>
          ${BROWSE_SORTS.map((s) => html`<option value=${s} ?selected=${f.sort === s}>${t.sort[s]}</option>`)}
        </select>
      </div>
    </div>
    <label class="check">
      <input type="checkbox" .checked=${live(f.barrierFree)} @change=${(e: Event) => set(host, ui, 'barrierFree', (e.target as HTMLInputElement).checked)} />
      <span>${t.barrierFree}</span>
    </label>
    <div class="actions">
      <button type="submit" class="button primary" part="button button-primary">${t.apply}</button>
      <button type="button" class="button secondary" part="button button-secondary" @click=${() => reset(host, ui)}>${t.reset}</button>
    </div>
  </form>`;
}

function renderMap(host: WidgetHost, ui: BrowseUi, list: BrowseList, t: BrowseTexts): TemplateResult {
  return html`<section class="map-section" aria-labelledby="map-heading">
    <h3 id="map-heading">${t.map.title}</h3>
    <figure class="map" part="map">
      ${ui.map(list.items, t.map, (listings) => pick(host, listings))}
      <figcaption class="hint">${t.map.caption}</figcaption>
    </figure>
  </section>`;
}

function renderList(host: WidgetHost, ui: BrowseUi, list: BrowseList): TemplateResult {
  const t = texts(host);
  const r = { ...resultsTexts[host.locale], newWindow: host.t.intro.newWindow };
  const moreLoading = ui.load.status === 'loading' && ui.load.page > 1;
  return html`<p class="count" id="browse-count">${t.count(list.total)} ${list.total > list.items.length ? t.shown(list.items.length, list.total) : ''}</p>
    ${list.items.length
      ? html`${renderMap(host, ui, list, t)}
          <section aria-labelledby="list-heading">
            <h3 id="list-heading">${t.listTitle}</h3>
            <ul class="cards" part="browse-list" role="list" @bt-card-open=${(e: Event) => fits(host, ui, e)}>
              ${repeat(
                list.items,
                (l) => l.id,
                (l) => html`<li>
                  <bring-together-result-card
                    exportparts="card, card-photo"
                    .match=${{ listing: l }}
                    .texts=${r}
                    .locale=${host.locale}
                    .photoUrl=${host.client.resolve(l.photo?.url)}
                  ></bring-together-result-card>
                </li>`,
              )}
            </ul>
            ${hasMore(list) && !moreLoading
              ? html`<div class="actions">
                  <button type="button" class="button secondary" part="button button-secondary" @click=${() => void load(host, ui, list.pages + 1)}>${t.more}</button>
                </div>`
              : nothing}
            ${moreLoading ? renderLoading(t.loading) : nothing}
          </section>`
      : html`<p class="hint">${t.emptyText}</p>`}`;
}

function renderBrowse(host: WidgetHost, ui: BrowseUi): TemplateResult {
  const t = texts(host);
  const { load: state, list } = ui;
  const org = host.embed.organization.name;
  return html`
    <section class="view browse" aria-labelledby="browse-heading" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
      <p class="back">
        <button type="button" class="link-button" @click=${() => back(host)}><span aria-hidden="true">← </span>${t.back}</button>
      </p>
      <p class="eyebrow">${org}</p>
      <h2 id="browse-heading" class="heading" part="heading" tabindex="-1">${t.title}</h2>
      <p class="lead">${t.lead(org)}</p>
      ${renderFilters(host, ui)}
      ${state.status === 'loading' && state.page === 1 ? renderLoading(t.loading) : nothing}
      ${state.status === 'error'
        ? renderNotice(host, t.failed, state.error, '', () => void load(host, ui, state.page))
        : nothing}
      ${list && !(state.status === 'loading' && state.page === 1) ? renderList(host, ui, list) : nothing}
    </section>
  `;
}
