import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Catalogue, Locale, Question, Step } from '../../../worker/questionnaire/types';
import { apiBase } from '../../api/base';
import { ApiClient, ApiError, newIdempotencyKey } from '../../api/client';
import type { EmbedConfig, MatchesRequest, MatchesResponse } from '../../api/types';
import { inheritedLang, messages, toLocale, type Messages } from '../../locales';
import {
  DEFAULT_IMPORTANCE,
  emptyProgress,
  hasAnswers,
  isAnswered,
  questionIdOfField,
  questionsForStep,
  requestAnswers,
  sanitizeProgress,
  validateQuestion,
  validateStep,
  visibleSteps,
  type FieldProblem,
  type Problems,
  type Progress,
} from '../../state/questionnaire';
import { clearSession, loadSession, saveSession, type Session } from '../../state/session';
import { sharedStyles } from '../../styles/shared.styles';
import { themeProperties } from '../../styles/theme';
import type { BtQuestion, QuestionChange } from '../bt-question/bt-question';
import { widgetStyles } from './bt-widget.styles';

type View = 'loading' | 'failed' | 'intro' | 'step' | 'results';
type ResultsState = 'loading' | 'ready' | 'error';

export interface BtReadyDetail {
  key: string;
  locale: Locale;
}
export interface BtStepDetail {
  /** Step id from the catalogue, e.g. `where`. */
  step: string;
  /** 0-based position among the steps shown to this seeker. */
  index: number;
  total: number;
}
export interface BtResultsDetail {
  /** Matching listings in total (the widget shows at most the API's `limit`). */
  count: number;
  shown: number;
}
export interface BtErrorDetail {
  /** `unknown_key`, `key_revoked`, `origin_not_allowed`, `missing_key`, `network`, `timeout`, `http_500`, … */
  code: string;
  status: number;
  stage: 'config' | 'matches';
}

const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * `<bring-together-widget>`: the bring-together questionnaire and matches, embeddable in any page.
 *
 * The usual embed is one script tag, which mounts the element right after itself:
 * `<script src="https://HOST/widget.js" data-key="pk_…" async></script>`.
 * The element can also be placed anywhere (several per page are fine):
 * `<bring-together-widget key="pk_…" api="https://HOST"></bring-together-widget>`.
 *
 * @attr key - Publishable key of the embed (`pk_…`). Required.
 * @attr api - API origin; defaults to the origin widget.js was loaded from.
 * @attr lang - `de` or `en`; defaults to the closest `lang` of an ancestor (`<html lang>`), then the
 *   embed's default locale, then German.
 *
 * @fires bt-ready - Configuration loaded and first screen shown. `detail: { key, locale }`
 * @fires bt-step - A questionnaire step is shown. `detail: { step, index, total }` (index 0-based)
 * @fires bt-results - Matches are shown. `detail: { count, shown }`
 * @fires bt-error - Loading the configuration or matches failed. `detail: { code, status, stage }`
 * @fires bt-contact-sent - (reserved) A contact request was sent.
 * All events bubble and are composed, so the host page can listen on `document`.
 *
 * @cssprop [--bt-color-accent=#1f5c7a] - Buttons, selection, progress, links. Overrides the embed theme.
 * @cssprop [--bt-color-on-accent=#fff] - Text on accent-coloured buttons.
 * @cssprop [--bt-color-text=#1c2530] - Body text.
 * @cssprop [--bt-color-muted=#4f5b67] - Secondary text (hints, captions).
 * @cssprop [--bt-color-bg=#fff] - Background of the widget and its cards.
 * @cssprop [--bt-color-surface=#f4f6f8] - Background of subtle panels.
 * @cssprop [--bt-radius=0.75rem] - Corner radius of the widget and cards (controls use 2/3 of it).
 * @cssprop [--bt-font=inherit] - Font family; inherits the host page's font by default.
 * @cssprop [--bt-space=1rem] - Base spacing unit.
 * @cssprop [--bt-scroll-margin=0px] - Space kept above a heading when the widget scrolls it into
 *   view (for sticky site headers).
 *
 * @csspart base - The widget's outer box.
 * @csspart heading - The heading of each screen (`h2`).
 * @csspart progress - The step progress bar.
 * @csspart button - Every button; also `button-primary` / `button-secondary`.
 * @csspart question - Each question's fieldset or group.
 * @csspart error-summary - The box listing validation errors.
 * @csspart results - The list of result cards.
 * @csspart card - A result card (`<article>`).
 * @csspart card-photo - A result card's photo area.
 * @csspart score - A result card's score badge.
 */
export class BtWidget extends LitElement {
  static override styles = [sharedStyles, widgetStyles];

  static override properties = {
    key: { type: String },
    api: { type: String },
    langAttribute: { type: String, attribute: 'lang' },
    view: { state: true },
    config: { state: true },
    failure: { state: true },
    stepIndex: { state: true },
    progress: { state: true },
    statsOptOut: { state: true },
    problems: { state: true },
    results: { state: true },
    resultsState: { state: true },
    resultsError: { state: true },
    announcement: { state: true },
  };

  declare key: string | null;
  declare api: string | null;
  /** Mirrors the `lang` attribute so a change re-renders in the new language. */
  declare langAttribute: string | null;

  declare private view: View;
  declare private config: EmbedConfig | undefined;
  declare private failure: ApiError | undefined;
  declare private stepIndex: number;
  declare private progress: Progress;
  declare private statsOptOut: boolean;
  /** Problems of the current step; shown next to the fields and in the error summary. */
  declare private problems: Problems;
  declare private results: MatchesResponse | undefined;
  declare private resultsState: ResultsState;
  declare private resultsError: ApiError | undefined;
  declare private announcement: string;

  /** `api|key` the current configuration belongs to; a change reloads. */
  private loadedFor: string | undefined;
  private abort: AbortController | undefined;
  /** Work interrupted by removal from the page, resumed when the element comes back. */
  private resume: (() => void) | undefined;
  private submission: Session['submission'];
  private langObserver: MutationObserver | undefined;

  constructor() {
    super();
    this.key = null;
    this.api = null;
    this.langAttribute = null;
    this.view = 'loading';
    this.stepIndex = 0;
    this.progress = emptyProgress();
    this.statsOptOut = false;
    this.problems = new Map();
    this.resultsState = 'loading';
    this.announcement = '';
  }

  /** The language the widget currently speaks. */
  get locale(): Locale {
    return toLocale(inheritedLang(this)) ?? this.config?.embed.defaultLocale ?? 'de';
  }

  private get t(): Messages {
    return messages[this.locale];
  }

  // ── lifecycle ────────────────────────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    // Follow language switches of the host page (`<html lang>`).
    this.langObserver ??= new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    const resume = this.resume;
    this.resume = undefined;
    resume?.();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    if (this.abort && !this.abort.signal.aborted) {
      this.abort.abort();
      if (this.view === 'loading') {
        this.loadedFor = undefined;
        this.resume = () => this.requestUpdate();
      } else if (this.view === 'results' && this.resultsState === 'loading') {
        this.resume = () => void this.submit(false);
      }
    }
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const target = `${apiBase(this.api)}|${this.key ?? ''}`;
    if (this.isConnected && target !== this.loadedFor) {
      this.loadedFor = target;
      void this.loadConfig();
    }
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (
      this.config &&
      (changed.has('view') || changed.has('stepIndex') || changed.has('progress') || changed.has('statsOptOut'))
    ) {
      this.persist();
    }
  }

  // ── data ─────────────────────────────────────────────────────────────────────────────────────

  private get client(): ApiClient {
    return new ApiClient(apiBase(this.api));
  }

  private get catalogue(): Catalogue | undefined {
    return this.config?.questionnaire;
  }

  private get steps(): Step[] {
    const catalogue = this.catalogue;
    return catalogue ? visibleSteps(catalogue, this.progress) : [];
  }

  private newRequest(): AbortSignal {
    this.abort?.abort();
    this.abort = new AbortController();
    return this.abort.signal;
  }

  private async loadConfig(): Promise<void> {
    const signal = this.newRequest();
    this.view = 'loading';
    this.config = undefined;
    this.failure = undefined;
    const key = this.key?.trim();
    if (!key) {
      this.fail(new ApiError('invalid', 'No publishable key.', 0, { type: 'about:blank', title: 'Missing key', status: 0, code: 'missing_key' }), 'config');
      return;
    }
    let config: EmbedConfig;
    try {
      config = await this.client.config(key, { signal });
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError('invalid', String(e));
      if (error.kind !== 'aborted') this.fail(error, 'config');
      return;
    }

    const catalogue = config.questionnaire;
    const saved = loadSession(key);
    const usable = saved && saved.catalogueVersion === catalogue.version ? saved : undefined;
    this.progress = usable ? sanitizeProgress(catalogue, usable.progress) : emptyProgress();
    this.statsOptOut = usable?.statsOptOut ?? false;
    this.submission = usable?.submission;
    this.problems = new Map();
    this.results = undefined;
    this.config = config;
    const steps = visibleSteps(catalogue, this.progress);
    this.stepIndex = Math.min(Math.max(usable?.step ?? 0, 0), Math.max(steps.length - 1, 0));
    this.view = usable?.view === 'step' && steps.length ? 'step' : 'intro';
    if (usable?.view === 'results') void this.submit(false);

    await this.updateComplete;
    this.emit<BtReadyDetail>('bt-ready', { key, locale: this.locale });
    if (this.view === 'step') this.emitStep();
  }

  private fail(error: ApiError, stage: BtErrorDetail['stage']): void {
    if (stage === 'config') {
      this.failure = error;
      this.view = 'failed';
    } else {
      this.resultsError = error;
      this.resultsState = 'error';
      this.announce(`${this.t.results.failed} ${this.errorText(error)}`);
    }
    this.emit<BtErrorDetail>('bt-error', { code: error.code, status: error.status, stage });
  }

  private persist(): void {
    const key = this.key?.trim();
    const catalogue = this.catalogue;
    if (!key || !catalogue || (this.view !== 'intro' && this.view !== 'step' && this.view !== 'results')) return;
    // Nothing worth keeping (a fresh start or right after "start over"): keep storage empty.
    if (this.view === 'intro' && !hasAnswers(this.progress) && !this.statsOptOut) {
      clearSession(key);
      return;
    }
    saveSession(key, {
      v: 1,
      catalogueVersion: catalogue.version,
      view: this.view,
      step: this.stepIndex,
      progress: this.progress,
      statsOptOut: this.statsOptOut,
      ...(this.submission ? { submission: this.submission } : {}),
    });
  }

  /** Validates every step, then asks for matches; a step with problems is shown instead. */
  private async submit(focusHeading: boolean): Promise<void> {
    const config = this.config;
    const key = this.key?.trim();
    if (!config || !key) return;
    const catalogue = config.questionnaire;

    const steps = visibleSteps(catalogue, this.progress);
    for (const [index, step] of steps.entries()) {
      const problems = validateStep(catalogue, step.id, this.progress);
      if (problems.size) {
        this.showStep(index, problems);
        return;
      }
    }

    const request: MatchesRequest = {
      key,
      answers: requestAnswers(catalogue, this.progress),
      locale: this.locale,
      statsOptOut: this.statsOptOut,
    };
    const body = JSON.stringify(request);
    if (this.submission?.body !== body) this.submission = { body, idempotencyKey: newIdempotencyKey() };
    const { idempotencyKey } = this.submission;

    const signal = this.newRequest();
    this.view = 'results';
    this.resultsState = 'loading';
    this.results = undefined;
    this.resultsError = undefined;
    this.persist();
    this.announce(this.t.results.searching);
    if (focusHeading) void this.moveFocus('#results-heading');

    let response: MatchesResponse;
    try {
      response = await this.client.matches(request, { signal, idempotencyKey });
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError('invalid', String(e));
      if (error.kind === 'aborted') return;
      if (error.status === 400 && this.showServerProblems(error)) return;
      this.fail(error, 'matches');
      return;
    }
    this.results = response;
    this.resultsState = 'ready';
    const shown = response.matches.length;
    this.announce(shown ? this.t.results.found(shown, response.total) : this.t.results.emptyTitle);
    await this.updateComplete;
    this.emit<BtResultsDetail>('bt-results', { count: response.total, shown });
  }

  /** Puts the API's field errors next to their questions; false when none belongs to a question. */
  private showServerProblems(error: ApiError): boolean {
    const catalogue = this.catalogue;
    if (!catalogue) return false;
    const byQuestion = new Map<string, FieldProblem>();
    for (const fe of error.fieldErrors) {
      const id = questionIdOfField(catalogue, fe.field);
      if (!id || byQuestion.has(id)) continue;
      const q = catalogue.questions.find((x) => x.id === id);
      const unknownPostcode = fe.code === 'unknown_postcode' || (q?.kind === 'postcode' && /unknown/i.test(fe.message));
      byQuestion.set(id, unknownPostcode ? { code: 'unknownPostcode' } : { code: 'server', message: fe.message });
    }
    const steps = this.steps;
    const index = steps.findIndex((s) => questionsForStep(catalogue, s.id, this.progress).some((q) => byQuestion.has(q.id)));
    const step = steps[index];
    if (!step) return false;
    const problems: Problems = new Map();
    for (const q of questionsForStep(catalogue, step.id, this.progress)) {
      const p = byQuestion.get(q.id);
      if (p) problems.set(q.id, p);
    }
    this.showStep(index, problems);
    return true;
  }

  // ── navigation ───────────────────────────────────────────────────────────────────────────────

  private showStep(index: number, problems: Problems = new Map()): void {
    this.abort?.abort();
    this.view = 'step';
    this.stepIndex = index;
    this.problems = problems;
    this.emitStep();
    void this.moveFocus(problems.size ? '#error-summary' : '#step-heading');
  }

  private emitStep(): void {
    const steps = this.steps;
    const step = steps[this.stepIndex];
    if (step) this.emit<BtStepDetail>('bt-step', { step: step.id, index: this.stepIndex, total: steps.length });
  }

  private start = (): void => this.showStep(0);

  private back = (): void => {
    if (this.stepIndex <= 0) {
      this.problems = new Map();
      this.view = 'intro';
      void this.moveFocus('#intro-heading');
    } else {
      this.showStep(this.stepIndex - 1);
    }
  };

  private next = (e: SubmitEvent): void => {
    e.preventDefault();
    const catalogue = this.catalogue;
    const step = this.steps[this.stepIndex];
    if (!catalogue || !step) return;
    const problems = validateStep(catalogue, step.id, this.progress);
    if (problems.size) {
      this.problems = problems;
      void this.moveFocus('#error-summary');
      return;
    }
    if (this.stepIndex >= this.steps.length - 1) void this.submit(true);
    else this.showStep(this.stepIndex + 1);
  };

  private startOver = (): void => {
    const key = this.key?.trim();
    if (key) clearSession(key);
    this.abort?.abort();
    this.submission = undefined;
    this.progress = emptyProgress();
    this.statsOptOut = false;
    this.problems = new Map();
    this.results = undefined;
    this.stepIndex = 0;
    this.view = 'intro';
    void this.moveFocus('#intro-heading');
  };

  private retryConfig = (): void => {
    this.loadedFor = undefined;
    this.requestUpdate();
  };

  private onQuestionChange = (e: Event): void => {
    const change = (e as CustomEvent<QuestionChange>).detail;
    const p = this.progress;
    const next: Progress = { values: { ...p.values }, texts: { ...p.texts }, importance: { ...p.importance } };
    if (change.type === 'text') next.texts[change.id] = change.text;
    else if (change.type === 'importance') next.importance[change.id] = change.importance;
    else if (change.value === undefined) delete next.values[change.id];
    else next.values[change.id] = change.value;
    this.progress = next;

    // Once a field was flagged, re-check it as the seeker corrects it.
    if (this.problems.has(change.id)) {
      const q = this.catalogue?.questions.find((x) => x.id === change.id);
      const problem = q ? validateQuestion(q, next) : undefined;
      const problems = new Map(this.problems);
      if (problem) problems.set(change.id, problem);
      else problems.delete(change.id);
      this.problems = problems;
    }
  };

  // ── focus, announcements, events ─────────────────────────────────────────────────────────────

  /** Moves focus after the next render, scrolling only when the target is out of view. */
  private async moveFocus(selector: string): Promise<void> {
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!el) return;
    el.focus({ preventScroll: true });
    const rect = el.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > innerHeight) {
      el.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
    }
  }

  private focusQuestion(e: Event, id: string): void {
    e.preventDefault();
    const el = this.renderRoot.querySelector<BtQuestion>(`[id="q-${id}"]`);
    el?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    el?.focusControl();
  }

  /** Polite live region; cleared first so the same text is announced again. */
  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  private emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  private errorText(error: ApiError): string {
    const e = this.t.errors;
    switch (error.code) {
      case 'missing_key':
        return e.missingKey;
      case 'unknown_key':
        return e.unknownKey;
      case 'key_revoked':
        return e.keyRevoked;
      case 'origin_not_allowed':
        return e.originNotAllowed;
    }
    if (error.kind === 'network') return e.network;
    if (error.kind === 'timeout') return e.timeout;
    if (error.status === 429) return e.rateLimited;
    return e.server;
  }

  private problemText(problem: FieldProblem): string {
    const v = this.t.validation;
    const n = (x: number | undefined) => new Intl.NumberFormat(this.t.intlLocale).format(x ?? 0);
    switch (problem.code) {
      case 'required':
        return v.required;
      case 'integer':
        return v.integer;
      case 'range':
        return v.range(n(problem.min), n(problem.max));
      case 'postcode':
        return v.postcode;
      case 'unknownPostcode':
        return v.unknownPostcode;
      case 'server':
        // The API's messages are English; show them only in English.
        return this.locale === 'en' && problem.message ? problem.message : v.server;
    }
  }

  // ── rendering ────────────────────────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    const locale = this.locale;
    return html`
      <div class="root" part="base" lang=${locale} style=${styleMap(themeProperties(this.config?.embed.theme))}>
        ${this.renderView()}
        <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  private renderView(): TemplateResult {
    switch (this.view) {
      case 'loading':
        return html`<div class="loading view"><span class="spinner" aria-hidden="true"></span><p>${this.t.loading}</p></div>`;
      case 'failed':
        return this.renderFailure();
      case 'intro':
        return this.renderIntro();
      case 'step':
        return this.renderStep();
      case 'results':
        return this.renderResults();
    }
  }

  private renderFailure(): TemplateResult {
    const error = this.failure;
    const t = this.t.errors;
    return html`
      <div class="view failure">
        <h2 class="heading" part="heading">${t.unavailableTitle}</h2>
        <p>${error ? this.errorText(error) : t.server}</p>
        ${!error || error.retryable
          ? html`<div class="actions">
              <button type="button" class="button primary" part="button button-primary" @click=${this.retryConfig}>${t.retry}</button>
            </div>`
          : nothing}
        ${error ? html`<p class="technical">${t.technical(error.code, error.requestId)}</p>` : nothing}
      </div>
    `;
  }

  private renderIntro(): TemplateResult {
    const config = this.config!;
    const t = this.t.intro;
    const started = hasAnswers(this.progress);
    const privacyUrl = this.client.resolve(config.embed.privacyUrl);
    return html`
      <section class="view intro" aria-labelledby="intro-heading">
        <p class="eyebrow">${config.embed.organization.name}</p>
        <h2 id="intro-heading" class="heading" part="heading" tabindex="-1">${t.title}</h2>
        <p class="lead">${t.lead(this.steps.length || config.questionnaire.steps.length)}</p>
        <p class="facts">${t.facts}</p>
        <div class="privacy">
          <h3>${t.privacyTitle}</h3>
          <ul>
            <li>${t.privacySession}</li>
            <li>${t.privacyMatching}</li>
            <li>${t.privacyStats(config.embed.organization.name)}</li>
          </ul>
          <label class="check">
            <input
              type="checkbox"
              .checked=${live(this.statsOptOut)}
              @change=${(e: Event) => (this.statsOptOut = (e.target as HTMLInputElement).checked)}
            />
            <span>${t.optOut}</span>
          </label>
          ${privacyUrl
            ? html`<p class="privacy-link">
                <a href=${privacyUrl} target="_blank" rel="noopener noreferrer">${t.privacyLink}<span class="sr-only"> ${t.newWindow}</span></a>
              </p>`
            : nothing}
        </div>
        ${started ? html`<p class="note">${t.resumeNote}</p>` : nothing}
        <div class="actions">
          <button type="button" class="button primary" part="button button-primary" @click=${this.start}>
            ${started ? t.resume : t.start}
          </button>
          ${started
            ? html`<button type="button" class="button secondary" part="button button-secondary" @click=${this.startOver}>
                ${this.t.results.startOver}
              </button>`
            : nothing}
        </div>
      </section>
    `;
  }

  private renderStep(): TemplateResult {
    const catalogue = this.config!.questionnaire;
    const steps = this.steps;
    const index = Math.min(this.stepIndex, steps.length - 1);
    const step = steps[index];
    if (!step) return this.renderIntro();
    const t = this.t;
    const locale = this.locale;
    const last = index === steps.length - 1;
    const questions = questionsForStep(catalogue, step.id, this.progress);
    const percent = ((index + 1) / steps.length) * 100;

    return html`
      <form class="view step" novalidate @submit=${this.next} @bt-question-change=${this.onQuestionChange}>
        <div class="progress" part="progress" aria-hidden="true">
          <span class="progress-bar" style=${styleMap({ width: `${percent}%` })}></span>
        </div>
        <h2 id="step-heading" class="heading" part="heading" tabindex="-1">
          <span class="caption">${t.steps.progress(index + 1, steps.length)}</span>
          <span class="title">${step.title[locale]}</span>
        </h2>
        <p class="lead">${step.intro[locale]}</p>
        ${this.renderSummary(questions)}
        <div class="questions">
          ${repeat(
            questions,
            (q) => q.id,
            (q) => this.renderQuestion(q, catalogue),
          )}
        </div>
        <div class="nav">
          <button type="button" class="button secondary" part="button button-secondary" @click=${this.back}>${t.steps.back}</button>
          <button type="submit" class="button primary" part="button button-primary">${last ? t.steps.finish : t.steps.next}</button>
        </div>
      </form>
    `;
  }

  private renderQuestion(q: Question, catalogue: Catalogue): TemplateResult {
    const problem = this.problems.get(q.id);
    return html`<bring-together-question
      id=${`q-${q.id}`}
      exportparts="question"
      .question=${q}
      .locale=${this.locale}
      .messages=${this.t}
      .importanceLabels=${catalogue.importance}
      .value=${this.progress.values[q.id]}
      .text=${this.progress.texts[q.id] ?? ''}
      .importance=${this.progress.importance[q.id] ?? DEFAULT_IMPORTANCE}
      .answered=${isAnswered(q, this.progress)}
      .error=${problem ? this.problemText(problem) : ''}
    ></bring-together-question>`;
  }

  private renderSummary(questions: Question[]): TemplateResult | typeof nothing {
    if (!this.problems.size) return nothing;
    const locale = this.locale;
    const listed = questions.filter((q) => this.problems.has(q.id));
    return html`
      <div id="error-summary" class="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-title">
        <h3 id="error-summary-title">${this.t.validation.summaryTitle}</h3>
        <ul>
          ${listed.map(
            (q) => html`<li>
              <a href=${`#q-${q.id}`} @click=${(e: Event) => this.focusQuestion(e, q.id)}
                >${q.label?.[locale] ?? q.id} – ${this.problemText(this.problems.get(q.id)!)}</a
              >
            </li>`,
          )}
        </ul>
      </div>
    `;
  }

  private renderResults(): TemplateResult {
    const t = this.t;
    const state = this.resultsState;
    const results = this.results;
    const client = this.client;
    return html`
      <section class="view results" aria-labelledby="results-heading" aria-busy=${state === 'loading' ? 'true' : 'false'}>
        <h2 id="results-heading" class="heading" part="heading" tabindex="-1">${t.results.title}</h2>
        ${state === 'loading'
          ? html`<div class="loading"><span class="spinner" aria-hidden="true"></span><p>${t.results.searching}</p></div>`
          : nothing}
        ${state === 'error'
          ? html`<div class="notice error">
              <p><strong>${t.results.failed}</strong> ${this.resultsError ? this.errorText(this.resultsError) : ''}</p>
              <p>${t.results.answersKept}</p>
              ${!this.resultsError || this.resultsError.retryable
                ? html`<button type="button" class="button primary" part="button button-primary" @click=${() => void this.submit(true)}>
                    ${t.errors.retry}
                  </button>`
                : nothing}
              ${this.resultsError ? html`<p class="technical">${t.errors.technical(this.resultsError.code, this.resultsError.requestId)}</p>` : nothing}
            </div>`
          : nothing}
        ${state === 'ready' && results && results.matches.length === 0
          ? html`<div class="empty">
              <h3>${t.results.emptyTitle}</h3>
              <p>${t.results.emptyText}</p>
            </div>`
          : nothing}
        ${state === 'ready' && results && results.matches.length > 0
          ? html`<p class="count">${t.results.found(results.matches.length, results.total)}</p>
              <p class="hint">${t.results.sorted}</p>
              <ul class="cards" part="results" role="list">
                ${repeat(
                  results.matches,
                  (m) => m.listing.id,
                  (m) => html`<li>
                    <bring-together-result-card
                      exportparts="card, card-photo, score"
                      .match=${m}
                      .messages=${t}
                      .photoUrl=${client.resolve(m.listing.photo?.url)}
                    ></bring-together-result-card>
                  </li>`,
                )}
              </ul>`
          : nothing}
        <div class="actions">
          <button type="button" class="button secondary" part="button button-secondary" @click=${this.start}>${t.results.edit}</button>
          <button type="button" class="button secondary" part="button button-secondary" @click=${this.startOver}>${t.results.startOver}</button>
        </div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bt-ready': CustomEvent<BtReadyDetail>;
    'bt-step': CustomEvent<BtStepDetail>;
    'bt-results': CustomEvent<BtResultsDetail>;
    'bt-error': CustomEvent<BtErrorDetail>;
  }
}
