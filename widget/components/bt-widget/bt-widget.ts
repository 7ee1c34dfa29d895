import { LitElement, html, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { apiBase } from '../../api/base';
import { ApiClient, ApiError } from '../../api/client';
import { configPath, takeStartedConfig } from '../../api/config-request';
import type { Catalogue, EmbedConfig, Step } from '../../api/shapes';
import { FocusController } from '../../internal/focus';
import { LazyParts } from '../../internal/lazy';
import { RequestController } from '../../internal/requests';
import { inheritedLang, toLocale, type Locale } from '../../locales';
import { coreDe, loadingTexts, type CoreTexts } from '../../locales/core';
import { freshJourney, toSession, type Journey } from '../../state/journey';
import { seeksAsGroup, visibleSteps } from '../../state/questionnaire';
import type { resumeJourney } from '../../state/resume';
import { clearSession, hasSession, saveSession } from '../../state/session';
import { sharedStyles } from '../../styles/shared.styles';
import { styleProps } from '../../styles/style-props';
import { themeProperties } from '../../styles/theme';
import { widgetStyles } from './bt-widget.styles';
import type { BtErrorDetail, BtEventDetails } from './events';
import type { LazyPart, PartView, WidgetHost } from './host';
import { mark, QuestionnaireFlow } from './questionnaire';
import type { SearchFlow } from './search';
import { failureScreen, renderLoading, renderPartFailure } from './views/error';
import type { renderFailure } from './views/config-failure';
import { renderIntro } from './views/intro';
import { renderStep } from './views/step';

export type { BtContactSentDetail, BtErrorDetail, BtReadyDetail, BtResultsDetail, BtStepDetail } from './events';

/**
 * Each lazy chunk, relative to the entry; written in by the build (scripts/build-widget.ts),
 * absent when the widget runs unbundled.
 */
declare const __BT_LAZY_CHUNKS__: string | undefined;

/**
 * A lazy chunk: the bundler's `import()` the first time; a retry imports the same chunk
 * under a fresh URL, because the browser keeps the failed fetch of the first one (internal/lazy.ts).
 */
function lazyChunk<M>(chunk: 'results' | 'later' | 'search' | 'core-en' | 'config-failure' | 'resume', first: () => Promise<M>): (attempt: number) => Promise<M> {
  return (attempt) =>
    attempt > 0 && typeof __BT_LAZY_CHUNKS__ === 'string'
      ? (import(new URL(`${(JSON.parse(__BT_LAZY_CHUNKS__) as Record<string, string>)[chunk]}?retry=${attempt}`, import.meta.url).href) as Promise<M>)
      : first();
}

/**
 * A chunk behind several parts: imported once for all of them, its attempts counted for the chunk,
 * so after a failed fetch the next part to ask (whichever) fetches it under a fresh URL.
 */
function sharedChunk<M>(chunk: 'later' | 'search', first: () => Promise<M>): () => Promise<M> {
  const load = lazyChunk(chunk, first);
  let attempt = 0;
  let loaded: Promise<M> | undefined;
  return () =>
    (loaded ??= load(attempt++).catch((e: unknown) => {
      loaded = undefined;
      throw e;
    }));
}

/** Which request a part's chunk belongs to, for `bt-error`. */
const STAGES: Record<LazyPart, BtErrorDetail['stage']> = { results: 'matches', detail: 'detail', contact: 'contact', notify: 'notify', browse: 'browse', groups: 'groups' };

/**
 * `<bring-together-widget>`: the bring-together questionnaire and matches, embeddable in any page.
 *
 * The usual embed is one script tag, which mounts the element right after itself:
 * `<script src="https://HOST/widget.js" data-key="pk_…" async></script>`.
 * The element can also be placed anywhere (several per page are fine):
 * `<bring-together-widget key="pk_…" api="https://HOST"></bring-together-widget>`.
 * The intro and the questionnaire come with the first chunk; results, detail, contact, "notify me",
 * "Browse all" with its map and "Find fellow residents / start a group" load from the same host when
 * the seeker first gets there.
 *
 * @attr key - Publishable key of the embed (`pk_…`). Required.
 * @attr api - API origin; defaults to the origin widget.js was loaded from.
 * @attr lang - `de` or `en`; defaults to the closest `lang` of an ancestor (`<html lang>`), then the
 *   embed's default locale, then German.
 *
 * @fires bt-ready - Configuration loaded and first screen shown. `detail: { key, locale }`
 * @fires bt-step - A questionnaire step is shown. `detail: { step, index, total }` (index 0-based)
 * @fires bt-results - Matches are shown. `detail: { count, shown }`
 * @fires bt-error - A request (or a later screen's chunk) failed. `detail: { code, status, stage: 'config' | 'matches' | 'detail' | 'contact' | 'notify' | 'browse' | 'groups' }`
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
 * @csspart alternatives - The list of nearest partial matches when nothing matches.
 * @csspart card - A result card (`<article>`).
 * @csspart card-photo - A result card's photo area.
 * @csspart score - A result card's score badge.
 * @csspart sort - The sort control (`<select>`).
 * @csspart detail - The detail view.
 * @csspart contact-form - The contact form; `contact-preview` is its "what the project sees" box.
 * @csspart notify-form - The "notify me" form of the empty state.
 * @csspart pool-form - "Join the pool" (find fellow residents); `initiative-form` is "Start an initiative".
 *
 * @slot bt-turnstile-contact - (internal) Turnstile's challenge for the contact form, created by the widget.
 * @slot bt-turnstile-notify - (internal) Turnstile's challenge for the "notify me" form.
 * @slot bt-turnstile-pool - (internal) Turnstile's challenge for "Join the pool"; `bt-turnstile-initiative` for "Start an initiative".
 */
export class BtWidget extends LitElement implements WidgetHost {
  static override styles = [sharedStyles, widgetStyles];

  static override properties = {
    key: { type: String },
    api: { type: String },
    langAttribute: { type: String, attribute: 'lang' },
    config: { state: true },
    failure: { state: true },
    journey: { state: true },
  };

  declare key: string | null;
  declare api: string | null;
  /** Mirrors the `lang` attribute so a change re-renders in the new language. */
  declare langAttribute: string | null;
  declare private config: EmbedConfig | undefined;
  /** Why the configuration could not be loaded. */
  declare private failure: ApiError | undefined;
  declare journey: Journey;

  readonly requests = new RequestController(this);
  /** The later screens but the results, one chunk for the five (views/later.ts). */
  private readonly later = sharedChunk('later', () => import('./views/later'));
  /** The search flow's chunk: fetched after the first question, by the restored search or with a later screen, whichever asks first. */
  private readonly searchChunk = sharedChunk('search', () => import('./search'));
  readonly parts: LazyParts<LazyPart, PartView> = new LazyParts<LazyPart, PartView>(
    this,
    {
      results: (n) => this.view(n, lazyChunk('results', () => import('./views/results'))),
      detail: (n) => this.view(n, () => this.later().then((m) => ({ create: m.detail }))),
      contact: (n) => this.view(n, () => this.later().then((m) => ({ create: m.contact }))),
      notify: (n) => this.view(n, () => this.later().then((m) => ({ create: m.notify }))),
      browse: (n) => this.view(n, () => this.later().then((m) => ({ create: m.browse }))),
      groups: (n) => this.view(n, () => this.later().then((m) => ({ create: m.groups }))),
    },
    (part, error) => this.partFailed(part, error),
  );
  /** The English texts, a chunk of their own (`locales/core.ts`); German is always there. */
  readonly languages = new LazyParts<'en', CoreTexts>(
    this,
    { en: lazyChunk('core-en', () => import('../../locales/core-en').then((m) => m.coreEn)) },
    () => undefined, // the widget speaks German then (see locale)
  );
  /** Restoring what a reload kept, a chunk of its own (widget.js fetches it with the first one when there is something). */
  readonly resumption = new LazyParts<'resume', typeof resumeJourney>(
    this,
    { resume: lazyChunk('resume', () => import('../../state/resume').then((m) => m.resumeJourney)) },
    () => undefined, // said as the configuration's failure (loadConfig)
  );
  /** The screen for a configuration that cannot be loaded, a chunk of its own (fetched only then). */
  readonly failureView = new LazyParts<'config-failure', typeof renderFailure>(
    this,
    { 'config-failure': lazyChunk('config-failure', () => import('./views/config-failure').then((m) => m.renderFailure)) },
    () => undefined, // then there is no connection (renderScreen)
  );
  readonly a11y = new FocusController(this, () => this.parts.settled(this.journey.screen));
  readonly questionnaire = new QuestionnaireFlow(this);
  /** Set once the search's chunk is there (`loadSearch`), before any later screen is created. */
  declare search: SearchFlow;

  /** `api|key` the current configuration belongs to; a change reloads. */
  private loadedFor: string | undefined;
  private langObserver: MutationObserver | undefined;

  constructor() {
    super();
    this.key = null;
    this.api = null;
    this.langAttribute = null;
    this.journey = freshJourney();
  }

  get publishableKey(): string {
    return this.key?.trim() ?? '';
  }

  /** The language the widget currently speaks: German when the English texts could not be fetched. */
  get locale(): Locale {
    const wanted = toLocale(inheritedLang(this)) ?? this.config?.embed.defaultLocale ?? 'de';
    return wanted === 'en' && this.languages.failure('en') ? 'de' : wanted;
  }

  get t(): CoreTexts {
    return (this.locale === 'en' && this.languages.get('en')) || coreDe;
  }

  get client(): ApiClient {
    return new ApiClient(apiBase(this.api));
  }

  // Screens render only once the configuration is there (see renderScreen).
  get embed(): EmbedConfig['embed'] {
    return this.config!.embed;
  }

  get catalogue(): Catalogue {
    return this.config!.questionnaire;
  }

  get adviceOffices(): EmbedConfig['adviceOffices'] {
    return this.config!.adviceOffices;
  }

  get group(): boolean {
    return seeksAsGroup(this.journey.progress);
  }

  get steps(): Step[] {
    return this.config ? visibleSteps(this.config.questionnaire, this.journey.progress) : [];
  }

  patch(changes: Partial<Journey>): void {
    this.journey = { ...this.journey, ...changes };
  }

  emit<K extends keyof BtEventDetails>(name: K, detail: BtEventDetails[K]): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  adoptStyles(styles: readonly CSSResult[]): void {
    const root = this.renderRoot as ShadowRoot;
    const sheets = styles.map((s) => s.styleSheet).filter((s): s is CSSStyleSheet => !!s && !root.adoptedStyleSheets.includes(s));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  }

  /** The search flow, from its chunk (fetched once; after a failure, the next call asks under a fresh URL). */
  loadSearch(): Promise<SearchFlow> {
    return this.searchChunk().then((m) => (this.search ??= new m.SearchFlow(this)));
  }

  /** A later screen: its chunk and the search's, fetched in parallel (every screen may use the search). */
  private view(attempt: number, chunk: (attempt: number) => Promise<{ create(host: WidgetHost): PartView }>): Promise<PartView> {
    return Promise.all([chunk(attempt), this.loadSearch()]).then(([m]) => m.create(this));
  }

  renderPart(part: LazyPart): TemplateResult {
    const view = this.parts.get(part);
    if (view) return view.render();
    const screen = part !== 'notify';
    const error = this.parts.failure(part);
    if (error) return renderPartFailure(this, error, () => void this.open(part), screen);
    void this.parts.load(part);
    return renderLoading(this.t.loading, screen);
  }

  async open(part: LazyPart): Promise<void> {
    (await this.parts.load(part))?.enter?.();
  }

  /** A chunk could not be fetched: said like a failed request, in its place (focus on it for a screen). */
  private partFailed(part: LazyPart, error: ApiError): void {
    const t = this.t.errors;
    this.a11y.announce(`${t.partFailed} ${t.network}`);
    if (part !== 'notify') void this.a11y.moveTo('#error-notice');
    this.emit('bt-error', { code: error.code, status: error.status, stage: STAGES[part] });
  }

  // ── lifecycle ────────────────────────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    // Follow language switches of the host page (`<html lang>`).
    this.langObserver ??= new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const target = `${apiBase(this.api)}|${this.publishableKey}`;
    if (this.isConnected && target !== this.loadedFor) {
      this.loadedFor = target;
      void this.loadConfig();
    }
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('journey')) this.persist();
  }

  /** The only request before the first question; then the journey a reload kept, if any. */
  private async loadConfig(): Promise<void> {
    this.config = undefined;
    this.failure = undefined;
    const key = this.publishableKey;
    if (!key) {
      this.requests.abort();
      return this.configFailed(new ApiError('invalid', 'No publishable key.', 0, { type: 'about:blank', title: 'Missing key', status: 0, code: 'missing_key' }));
    }
    const { client } = this;
    const started = takeStartedConfig(this, `${client.base}${configPath(key)}`);
    const outcome = await this.requests.read(
      (signal) => client.config(key, { signal, started }),
      () => this.retryConfig(),
    );
    if (!outcome) return;
    if (!outcome.ok) return this.configFailed(outcome.error);
    const config = outcome.value;
    let restored: ReturnType<typeof resumeJourney> = { journey: freshJourney(), search: false };
    if (hasSession(key)) {
      const target = this.loadedFor;
      const resume = await this.resumption.load('resume');
      if (target !== this.loadedFor) return; // another key or API since
      if (!resume) return this.configFailed(this.resumption.failure('resume')!);
      restored = resume(config.questionnaire, key);
    }
    this.journey = restored.journey;
    this.config = config;
    // A failed search chunk shows on the results or detail screen the journey is on (renderPart).
    if (restored.search) void this.loadSearch().then((s) => s.submit(false).then(() => s.reopenDetail(restored.detail)), () => undefined);

    await this.updateComplete;
    mark('ready');
    this.emit('bt-ready', { key, locale: this.locale });
    if (this.journey.screen === 'step') this.questionnaire.stepShown();
    // The page names one listing (`?bt-listing=`, a listing page's "Does this fit me?"): its fit, with the search's chunk.
    if (location.search.includes('bt-listing=')) {
      void Promise.all([this.searchChunk(), this.loadSearch()]).then(([m]) => m.followListingLink(this, restored.search), () => undefined);
    }
  }

  private configFailed(error: ApiError): void {
    this.failure = error;
    this.emit('bt-error', { code: error.code, status: error.status, stage: 'config' });
  }

  private retryConfig = (): void => {
    this.loadedFor = undefined;
    this.requestUpdate();
  };

  /** Answers and place survive a reload (sessionStorage per key); nothing worth keeping empties it. */
  private persist(): void {
    const key = this.publishableKey;
    if (!key || !this.config) return;
    const session = toSession(this.journey, this.config.questionnaire.version);
    if (session) saveSession(key, session);
    else clearSession(key);
  }

  // ── rendering ────────────────────────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    return html`
      <div class="root" part="base" lang=${this.locale} ${styleProps(themeProperties(this.config?.embed.theme))}>
        ${this.renderScreen()} ${this.a11y.render()}
      </div>
    `;
  }

  /** Its screen once its chunk is there; that chunk not fetched either: no connection, and a retry of both. */
  private renderFailure(error: ApiError): TemplateResult {
    const render = this.failureView.get('config-failure');
    if (render) return render(this, error, this.retryConfig);
    const offline = this.failureView.failure('config-failure');
    if (!offline) {
      void this.failureView.load('config-failure');
      return renderLoading(this.t.loading, true);
    }
    return failureScreen(this.t, this.t.errors.network, offline, () => {
      void this.failureView.load('config-failure');
      this.retryConfig();
    });
  }

  private renderScreen(): TemplateResult {
    if (this.locale === 'en' && !this.languages.get('en')) {
      void this.languages.load('en');
      return renderLoading(loadingTexts.en.loading, true);
    }
    if (this.failure) return this.renderFailure(this.failure);
    if (!this.config) return renderLoading(this.t.loading, true);
    const { screen } = this.journey;
    if (screen === 'intro') return renderIntro(this);
    if (screen === 'step') return renderStep(this);
    return this.renderPart(screen);
  }
}
