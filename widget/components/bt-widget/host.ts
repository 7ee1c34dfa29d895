/**
 * What the widget's screens and controllers see of `<bring-together-widget>`: its state, its
 * helpers and the two flows that move the seeker along. Screens render only once the
 * configuration is loaded, so the embed settings and the catalogue are always there for them.
 */
import type { CSSResult, ReactiveControllerHost, TemplateResult } from 'lit';
import type { ApiClient } from '../../api/client';
import type { Catalogue, EmbedConfig, Step } from '../../api/shapes';
import type { FocusController } from '../../internal/focus';
import type { LazyParts } from '../../internal/lazy';
import type { RequestController } from '../../internal/requests';
import type { Locale } from '../../locales';
import type { CoreTexts } from '../../locales/core';
import type { Journey } from '../../state/journey';
import type { BtEventDetails } from './events';
import type { QuestionnaireFlow } from './questionnaire';
import type { SearchFlow } from './search';

/** Screens (and parts) that load as their own chunk. */
export type LazyPart = 'results' | 'detail' | 'contact' | 'notify' | 'browse' | 'groups';

/** A lazily loaded screen as one widget uses it (created once per widget). */
export interface PartView {
  render(): TemplateResult;
  /** The seeker is brought in by a click (or a retry): focus, and whatever the part sets up. */
  enter?(): void;
}

export interface WidgetHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The publishable key, trimmed; empty when missing. */
  readonly publishableKey: string;
  readonly locale: Locale;
  readonly t: CoreTexts;
  readonly embed: EmbedConfig['embed'];
  readonly catalogue: Catalogue;
  /** The local advice offices of the embed's municipality (none for a provider's embed). */
  readonly adviceOffices: EmbedConfig['adviceOffices'];
  /** Replaced as a whole by "start over"; else changed with `patch`. */
  journey: Journey;
  readonly client: ApiClient;
  /** A group of households looks for buildings and plots, with wording to match. */
  readonly group: boolean;
  /** The steps this seeker sees. */
  readonly steps: Step[];
  readonly a11y: FocusController;
  readonly requests: RequestController;
  readonly questionnaire: QuestionnaireFlow;
  /** There once the search's chunk is (every later screen loads it with its own chunk). */
  readonly search: SearchFlow;
  /** Fetches the search's chunk once (after a failure, the next call asks under a fresh URL). */
  loadSearch(): Promise<SearchFlow>;
  readonly parts: LazyParts<LazyPart, PartView>;
  /** The next journey: the changes on top of the current one (a new object, so the widget re-renders). */
  patch(changes: Partial<Journey>): void;
  /** A lazily loaded part in place: its view once loaded, else loading or the failure. */
  renderPart(part: LazyPart): TemplateResult;
  /** Loads a part and enters it (focus, setup); a failure shows in its place. */
  open(part: LazyPart): Promise<void>;
  /** Adds a chunk's styles to the widget's shadow root. */
  adoptStyles(styles: readonly CSSResult[]): void;
  emit<K extends keyof BtEventDetails>(name: K, detail: BtEventDetails[K]): void;
}
