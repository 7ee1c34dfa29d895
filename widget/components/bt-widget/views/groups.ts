/**
 * "Mitstreiter finden / Gruppe gründen" (later chunk, views/later.ts), from the intro and the results: how it works,
 * the initiatives of the region that fit the seeker's answers (`POST /v1/initiatives/matches`,
 * ranked, with reasons and watch-outs), and two forms behind their buttons: joining the pool and
 * starting an initiative (each with its own consent, Turnstile and an `Idempotency-Key`; both
 * answer "check your mail", the card or initiative is shown only after that confirmation).
 * Interests are sent from the personal page the confirmation mail links to: the widget holds no
 * key to a pool card or an initiative (the manage token only ever travels by mail), so it says so
 * instead of offering a button that could not work.
 * Without any answers the view asks for the questionnaire first: the card and the fit come from them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { initiativeMatches, joinPool, startInitiative, type InitiativeMatch } from '../../../api/groups';
import type { InitiativeMatchesResponse } from '../../../api/shapes';
import type { ApiError } from '../../../api/client';
import { GroupFormController } from '../../../internal/group-forms';
import { errorText } from '../../../internal/error-text';
import { formTexts } from '../../../locales/forms';
import { formatNumber } from '../../../locales/format';
import { groupsTexts, type GroupsTexts } from '../../../locales/groups';
import { resultsTexts } from '../../../locales/results';
import { sharedAnswerTexts } from '../../../state/contact';
import {
  AGE_BANDS,
  BUDGET_BANDS,
  EQUITY_BANDS,
  freshPoolDraft,
  INITIATIVE_FIELDS,
  INITIATIVE_TEXT_MAX,
  initiativeBody,
  initiativeDraftFrom,
  initiativeProfile,
  LEGAL_FORMS,
  POOL_FIELDS,
  POOL_TEXT_MAX,
  poolBody,
  PROPERTY_KINDS,
  SETTLEMENTS,
  TIMELINES,
  validateInitiative,
  validatePool,
  type InitiativeDraft,
  type InitiativeField,
  type PoolDraft,
  type PoolField,
} from '../../../state/groups';
import type { Loaded } from '../../../state/journey';
import { hasAnswers } from '../../../state/questionnaire';
import { requestAnswers } from '../../../state/request-answers';
import { checkIcon, infoIcon, reasonList, reasonListStyles } from '../../bt-result-card/reasons';
import type { PartView, WidgetHost } from '../host';
import { renderLoading } from './error';
import { renderNotice } from './notice';
import { formStyles } from './form.styles';
import { checkboxes, consentBox, errorSummary, selectField, sentBox, spamCheck, submitButton, textArea, textField, type FieldContext } from './groups-fields';
import { groupsStyles } from './groups.styles';
import { listingStyles } from './listing.styles';
import { optionText } from './preview';
import { resultsStyles } from './results.styles';

/** At most this many "keep in mind" points per card, as on a result card. */
const MAX_WATCH_OUTS = 2;

type PoolForm = GroupFormController<PoolDraft, PoolField, ReturnType<typeof poolBody>>;
type InitiativeForm = GroupFormController<InitiativeDraft, InitiativeField, ReturnType<typeof initiativeBody>>;

/** What the groups view keeps of its own, once per widget. */
interface GroupsUi {
  /** The initiatives for the answers in `for` (a new set of answers asks again). */
  matches?: Loaded<InitiativeMatchesResponse> & { for: string };
  pool: PoolForm;
  initiative: InitiativeForm;
}

const texts = (host: WidgetHost): GroupsTexts['groups'] => groupsTexts[host.locale].groups;

export function create(host: WidgetHost): PartView {
  host.adoptStyles([resultsStyles, formStyles, listingStyles, reasonListStyles, groupsStyles]);
  const context = (turnstileToken: string) => ({
    key: host.publishableKey,
    catalogue: host.catalogue,
    answers: requestAnswers(host.catalogue, host.journey.progress),
    locale: host.locale,
    turnstileToken,
  });
  const pool: PoolForm = new GroupFormController(host, {
    slot: 'bt-turnstile-pool',
    prefix: 'pool',
    fields: POOL_FIELDS,
    fresh: freshPoolDraft,
    validate: validatePool,
    body: (d, token) => poolBody(d, context(token)),
    submit: (body, idempotencyKey) => joinPool(host.client, body, { idempotencyKey }),
    texts: () => ({ sending: texts(host).sending, sentTitle: texts(host).pool.sentTitle, failed: texts(host).pool.failed }),
  });
  const initiative: InitiativeForm = new GroupFormController(host, {
    slot: 'bt-turnstile-initiative',
    prefix: 'ini',
    fields: INITIATIVE_FIELDS,
    fresh: () => initiativeDraftFrom({}),
    validate: validateInitiative,
    body: (d, token) => initiativeBody(d, context(token)),
    submit: (body, idempotencyKey) => startInitiative(host.client, body, { idempotencyKey }),
    texts: () => ({ sending: texts(host).sending, sentTitle: texts(host).initiative.sentTitle, failed: texts(host).initiative.failed }),
  });
  const ui: GroupsUi = { pool, initiative };
  return {
    render: () => renderGroups(host, ui),
    // Each visit asks again: an initiative confirmed meanwhile (one's own, say) is there at once.
    enter: () => {
      void host.a11y.moveTo('#groups-heading');
      void load(host, ui, true);
    },
  };
}

const matchesBody = (host: WidgetHost) => ({ key: host.publishableKey, answers: requestAnswers(host.catalogue, host.journey.progress), locale: host.locale });
const matchesRequest = (host: WidgetHost): string => JSON.stringify(matchesBody(host));

/** The initiatives for the current answers, unless they are already there (or loading) for them. */
async function load(host: WidgetHost, ui: GroupsUi, again: boolean): Promise<void> {
  const key = host.publishableKey;
  if (!key || !hasAnswers(host.journey.progress)) return;
  const body = matchesBody(host);
  const request = JSON.stringify(body);
  // A failed read is asked again only by its retry button (never by a render).
  if (!again && ui.matches?.for === request) return;
  const t = texts(host);
  ui.matches = { status: 'loading', for: request };
  host.requestUpdate();
  host.a11y.announce(t.loading);
  const outcome = await host.requests.read(
    (signal) => initiativeMatches(host.client, body, { signal }),
    () => void load(host, ui, true),
  );
  if (!outcome || ui.matches?.for !== request) return;
  if (outcome.ok) {
    ui.matches = { status: 'ready', value: outcome.value, for: request };
    host.a11y.announce(outcome.value.matches.length ? t.found(outcome.value.matches.length) : t.none);
  } else {
    const { error } = outcome;
    ui.matches = { status: 'error', error, for: request };
    host.a11y.announce(`${t.failed} ${errorText(host, error)}`);
    host.emit('bt-error', { code: error.code, status: error.status, stage: 'groups' });
  }
  host.requestUpdate();
}

/** Back where the seeker came from: the results when there are any, else the intro. */
function back(host: WidgetHost): void {
  host.requests.abort();
  const results = !!host.journey.results;
  host.patch({ screen: results ? 'results' : 'intro' });
  void host.a11y.moveTo(results ? '#results-heading' : '#intro-heading');
}

// ── the initiatives ──────────────────────────────────────────────────────────────────────────────

function initiativeCard(host: WidgetHost, m: InitiativeMatch): TemplateResult {
  const t = texts(host);
  const card = resultsTexts[host.locale].card;
  const { locale, catalogue } = host;
  const i = m.initiative;
  const h = i.households;
  const n = (v: number) => formatNumber(locale, v);
  const option = (id: string, v: string | string[]) => optionText(catalogue, id, v, locale);
  const budget = (b: string) => t.budget[b as keyof typeof t.budget] ?? b;
  const seeks = [...i.seeking.propertyKinds.map((k) => t.propertyKinds[k as keyof typeof t.propertyKinds] ?? k), ...i.seeking.settlements.map((s) => option('where.settlement', s))];
  const fact = (term: string, value: string) => html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
  const titleId = `initiative-${i.id}`;
  return html`<article class="initiative" part="card" aria-labelledby=${titleId}>
    <h4 id=${titleId} class="title">${i.name}</h4>
    <p class="score ${m.score >= 60 ? 'high' : m.score >= 40 ? 'mid' : 'low'}" part="score">
      <span class="dot" aria-hidden="true"></span>
      <span>${card.scoreBand(m.score)}</span><span aria-hidden="true">·</span><span class="value">${n(m.score)}</span><span class="sr-only"> ${card.outOf}</span>
    </p>
    <p class="summary">${i.text}</p>
    <dl class="facts">
      ${fact(t.card.members, t.card.membersValue(n(h.households), n(h.adults), n(h.children)))}
      ${fact(t.card.openPlaces, t.card.openPlacesValue(i.openPlaces, n(i.openPlaces)))}
      ${h.ageBands.length ? fact(t.card.ages, option('who.ageBands', h.ageBands)) : nothing}
      ${seeks.length ? fact(t.card.seeks, seeks.join(', ')) : nothing}
      ${fact(t.card.timeline, i.seeking.timeline === 'unknown' ? t.timelineUnknown : option('where.timeline', i.seeking.timeline))}
      ${i.seeking.legalForms.length ? fact(t.card.legalForms, option('money.legalForms', i.seeking.legalForms)) : nothing}
      ${h.equityBand !== 'unknown' ? fact(t.card.equity, option('money.equity', h.equityBand)) : nothing}
      ${h.budgetMinBand !== 'unknown' || h.budgetMaxBand !== 'unknown'
        ? fact(t.card.budget, h.budgetMinBand === h.budgetMaxBand ? budget(h.budgetMinBand) : t.card.budgetRange(budget(h.budgetMinBand), budget(h.budgetMaxBand)))
        : nothing}
      ${i.seeking.area ? fact(t.card.area, i.seeking.area) : nothing}
    </dl>
    ${reasonList(card.reasons, 'reasons', m.reasons, checkIcon)} ${reasonList(card.watchOuts, 'watch', m.watchOuts.slice(0, MAX_WATCH_OUTS), infoIcon)}
  </article>`;
}

function renderInitiatives(host: WidgetHost, ui: GroupsUi): TemplateResult {
  const t = texts(host);
  const loaded = ui.matches;
  const matches = loaded?.status === 'ready' ? loaded.value.matches : undefined;
  return html`<section class="initiatives" aria-labelledby="initiatives-heading" aria-busy=${loaded?.status === 'loading' ? 'true' : 'false'}>
    <h3 id="initiatives-heading">${t.initiativesTitle}</h3>
    ${loaded?.status === 'loading' ? renderLoading(t.loading) : nothing}
    ${loaded?.status === 'error' ? renderNotice(host, t.failed, loaded.error, '', () => void load(host, ui, true), 'initiatives-failed') : nothing}
    ${matches && !matches.length ? html`<p class="empty">${t.none}</p>` : nothing}
    ${matches?.length
      ? html`<p class="count" id="initiatives-count">${t.found(matches.length)}</p>
          <ul class="cards" role="list">
            ${repeat(matches, (m) => m.initiative.id, (m) => html`<li>${initiativeCard(host, m)}</li>`)}
          </ul>`
      : nothing}
    <p class="hint interest-hint">${t.interestHint}</p>
  </section>`;
}

// ── the forms ────────────────────────────────────────────────────────────────────────────────────

function offer(id: string, title: string, text: string, button: string, open: () => void): TemplateResult {
  return html`<div class="offer">
    <h3 id=${id}>${title}</h3>
    <p>${text}</p>
    <button type="button" class="button secondary" part="button button-secondary" @click=${open}>${button}</button>
  </div>`;
}

function renderPoolForm(host: WidgetHost, form: PoolForm): TemplateResult {
  const t = texts(host).pool;
  const { draft: d, status, problems, error } = form.form;
  if (status === 'sent') return html`<section class="group-offer">${sentBox('pool', t.sentTitle, [t.sent(d.email.trim()), t.sentNext])}</section>`;
  if (!form.open) return html`<section class="group-offer">${offer('pool-offer', t.title, t.intro, t.open, () => form.show())}</section>`;
  const c: FieldContext<PoolField> = { host, prefix: 'pool', problems };
  const on = (field: PoolField) => (e: Event) => form.input(field, e);
  const labels: Record<PoolField | 'turnstile', string> = { name: t.name, email: t.email, text: t.text, consent: t.consentTitle, turnstile: formTexts[host.locale].form.turnstile };
  return html`<section class="group-offer">
    <form class="group-form" part="pool-form" novalidate aria-labelledby="pool-heading" @submit=${form.send} @focusin=${form.mountChallenge}>
      <h3 id="pool-heading" tabindex="-1">${t.title}</h3>
      <p>${t.intro}</p>
      ${errorSummary(c, labels)} ${status === 'error' && error ? renderNotice(host, t.failed, error, texts(host).kept, undefined, 'pool-failed') : nothing}
      ${textField(c, 'name', t.name, d.name, on('name'), { hint: t.nameHint, autocomplete: 'name', max: 120 })}
      ${textField(c, 'email', t.email, d.email, on('email'), { hint: t.emailHint, type: 'email', autocomplete: 'email', max: 254 })}
      ${textArea(c, 'text', t.text, d.text, on('text'), t.textHint(POOL_TEXT_MAX), POOL_TEXT_MAX)}
      ${consentBox(c, 'consent', t.consentTitle, t.consent, d.consent, on('consent'))}
      ${spamCheck(host, 'pool', 'bt-turnstile-pool', form.interactive)} ${submitButton(host, status, error, t.submit)}
    </form>
  </section>`;
}

function renderProfile(host: WidgetHost): TemplateResult {
  const t = texts(host).initiative;
  const { locale, catalogue } = host;
  const profile = initiativeProfile(catalogue, requestAnswers(catalogue, host.journey.progress));
  const shown = sharedAnswerTexts(catalogue, profile, false, locale, { yes: host.t.question.yes, no: host.t.question.no }, (n) => formatNumber(locale, n));
  return html`<div class="profile">
    <h4 id="ini-profile-heading">${t.profileTitle}</h4>
    <p class="hint">${shown.length ? t.profileText : t.profileEmpty}</p>
    ${shown.length ? html`<dl class="preview-list">${shown.map((a) => html`<div><dt>${a.label}</dt><dd>${a.value}</dd></div>`)}</dl>` : nothing}
    <button type="button" class="link-button" @click=${host.questionnaire.start}>${t.editAnswers}</button>
  </div>`;
}

function renderInitiativeForm(host: WidgetHost, form: InitiativeForm): TemplateResult {
  const g = texts(host);
  const t = g.initiative;
  const { draft: d, status, problems, error } = form.form;
  if (status === 'sent') return html`<section class="group-offer">${sentBox('ini', t.sentTitle, [t.sent(d.name.trim(), d.founderEmail.trim()), t.sentNext])}</section>`;
  const answers = () => requestAnswers(host.catalogue, host.journey.progress);
  if (!form.open) return html`<section class="group-offer">${offer('ini-offer', t.title, t.intro, t.open, () => form.show(initiativeDraftFrom(answers())))}</section>`;
  const { locale, catalogue } = host;
  const c: FieldContext<InitiativeField> = { host, prefix: 'ini', problems };
  const on = (field: InitiativeField) => (e: Event) => form.input(field, e);
  const toggle = (field: InitiativeField) => (value: string, e: Event) => form.toggle(field, value, e);
  const option = (id: string) => (v: string) => optionText(catalogue, id, v, locale);
  const labels: Record<InitiativeField | 'turnstile', string> = {
    name: t.name, text: t.about, propertyKinds: t.propertyKinds, settlements: t.settlements, timeline: t.timeline, legalForms: t.legalForms, area: t.area,
    households: t.households, adults: t.adults, children: t.children, ageBands: t.ageBands, equityBand: t.equity, budgetMinBand: t.budgetMin,
    budgetMaxBand: t.budgetMax, openPlaces: t.openPlaces, founderName: t.founderName, founderEmail: t.founderEmail, consent: t.consentTitle,
    turnstile: formTexts[locale].form.turnstile,
  };
  const number = (field: InitiativeField, label: string, value: string) => textField(c, field, label, value, on(field), { numeric: true, max: 4 });
  return html`<section class="group-offer">
    <form class="group-form" part="initiative-form" novalidate aria-labelledby="ini-heading" @submit=${form.send} @focusin=${form.mountChallenge}>
      <h3 id="ini-heading" tabindex="-1">${t.title}</h3>
      <p>${t.intro}</p>
      ${errorSummary(c, labels)} ${status === 'error' && error ? renderNotice(host, t.failed, error, g.kept, undefined, 'ini-failed') : nothing}
      ${textField(c, 'name', t.name, d.name, on('name'), { hint: t.nameHint, max: 120 })}
      ${textArea(c, 'text', t.about, d.text, on('text'), t.aboutHint(INITIATIVE_TEXT_MAX), INITIATIVE_TEXT_MAX)}
      <fieldset class="group-part">
        <legend>${t.placeTitle}</legend>
        ${checkboxes(c, 'propertyKinds', t.propertyKinds, d.propertyKinds, PROPERTY_KINDS, (k) => g.propertyKinds[k as keyof typeof g.propertyKinds], toggle('propertyKinds'))}
        ${checkboxes(c, 'settlements', t.settlements, d.settlements, SETTLEMENTS, option('where.settlement'), toggle('settlements'))}
        ${selectField(c, 'timeline', t.timeline, d.timeline, TIMELINES, (v) => (v === 'unknown' ? g.timelineUnknown : option('where.timeline')(v)), on('timeline'))}
        ${checkboxes(c, 'legalForms', t.legalForms, d.legalForms, LEGAL_FORMS, option('money.legalForms'), toggle('legalForms'))}
        ${textField(c, 'area', t.area, d.area, on('area'), { hint: t.areaHint, max: 120 })}
      </fieldset>
      <fieldset class="group-part">
        <legend>${t.householdsTitle}</legend>
        <p class="hint">${t.householdsHint}</p>
        <div class="number-grid">
          ${number('households', t.households, d.households)} ${number('adults', t.adults, d.adults)} ${number('children', t.children, d.children)}
        </div>
        ${checkboxes(c, 'ageBands', t.ageBands, d.ageBands, AGE_BANDS, option('who.ageBands'), toggle('ageBands'))}
        ${selectField(c, 'equityBand', t.equity, d.equityBand, EQUITY_BANDS, (v) => (v === 'unknown' ? g.unknown : option('money.equity')(v)), on('equityBand'))}
        ${selectField(c, 'budgetMinBand', t.budgetMin, d.budgetMinBand, BUDGET_BANDS, (v) => g.budget[v as keyof typeof g.budget], on('budgetMinBand'))}
        ${selectField(c, 'budgetMaxBand', t.budgetMax, d.budgetMaxBand, BUDGET_BANDS, (v) => g.budget[v as keyof typeof g.budget], on('budgetMaxBand'))}
        ${number('openPlaces', t.openPlaces, d.openPlaces)}
      </fieldset>
      ${renderProfile(host)}
      <fieldset class="group-part">
        <legend>${t.founderTitle}</legend>
        ${textField(c, 'founderName', t.founderName, d.founderName, on('founderName'), { autocomplete: 'name', max: 120 })}
        ${textField(c, 'founderEmail', t.founderEmail, d.founderEmail, on('founderEmail'), { hint: t.founderEmailHint, type: 'email', autocomplete: 'email', max: 254 })}
      </fieldset>
      ${consentBox(c, 'consent', t.consentTitle, t.consent, d.consent, on('consent'))}
      ${spamCheck(host, 'ini', 'bt-turnstile-initiative', form.interactive)} ${submitButton(host, status, error, t.submit)}
    </form>
  </section>`;
}

// ── the screen ───────────────────────────────────────────────────────────────────────────────────

function renderGroups(host: WidgetHost, ui: GroupsUi): TemplateResult {
  const t = texts(host);
  const answered = hasAnswers(host.journey.progress);
  // Other answers or another language than the list shown was asked for: ask again (once per change).
  if (answered && ui.matches && ui.matches.for !== matchesRequest(host)) void Promise.resolve().then(() => load(host, ui, false));
  return html`<section class="view groups" aria-labelledby="groups-heading">
    <p class="back">
      <button type="button" class="link-button" @click=${() => back(host)}><span aria-hidden="true">← </span>${t.back}</button>
    </p>
    <h2 id="groups-heading" class="heading" part="heading" tabindex="-1">${t.title}</h2>
    <p class="lead">${t.lead}</p>
    <div class="privacy how">
      <h3>${t.howTitle}</h3>
      <ol>
        ${t.how.map((line) => html`<li>${line}</li>`)}
      </ol>
    </div>
    ${answered
      ? html`${renderInitiatives(host, ui)} ${renderPoolForm(host, ui.pool)} ${renderInitiativeForm(host, ui.initiative)}`
      : html`<div class="notice need-answers">
          <h3>${t.needAnswersTitle}</h3>
          <p>${t.needAnswers}</p>
          <button type="button" class="button primary" part="button button-primary" @click=${host.questionnaire.start}>${host.t.intro.start}</button>
        </div>`}
    <div class="actions">
      <button type="button" class="button secondary" part="button button-secondary" @click=${() => back(host)}>${t.back}</button>
    </div>
  </section>`;
}
