import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Catalogue, Locale, Question, Step } from '../../api/shapes';
import { apiBase } from '../../api/base';
import { ApiClient, ApiError, newIdempotencyKey } from '../../api/client';
import type { ContactRequestBody, ContactRequestCreated, EmbedConfig, FitResponse, Match, MatchesRequest, MatchesResponse } from '../../api/shapes';
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
import {
  contactFieldOf,
  emptyDraft,
  hasSensitiveAnswers,
  isEmail,
  validateDraft,
  type ContactDraft,
  type ContactField,
  type ContactProblem,
} from '../../state/contact';
import { isSortKey, sortMatches, SORT_KEYS, type SortKey } from '../../state/results';
import { clearSession, loadSession, saveSession, type Session } from '../../state/session';
import { Challenge } from '../../turnstile';
import type { BtResultCard } from '../bt-result-card/bt-result-card';
import { renderDetailBody } from './detail';
import { renderPreview } from './preview';
import { sharedStyles } from '../../styles/shared.styles';
import { styleProps } from '../../styles/style-props';
import { themeProperties } from '../../styles/theme';
import { kickerText } from '../../format';
import type { BtQuestion, QuestionChange } from '../bt-question/bt-question';
import { widgetStyles } from './bt-widget.styles';
import { flowStyles } from './flow.styles';

type View = 'loading' | 'failed' | 'intro' | 'step' | 'results' | 'detail' | 'contact';
type ResultsState = 'loading' | 'ready' | 'error';
type FormState = 'editing' | 'sending' | 'sent' | 'error';

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
  stage: 'config' | 'matches' | 'detail' | 'contact' | 'notify';
}
export interface BtContactSentDetail {
  /** Id of the stored contact request. */
  id: string;
  listingId: string;
  /** Score (0–100) stored with the request. */
  score: number;
  confirmationEmail: 'sent' | 'failed';
}

const mark = (name: string): void => {
  try {
    performance.mark(`bring-together:${name}`);
  } catch {
    // no User Timing API
  }
};

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
 * @fires bt-error - A request failed. `detail: { code, status, stage: 'config' | 'matches' | 'detail' | 'contact' | 'notify' }`
 * @fires bt-contact-sent - A contact request was stored and sent to the project. `detail: { id, listingId, score, confirmationEmail }`
 *   (no personal data: name, email and message stay out of the event).
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
 * @csspart sort - The sort control (`<select>`).
 * @csspart detail - The detail view.
 * @csspart contact-form - The contact form; `contact-preview` is its "what the project sees" box.
 * @csspart notify-form - The "notify me" form of the empty state.
 *
 * @slot bt-turnstile-contact - (internal) Turnstile's challenge for the contact form, created by the widget.
 * @slot bt-turnstile-notify - (internal) Turnstile's challenge for the "notify me" form.
 */
export class BtWidget extends LitElement {
  static override styles = [sharedStyles, widgetStyles, flowStyles];

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
    sortKey: { state: true },
    detailId: { state: true },
    detail: { state: true },
    detailState: { state: true },
    detailError: { state: true },
    draft: { state: true },
    contactState: { state: true },
    contactProblems: { state: true },
    contactError: { state: true },
    contactResult: { state: true },
    notifyEmail: { state: true },
    notifyConsent: { state: true },
    notifyState: { state: true },
    notifyProblems: { state: true },
    notifyError: { state: true },
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
  declare private sortKey: SortKey;
  /** Listing shown in the detail (and contact) view. */
  declare private detailId: string | undefined;
  declare private detail: FitResponse | undefined;
  declare private detailState: ResultsState;
  declare private detailError: ApiError | undefined;
  declare private draft: ContactDraft;
  declare private contactState: FormState;
  declare private contactProblems: Map<ContactField | 'turnstile', ContactProblem | 'turnstile'>;
  declare private contactError: ApiError | undefined;
  declare private contactResult: (ContactRequestCreated & { listingId: string; email: string; title: string }) | undefined;
  declare private notifyEmail: string;
  declare private notifyConsent: boolean;
  declare private notifyState: FormState;
  declare private notifyProblems: Map<'email' | 'consent' | 'turnstile', string>;
  declare private notifyError: ApiError | undefined;
  /** Page scroll position when the detail was opened, restored on the way back. */
  private resultsScroll = 0;
  private notifyAttempt: { body: string; idempotencyKey: string } | undefined;
  private contactChallenge: Challenge | undefined;
  private notifyChallenge: Challenge | undefined;
  private firstQuestionMarked = false;

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
    this.sortKey = 'fit';
    this.detailState = 'loading';
    this.draft = emptyDraft();
    this.contactState = 'editing';
    this.contactProblems = new Map();
    this.notifyEmail = '';
    this.notifyConsent = false;
    this.notifyState = 'editing';
    this.notifyProblems = new Map();
  }

  /** Groups looking for a building see properties, with wording to match. */
  private get group(): boolean {
    return this.progress.values['who.seekerType'] === 'group';
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
      } else if (this.view === 'detail' && this.detailState === 'loading') {
        this.resume = () => void this.loadDetail(false);
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
    if (usable?.view === 'results' || usable?.view === 'detail') void this.submit(false).then(() => this.reopenDetail(usable.detail));

    await this.updateComplete;
    mark('ready');
    this.emit<BtReadyDetail>('bt-ready', { key, locale: this.locale });
    if (this.view === 'step') {
      this.markFirstQuestion();
      this.emitStep();
    }
  }

  private fail(error: ApiError, stage: BtErrorDetail['stage']): void {
    if (stage === 'config') {
      this.failure = error;
      this.view = 'failed';
    } else if (stage === 'matches') {
      this.resultsError = error;
      this.resultsState = 'error';
      this.announce(`${this.t.results.failed} ${this.errorText(error)}`);
    }
    this.emit<BtErrorDetail>('bt-error', { code: error.code, status: error.status, stage });
  }

  private persist(): void {
    const key = this.key?.trim();
    const catalogue = this.catalogue;
    const view = this.view === 'contact' ? 'detail' : this.view;
    if (!key || !catalogue || view === 'loading' || view === 'failed') return;
    // Nothing worth keeping (a fresh start or right after "start over"): keep storage empty.
    if (this.view === 'intro' && !hasAnswers(this.progress) && !this.statsOptOut) {
      clearSession(key);
      return;
    }
    saveSession(key, {
      v: 1,
      catalogueVersion: catalogue.version,
      view,
      step: this.stepIndex,
      ...(view === 'detail' && this.detailId ? { detail: this.detailId } : {}),
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
    this.detail = undefined;
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
    const found = this.group ? this.t.results.foundGroup : this.t.results.found;
    this.announce(shown ? found(shown, response.total) : `${this.t.results.emptyTitle}. ${response.alternatives?.length ? this.t.results.alternativesTitle : ''}`);
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

  // ── detail ───────────────────────────────────────────────────────────────────────────────────

  /** The match (or near miss) of the current results with this listing id. */
  private resultFor(id: string | undefined): Match | undefined {
    const r = this.results;
    return r?.matches.find((m) => m.listing.id === id) ?? r?.alternatives?.find((m) => m.listing.id === id);
  }

  private openDetail = (e: Event): void => {
    const { listingId } = (e as CustomEvent<{ listingId: string }>).detail;
    this.resultsScroll = window.scrollY;
    this.detailId = listingId;
    this.view = 'detail';
    void this.loadDetail(true);
  };

  /** After a reload: the listing that was open, once the results are back (and if it is among them). */
  private reopenDetail(id: string | undefined): void {
    if (!id || this.view !== 'results' || !this.resultFor(id)) return;
    this.detailId = id;
    this.view = 'detail';
    void this.loadDetail(false);
  }

  private async loadDetail(focusHeading: boolean): Promise<void> {
    const config = this.config;
    const key = this.key?.trim();
    const id = this.detailId;
    if (!config || !key || !id) return;
    if (focusHeading) void this.moveFocus('#detail-heading');
    if (this.detail?.listing.id === id) {
      this.detailState = 'ready';
      return;
    }
    const signal = this.newRequest();
    this.detail = undefined;
    this.detailState = 'loading';
    this.detailError = undefined;
    this.announce(this.t.detail.loading);
    try {
      const fit = await this.client.fit(id, { key, answers: requestAnswers(config.questionnaire, this.progress), locale: this.locale }, { signal });
      if (this.detailId !== id) return;
      this.detail = fit;
      this.detailState = 'ready';
      this.announce(fit.listing.title);
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError('invalid', String(e));
      if (error.kind === 'aborted') return;
      this.detailError = error;
      this.detailState = 'error';
      this.announce(`${this.t.detail.failed} ${this.errorText(error)}`);
      this.emit<BtErrorDetail>('bt-error', { code: error.code, status: error.status, stage: 'detail' });
    }
  }

  /** Back to the results at the same scroll position, focus on the card's "details" button. */
  private backToResults = async (): Promise<void> => {
    const id = this.detailId;
    this.contactChallenge?.dispose();
    this.abort?.abort();
    this.view = 'results';
    await this.updateComplete;
    window.scrollTo({ top: this.resultsScroll, behavior: 'auto' });
    const card = [...this.renderRoot.querySelectorAll<BtResultCard>('bring-together-result-card')].find((c) => c.match.listing.id === id);
    if (card) {
      await card.updateComplete;
      card.focusDetails();
    } else {
      void this.moveFocus('#results-heading');
    }
  };

  // ── contact ──────────────────────────────────────────────────────────────────────────────────

  private openContact = (): void => {
    const config = this.config;
    if (!config || !this.detailId) return;
    if (this.contactResult && this.contactResult.listingId !== this.detailId) {
      // A new request: keep name and email, ask for the message and every consent again.
      this.draft = { ...emptyDraft(), name: this.draft.name, email: this.draft.email };
      this.contactResult = undefined;
    }
    this.contactState = this.contactResult ? 'sent' : 'editing';
    this.contactProblems = new Map();
    this.contactError = undefined;
    this.view = 'contact';
    if (!this.contactResult) {
      this.contactChallenge ??= new Challenge(this, config.embed.turnstileSitekey, 'bt-turnstile-contact', () => this.requestUpdate());
      void this.contactChallenge.mount(this.locale);
    }
    void this.moveFocus(this.contactResult ? '#sent-heading' : '#contact-heading');
  };

  private cancelContact = (): void => {
    this.contactChallenge?.dispose();
    this.view = 'detail';
    void this.loadDetail(true);
  };

  private onDraftInput(field: 'name' | 'email' | 'message' | 'consentContact' | 'shareNeeds', e: Event): void {
    const input = e.target as HTMLInputElement | HTMLTextAreaElement;
    const value = input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value;
    this.draft = { ...this.draft, [field]: value };
    if (field !== 'shareNeeds' && this.contactProblems.has(field)) {
      const problems = new Map(this.contactProblems);
      const problem = validateDraft(this.draft, [field]).get(field);
      if (problem) problems.set(field, problem);
      else problems.delete(field);
      this.contactProblems = problems;
    }
  }

  private sendContact = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const config = this.config;
    const key = this.key?.trim();
    const listingId = this.detailId;
    if (!config || !key || !listingId || this.contactState === 'sending') return;
    const problems = validateDraft(this.draft);
    if (problems.size) {
      this.contactProblems = problems;
      void this.moveFocus('#contact-errors');
      return;
    }
    const t = this.t;
    this.contactProblems = new Map();
    this.contactError = undefined;
    this.contactState = 'sending';
    this.announce(t.contact.sending);
    this.contactChallenge ??= new Challenge(this, config.embed.turnstileSitekey, 'bt-turnstile-contact', () => this.requestUpdate());
    const token = await this.contactChallenge.token();
    if (!token) {
      this.contactState = 'editing';
      this.contactProblems = new Map([['turnstile', 'turnstile']]);
      this.contactChallenge.reset();
      void this.moveFocus('#contact-errors');
      return;
    }
    const answers = requestAnswers(config.questionnaire, this.progress);
    const d = this.draft;
    const body: ContactRequestBody = {
      key,
      listingId,
      answers,
      locale: this.locale,
      name: d.name.trim(),
      email: d.email.trim(),
      message: d.message.trim(),
      consent: { contact: true, shareNeeds: d.shareNeeds && hasSensitiveAnswers(answers), textVersion: config.embed.consentTextVersion },
      turnstileToken: token,
    };
    const text = JSON.stringify(body);
    // One key per attempt: a retry of the same request reuses it, so it is never stored twice.
    let idempotencyKey = d.body === text ? d.idempotencyKey : undefined;
    if (!idempotencyKey) {
      idempotencyKey = newIdempotencyKey();
      this.draft = { ...this.draft, body: text, idempotencyKey };
    }
    const title = this.detail?.listing.title ?? this.resultFor(listingId)?.listing.title ?? '';
    try {
      const created = await this.client.contactRequest(body, { idempotencyKey });
      this.contactResult = { ...created, listingId, email: body.email, title };
      this.contactState = 'sent';
      this.contactChallenge.dispose();
      this.announce(t.contact.sentTitle);
      await this.moveFocus('#sent-heading');
      this.emit<BtContactSentDetail>('bt-contact-sent', { id: created.id, listingId, score: created.score, confirmationEmail: created.confirmationEmail });
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError('invalid', String(err));
      this.emit<BtErrorDetail>('bt-error', { code: error.code, status: error.status, stage: 'contact' });
      const fieldProblems = new Map<ContactField | 'turnstile', ContactProblem | 'turnstile'>();
      for (const f of error.fieldErrors) {
        const field = contactFieldOf(f.field);
        if (field === 'turnstile') fieldProblems.set('turnstile', 'turnstile');
        else if (field) fieldProblems.set(field, field === 'consentContact' ? 'consent' : field === 'email' ? 'email' : 'required');
      }
      if (error.code === 'turnstile_failed') fieldProblems.set('turnstile', 'turnstile');
      if ((error.status === 400 || error.status === 403) && fieldProblems.size) {
        if (fieldProblems.has('turnstile')) this.contactChallenge.reset();
        this.contactState = 'editing';
        this.contactProblems = fieldProblems;
        void this.moveFocus('#contact-errors');
        return;
      }
      this.contactError = error;
      this.contactState = 'error';
      this.announce(`${t.contact.failed} ${this.contactErrorText(error)}`);
      void this.moveFocus('#error-notice');
    }
  };

  private contactErrorText(error: ApiError): string {
    return error.code === 'listing_not_found' ? this.t.contact.listingGone : this.errorText(error);
  }

  // ── notify me (saved search) ─────────────────────────────────────────────────────────────────

  private mountNotifyChallenge = (): void => {
    const config = this.config;
    if (!config || this.notifyState === 'sent') return;
    this.notifyChallenge ??= new Challenge(this, config.embed.turnstileSitekey, 'bt-turnstile-notify', () => this.requestUpdate());
    void this.notifyChallenge.mount(this.locale);
  };

  private notifyProblemsFor(email: string, consent: boolean): Map<'email' | 'consent', string> {
    const t = this.t.contact.problems;
    const problems = new Map<'email' | 'consent', string>();
    if (!email.trim()) problems.set('email', t.required);
    else if (!isEmail(email)) problems.set('email', t.email);
    if (!consent) problems.set('consent', t.consent);
    return problems;
  }

  private sendNotify = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const config = this.config;
    const key = this.key?.trim();
    if (!config || !key || this.notifyState === 'sending') return;
    const t = this.t;
    const problems = this.notifyProblemsFor(this.notifyEmail, this.notifyConsent);
    if (problems.size) {
      this.notifyProblems = problems;
      void this.moveFocus(problems.has('email') ? '#notify-email' : '#notify-consent');
      return;
    }
    this.notifyProblems = new Map();
    this.notifyError = undefined;
    this.notifyState = 'sending';
    this.mountNotifyChallenge();
    const token = await this.notifyChallenge!.token();
    if (!token) {
      this.notifyState = 'editing';
      this.notifyProblems = new Map([['turnstile', t.contact.turnstileFailed]]);
      this.notifyChallenge!.reset();
      return;
    }
    const body = {
      key,
      answers: requestAnswers(config.questionnaire, this.progress),
      email: this.notifyEmail.trim(),
      locale: this.locale,
      consent: { notify: true as const, textVersion: config.embed.consentTextVersion },
      turnstileToken: token,
    };
    const text = JSON.stringify(body);
    if (this.notifyAttempt?.body !== text) this.notifyAttempt = { body: text, idempotencyKey: newIdempotencyKey() };
    try {
      await this.client.savedSearch(body, { idempotencyKey: this.notifyAttempt.idempotencyKey });
      this.notifyState = 'sent';
      this.notifyChallenge!.dispose();
      this.announce(t.notify.sentTitle);
      void this.moveFocus('#notify-sent');
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError('invalid', String(err));
      this.emit<BtErrorDetail>('bt-error', { code: error.code, status: error.status, stage: 'notify' });
      const emailProblem = error.fieldErrors.some((f) => f.field === 'email');
      const turnstile = error.code === 'turnstile_failed' || error.fieldErrors.some((f) => f.field === 'turnstileToken');
      if (emailProblem || turnstile) {
        if (turnstile) this.notifyChallenge!.reset();
        this.notifyState = 'editing';
        this.notifyProblems = new Map(emailProblem ? [['email', t.contact.problems.email]] : [['turnstile', t.contact.turnstileFailed]]);
        return;
      }
      this.notifyError = error;
      this.notifyState = 'error';
      this.announce(`${t.notify.failed} ${this.errorText(error)}`);
    }
  };

  // ── navigation ───────────────────────────────────────────────────────────────────────────────

  private showStep(index: number, problems: Problems = new Map()): void {
    this.abort?.abort();
    this.view = 'step';
    this.stepIndex = index;
    this.problems = problems;
    this.emitStep();
    this.markFirstQuestion();
    void this.moveFocus(problems.size ? '#error-summary' : '#step-heading');
  }

  /** User Timing mark for `npm run bench`: the first question is on screen. */
  private markFirstQuestion(): void {
    if (this.firstQuestionMarked) return;
    this.firstQuestionMarked = true;
    void this.updateComplete.then(() => mark('first-question'));
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
    this.sortKey = 'fit';
    this.detailId = undefined;
    this.detail = undefined;
    this.draft = emptyDraft();
    this.contactState = 'editing';
    this.contactResult = undefined;
    this.contactProblems = new Map();
    this.notifyEmail = '';
    this.notifyConsent = false;
    this.notifyState = 'editing';
    this.notifyProblems = new Map();
    this.notifyAttempt = undefined;
    this.contactChallenge?.dispose();
    this.notifyChallenge?.dispose();
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
      <div class="root" part="base" lang=${locale} ${styleProps(themeProperties(this.config?.embed.theme))}>
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
      case 'detail':
        return this.renderDetail();
      case 'contact':
        return this.renderContact();
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
          <span class="progress-bar" ${styleProps({ width: `${percent}%` })}></span>
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
    const group = this.group;
    const matches = results ? sortMatches(results.matches, this.sortKey) : [];
    return html`
      <section class="view results" aria-labelledby="results-heading" aria-busy=${state === 'loading' ? 'true' : 'false'}>
        <h2 id="results-heading" class="heading" part="heading" tabindex="-1">${group ? t.results.titleGroup : t.results.title}</h2>
        ${state === 'loading'
          ? html`<div class="loading"><span class="spinner" aria-hidden="true"></span><p>${t.results.searching}</p></div>`
          : nothing}
        ${state === 'error'
          ? this.errorNotice(t.results.failed, this.resultsError, t.results.answersKept, () => void this.submit(true))
          : nothing}
        ${state === 'ready' && results && results.matches.length === 0 ? this.renderEmpty(results) : nothing}
        ${state === 'ready' && results && results.matches.length > 0
          ? html`<div class="results-bar">
                <p class="count">${(group ? t.results.foundGroup : t.results.found)(results.matches.length, results.total)}</p>
                <div class="sort">
                  <label for="sort">${t.results.sortLabel}</label>
                  <select id="sort" part="sort" @change=${this.onSort}>
                    ${SORT_KEYS.map((k) => html`<option value=${k} ?selected=${this.sortKey === k}>${t.results.sort[k]}</option>`)}
                  </select>
                </div>
              </div>
              <p class="hint">${this.sortKey === 'fit' ? (group ? t.results.sortedGroup : t.results.sorted) : t.results.sortedBy[this.sortKey]}</p>
              ${this.renderCards(matches, 'results')}`
          : nothing}
        <div class="actions">
          <button type="button" class="button secondary" part="button button-secondary" @click=${this.start}>${t.results.edit}</button>
          <button type="button" class="button secondary" part="button button-secondary" @click=${this.startOver}>${t.results.startOver}</button>
        </div>
      </section>
    `;
  }

  private onSort = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value;
    if (!isSortKey(value)) return;
    this.sortKey = value;
    this.announce(this.t.results.sortedBy[value]);
  };

  private renderCards(matches: Match[], part: string): TemplateResult {
    const t = this.t;
    const client = this.client;
    return html`<ul class="cards" part=${part} role="list" @bt-card-open=${this.openDetail}>
      ${repeat(
        matches,
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
    </ul>`;
  }

  private renderEmpty(results: MatchesResponse): TemplateResult {
    const t = this.t;
    const alternatives = results.alternatives ?? [];
    return html`
      <div class="empty">
        <h3>${t.results.emptyTitle}</h3>
        <p>${t.results.emptyText}</p>
      </div>
      ${alternatives.length
        ? html`<section class="alternatives" aria-labelledby="alternatives-heading">
            <h3 id="alternatives-heading">${t.results.alternativesTitle}</h3>
            <p class="hint">${t.results.alternativesText}</p>
            ${this.renderCards(alternatives, 'alternatives')}
          </section>`
        : nothing}
      ${this.renderNotify()}
    `;
  }

  private renderNotify(): TemplateResult {
    const t = this.t;
    const n = t.notify;
    if (this.notifyState === 'sent') {
      return html`<section class="notify sent" part="notify-form" aria-labelledby="notify-sent">
        <h3 id="notify-sent" tabindex="-1">${n.sentTitle}</h3>
        <p>${n.sent(this.notifyEmail.trim())}</p>
      </section>`;
    }
    const emailProblem = this.notifyProblems.get('email');
    const consentProblem = this.notifyProblems.get('consent');
    const turnstileProblem = this.notifyProblems.get('turnstile');
    const sending = this.notifyState === 'sending';
    const interactive = this.notifyChallenge?.interactive;
    return html`
      <form class="notify" part="notify-form" novalidate aria-labelledby="notify-heading" @submit=${this.sendNotify} @focusin=${this.mountNotifyChallenge}>
        <h3 id="notify-heading">${n.title}</h3>
        <p>${n.text}</p>
        <div class="field ${emailProblem ? 'invalid' : ''}">
          <label for="notify-email">${n.email}</label>
          ${emailProblem ? html`<p class="field-error" id="notify-email-error"><span class="sr-only">${t.question.errorPrefix} </span>${emailProblem}</p>` : nothing}
          <input
            id="notify-email"
            type="email"
            autocomplete="email"
            spellcheck="false"
            .value=${live(this.notifyEmail)}
            aria-invalid=${emailProblem ? 'true' : 'false'}
            aria-describedby=${emailProblem ? 'notify-email-error' : nothing}
            @input=${(e: Event) => {
              this.notifyEmail = (e.target as HTMLInputElement).value;
              if (this.notifyProblems.has('email')) this.notifyProblems = new Map([...this.notifyProblems].filter(([k]) => k !== 'email'));
            }}
          />
        </div>
        ${consentProblem ? html`<p class="field-error" id="notify-consent-error"><span class="sr-only">${t.question.errorPrefix} </span>${consentProblem}</p>` : nothing}
        <label class="check ${consentProblem ? 'invalid' : ''}">
          <input
            id="notify-consent"
            type="checkbox"
            .checked=${live(this.notifyConsent)}
            aria-invalid=${consentProblem ? 'true' : 'false'}
            aria-describedby=${consentProblem ? 'notify-consent-error' : nothing}
            @change=${(e: Event) => {
              this.notifyConsent = (e.target as HTMLInputElement).checked;
              if (this.notifyConsent) this.notifyProblems = new Map([...this.notifyProblems].filter(([k]) => k !== 'consent'));
            }}
          />
          <span>${n.consent}</span>
        </label>
        ${interactive ? html`<div class="turnstile"><p class="hint">${t.contact.turnstile}</p><slot name="bt-turnstile-notify"></slot></div>` : nothing}
        ${turnstileProblem ? html`<p class="field-error" role="alert">${turnstileProblem}</p>` : nothing}
        ${this.notifyState === 'error' && this.notifyError
          ? this.errorNotice(n.failed, this.notifyError)
          : nothing}
        <div class="actions">
          <button type="submit" class="button primary" part="button button-primary" ?disabled=${sending}>
            ${sending ? n.sending : this.notifyState === 'error' && this.notifyError?.retryable ? t.errors.retry : n.submit}
          </button>
        </div>
      </form>
    `;
  }

  private renderDetail(): TemplateResult {
    const t = this.t;
    const fit = this.detail;
    const summary = fit?.listing ?? this.resultFor(this.detailId)?.listing;
    const group = this.group;
    const kicker = summary ? kickerText(t, summary, fit?.match?.distanceKm ?? this.resultFor(this.detailId)?.distanceKm) : '';
    return html`
      <article class="view detail" part="detail" aria-labelledby="detail-heading" aria-busy=${this.detailState === 'loading' ? 'true' : 'false'}>
        <p class="back">
          <button type="button" class="link-button" @click=${this.backToResults}><span aria-hidden="true">← </span>${t.detail.back}</button>
        </p>
        ${kicker ? html`<p class="eyebrow">${kicker}</p>` : nothing}
        <h2 id="detail-heading" class="heading" part="heading" tabindex="-1">${summary?.title ?? t.detail.loading}</h2>
        ${this.detailState === 'loading'
          ? html`<div class="loading"><span class="spinner" aria-hidden="true"></span><p>${t.detail.loading}</p></div>`
          : nothing}
        ${this.detailState === 'error'
          ? this.errorNotice(t.detail.failed, this.detailError, '', () => void this.loadDetail(false))
          : nothing}
        ${this.detailState === 'ready' && fit
          ? renderDetailBody(fit, { t, locale: this.locale, catalogue: this.config!.questionnaire, group, resolve: (u) => this.client.resolve(u) })
          : nothing}
        <div class="actions">
          ${this.detailState === 'ready' && fit
            ? html`<button type="button" class="button primary" part="button button-primary" @click=${this.openContact}>
                ${group ? t.detail.contactGroup : t.detail.contact}
              </button>`
            : nothing}
        </div>
      </article>
    `;
  }

  private renderContact(): TemplateResult {
    const t = this.t;
    const c = t.contact;
    const config = this.config!;
    const fit = this.detail;
    const match = fit?.match ?? this.resultFor(this.detailId) ?? null;
    const title = fit?.listing.title ?? this.resultFor(this.detailId)?.listing.title ?? '';
    const group = this.group;
    const result = this.contactResult;

    if (this.contactState === 'sent' && result) {
      return html`
        <section class="view contact sent" aria-labelledby="sent-heading">
          <h2 id="sent-heading" class="heading" part="heading" tabindex="-1">${c.sentTitle}</h2>
          <p class="notice success">${c.sent(result.title)}</p>
          <p>${result.confirmationEmail === 'sent' ? c.sentMail(result.email) : c.sentMailFailed}</p>
          <div class="actions">
            <button type="button" class="button primary" part="button button-primary" @click=${this.backToResults}>${c.backToResults}</button>
            <button type="button" class="button secondary" part="button button-secondary" @click=${this.startOver}>${t.results.startOver}</button>
          </div>
        </section>
      `;
    }

    const answers = requestAnswers(config.questionnaire, this.progress);
    const d = this.draft;
    const problems = this.contactProblems;
    const sending = this.contactState === 'sending';
    const problemText = (p: ContactProblem | 'turnstile') => (p === 'turnstile' ? c.turnstileFailed : c.problems[p]);
    const labels: Record<ContactField | 'turnstile', string> = { name: c.name, email: c.email, message: c.message, consentContact: c.consentTitle, turnstile: c.turnstile };
    const ids: Record<ContactField | 'turnstile', string> = { name: 'c-name', email: 'c-email', message: 'c-message', consentContact: 'c-consent', turnstile: 'c-turnstile' };
    const err = (f: ContactField) => {
      const p = problems.get(f);
      return p ? html`<p class="field-error" id=${`${ids[f]}-error`}><span class="sr-only">${t.question.errorPrefix} </span>${problemText(p)}</p>` : nothing;
    };
    const described = (f: ContactField, hint?: string) => [problems.has(f) ? `${ids[f]}-error` : '', hint ?? ''].filter(Boolean).join(' ') || nothing;
    const interactive = this.contactChallenge?.interactive;
    const sensitive = hasSensitiveAnswers(answers);

    return html`
      <form class="view contact" part="contact-form" novalidate aria-labelledby="contact-heading" @submit=${this.sendContact}>
        <p class="back">
          <button type="button" class="link-button" @click=${this.cancelContact}><span aria-hidden="true">← </span>${c.cancel}</button>
        </p>
        <h2 id="contact-heading" class="heading" part="heading" tabindex="-1">${c.title(title)}</h2>
        <p class="lead">${group ? c.introGroup : c.intro}</p>
        ${problems.size
          ? html`<div id="contact-errors" class="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="contact-errors-title">
              <h3 id="contact-errors-title">${t.validation.summaryTitle}</h3>
              <ul>
                ${[...problems].map(
                  ([f, p]) => html`<li>
                    <a href=${`#${ids[f]}`} @click=${(e: Event) => this.focusById(e, ids[f])}>${labels[f]} – ${problemText(p)}</a>
                  </li>`,
                )}
              </ul>
            </div>`
          : nothing}
        ${this.contactState === 'error' && this.contactError
          ? this.errorNotice(c.failed, this.contactError, c.draftKept)
          : nothing}
        <div class="field ${problems.has('name') ? 'invalid' : ''}">
          <label for="c-name">${c.name}</label>
          ${err('name')}
          <input id="c-name" type="text" autocomplete="name" maxlength="120" .value=${live(d.name)}
            aria-invalid=${problems.has('name') ? 'true' : 'false'} aria-describedby=${described('name')}
            @input=${(e: Event) => this.onDraftInput('name', e)} />
        </div>
        <div class="field ${problems.has('email') ? 'invalid' : ''}">
          <label for="c-email">${c.email}</label>
          <p class="hint" id="c-email-hint">${c.emailHint}</p>
          ${err('email')}
          <input id="c-email" type="email" autocomplete="email" spellcheck="false" maxlength="254" .value=${live(d.email)}
            aria-invalid=${problems.has('email') ? 'true' : 'false'} aria-describedby=${described('email', 'c-email-hint')}
            @input=${(e: Event) => this.onDraftInput('email', e)} />
        </div>
        <div class="field ${problems.has('message') ? 'invalid' : ''}">
          <label for="c-message">${c.message}</label>
          <p class="hint" id="c-message-hint">${c.messageHint}</p>
          ${err('message')}
          <textarea id="c-message" rows="6" maxlength="4000" .value=${live(d.message)}
            aria-invalid=${problems.has('message') ? 'true' : 'false'} aria-describedby=${described('message', 'c-message-hint')}
            @input=${(e: Event) => this.onDraftInput('message', e)}></textarea>
        </div>
        ${renderPreview({
          t,
          locale: this.locale,
          catalogue: config.questionnaire,
          answers,
          group,
          draft: d,
          score: match ? { score: match.score, reasons: match.reasons, watchOuts: match.watchOuts } : null,
        })}
        <fieldset class="consents">
          <legend>${c.consentTitle}</legend>
          ${err('consentContact')}
          <label class="check ${problems.has('consentContact') ? 'invalid' : ''}">
            <input id="c-consent" type="checkbox" .checked=${live(d.consentContact)}
              aria-invalid=${problems.has('consentContact') ? 'true' : 'false'} aria-describedby=${described('consentContact')}
              @change=${(e: Event) => this.onDraftInput('consentContact', e)} />
            <span>${c.consentContact(title)}</span>
          </label>
          ${sensitive
            ? html`<label class="check">
                <input id="c-needs" type="checkbox" .checked=${live(d.shareNeeds)} @change=${(e: Event) => this.onDraftInput('shareNeeds', e)} />
                <span>${c.consentNeeds}</span>
              </label>`
            : nothing}
        </fieldset>
        ${interactive
          ? html`<div class="turnstile" id="c-turnstile" tabindex="-1"><p class="hint">${c.turnstile}</p><slot name="bt-turnstile-contact"></slot></div>`
          : nothing}
        <div class="actions">
          <button type="submit" class="button primary" part="button button-primary" ?disabled=${sending}>
            ${sending ? c.sending : this.contactState === 'error' && this.contactError?.retryable ? t.errors.retry : c.submit}
          </button>
        </div>
      </form>
    `;
  }

  /** A failed request: what failed, why, that nothing is lost, a retry when it may help, the code for support. */
  private errorNotice(title: string, error: ApiError | undefined, kept = '', retry?: () => void): TemplateResult {
    const t = this.t;
    return html`<div class="notice error" id="error-notice" tabindex="-1">
      <p><strong>${title}</strong> ${error ? this.contactErrorText(error) : ''}</p>
      ${kept ? html`<p>${kept}</p>` : nothing}
      ${retry && (!error || error.retryable)
        ? html`<button type="button" class="button primary" part="button button-primary" @click=${retry}>${t.errors.retry}</button>`
        : nothing}
      ${error ? html`<p class="technical">${t.errors.technical(error.code, error.requestId)}</p>` : nothing}
    </div>`;
  }

  private focusById(e: Event, id: string): void {
    e.preventDefault();
    const el = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    el?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    el?.focus({ preventScroll: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bt-ready': CustomEvent<BtReadyDetail>;
    'bt-step': CustomEvent<BtStepDetail>;
    'bt-results': CustomEvent<BtResultsDetail>;
    'bt-error': CustomEvent<BtErrorDetail>;
    'bt-contact-sent': CustomEvent<BtContactSentDetail>;
  }
}
