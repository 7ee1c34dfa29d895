import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { Catalogue, Importance, Locale, Question } from '../../api/shapes';
import type { CoreTexts } from '../../locales/core';
import { DEFAULT_IMPORTANCE, isTextKind, type QuestionChange } from '../../state/questionnaire';
import { sharedStyles } from '../../styles/shared.styles';
import { questionStyles } from './bt-question.styles';

/** Internal event: bubbles inside the widget's shadow root only (not composed). */
export const QUESTION_CHANGE = 'bt-question-change';

const IMPORTANCE: readonly Importance[] = [0, 1, 2, 3];

/** Option labels this short sit side by side as chips; longer ones stack as full-width tiles. */
const SHORT_LABEL = 16;

/**
 * One question of the catalogue, rendered by its kind: radio group (single, boolean), checkboxes
 * (multi) or a text field (count, money, postcode), with the importance selector for weighted
 * questions once they are answered. Stateless: it renders what the widget passes and reports
 * changes with `bt-question-change`. Its controls bind `.value`/`.checked` without `live()`: the
 * widget's state takes every change as the control shows it, so what was rendered last is what the
 * control holds (and `live` stays out of the first chunk).
 *
 * Internal to `<bring-together-widget>`.
 *
 * @csspart question - The question's fieldset (choices) or group (text field).
 */
export class BtQuestion extends LitElement {
  static override styles = [sharedStyles, questionStyles];

  static override properties = {
    question: { attribute: false },
    locale: { attribute: false },
    texts: { attribute: false },
    importanceLabels: { attribute: false },
    value: { attribute: false },
    text: { attribute: false },
    importance: { attribute: false },
    answered: { attribute: false },
    error: { attribute: false },
  };

  declare question: Question;
  declare locale: Locale;
  declare texts: CoreTexts['question'];
  declare importanceLabels: Catalogue['importance'] | undefined;
  declare value: string | string[] | boolean | undefined;
  declare text: string;
  declare importance: Importance;
  declare answered: boolean;
  /** Localized error message; empty when valid. */
  declare error: string;

  constructor() {
    super();
    this.text = '';
    this.importance = DEFAULT_IMPORTANCE;
    this.answered = false;
    this.error = '';
  }

  /** Moves focus to the answer control (the checked radio, else the first control). */
  focusControl(): void {
    const root = this.renderRoot as ShadowRoot;
    const target = root.querySelector<HTMLElement>('input[name="value"]:checked') ?? root.querySelector<HTMLElement>('input');
    target?.focus();
  }

  private emit(change: QuestionChange): void {
    this.dispatchEvent(new CustomEvent<QuestionChange>(QUESTION_CHANGE, { detail: change, bubbles: true }));
  }

  override render(): TemplateResult {
    return isTextKind(this.question) ? this.renderText() : this.renderChoices();
  }

  private get label(): string {
    return this.question.label?.[this.locale] ?? this.question.id;
  }

  private renderIntro(): TemplateResult {
    const hint = this.question.hint?.[this.locale];
    return html`${hint ? html`<p id="hint" class="hint">${hint}</p>` : nothing}${this.error
      ? html`<p id="error" class="error"><span class="sr-only">${this.texts.errorPrefix} </span>${this.error}</p>`
      : nothing}`;
  }

  private get describedBy(): string | typeof nothing {
    const ids = [this.question.hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  private renderRequired(): TemplateResult | typeof nothing {
    return this.question.required ? html` <span class="required">(${this.texts.required})</span>` : nothing;
  }

  private renderText(): TemplateResult {
    const q = this.question;
    const unit = q.unit?.[this.locale];
    // The catalogue does not say which postcode is the seeker's own address; in the "who" step it is
    // (WCAG 1.3.5 wants autocomplete there), elsewhere it is a place they look for.
    const autocomplete = q.kind === 'postcode' && q.step === 'who' ? 'postal-code' : 'off';
    const describedBy = [this.describedBy === nothing ? '' : this.describedBy, unit ? 'unit' : ''].filter(Boolean).join(' ');
    return html`
      <div class="question ${this.error ? 'invalid' : ''}" part="question">
        <label class="label" for="control">${this.label}${this.renderRequired()}</label>
        ${this.renderIntro()}
        <div class="field">
          <input
            id="control"
            class="text ${q.kind}"
            type="text"
            inputmode="numeric"
            autocomplete=${autocomplete}
            spellcheck="false"
            maxlength=${q.kind === 'postcode' ? 6 : 12}
            .value=${this.text}
            ?required=${q.required === true}
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            @input=${(e: Event) => this.emit({ id: q.id, type: 'text', text: (e.target as HTMLInputElement).value })}
            @keydown=${this.submitOnEnter}
          />
          ${unit ? html`<span id="unit" class="unit">${unit}</span>` : nothing}
        </div>
        ${this.renderImportance()}
      </div>
    `;
  }

  private renderChoices(): TemplateResult {
    const q = this.question;
    const t = this.texts;
    const multi = q.kind === 'multi';
    const options =
      q.kind === 'boolean'
        ? [
            { value: 'true', label: t.yes },
            { value: 'false', label: t.no },
          ]
        : (q.options ?? []).map((o) => ({ value: o.value, label: o.label[this.locale] }));
    const selected = (v: string): boolean =>
      Array.isArray(this.value) ? this.value.includes(v) : this.value !== undefined && String(this.value) === v;
    const inline = options.every((o) => o.label.length <= SHORT_LABEL);
    const canClear = !multi && !q.required && this.value !== undefined;

    return html`
      <fieldset class="question ${this.error ? 'invalid' : ''}" part="question" aria-describedby=${this.describedBy}>
        <legend class="label">${this.label}${this.renderRequired()}</legend>
        ${this.renderIntro()}
        <div class="options ${inline ? 'inline' : ''}">
          ${options.map(
            (o) => html`
              <label class="option">
                <input
                  type=${multi ? 'checkbox' : 'radio'}
                  name="value"
                  .value=${o.value}
                  .checked=${selected(o.value)}
                  ?required=${q.required === true && !multi}
                  @change=${this.onChoice}
                />
                <span>${o.label}</span>
              </label>
            `,
          )}
        </div>
        ${canClear
          ? html`<button type="button" class="link-button clear" @click=${() => this.emit({ id: q.id, type: 'value', value: undefined })}>
              ${t.clear}<span class="sr-only">: ${this.label}</span>
            </button>`
          : nothing}
        ${this.renderImportance()}
      </fieldset>
    `;
  }

  private renderImportance(): TemplateResult | typeof nothing {
    const q = this.question;
    if (!q.weighted || !this.answered || !this.importanceLabels) return nothing;
    const labels = this.importanceLabels;
    return html`
      <fieldset class="importance">
        <legend>${this.texts.importanceLegend}<span class="sr-only"> – ${this.label}</span></legend>
        <div class="options inline">
          ${IMPORTANCE.map(
            (level) => html`
              <label class="option ${level === 3 ? 'dealbreaker' : ''}">
                <input
                  type="radio"
                  name="importance"
                  .value=${String(level)}
                  .checked=${this.importance === level}
                  @change=${() => this.emit({ id: q.id, type: 'importance', importance: level })}
                />
                <span>${labels[level]?.[this.locale]}</span>
              </label>
            `,
          )}
        </div>
        ${this.importance === 3 ? html`<p class="note">${this.texts.dealbreakerNote}</p>` : nothing}
      </fieldset>
    `;
  }

  private onChoice = (e: Event): void => {
    const q = this.question;
    const input = e.target as HTMLInputElement;
    if (q.kind === 'multi') {
      const checked = [...(this.renderRoot as ShadowRoot).querySelectorAll<HTMLInputElement>('input[name="value"]:checked')].map((i) => i.value);
      this.emit({ id: q.id, type: 'value', value: checked });
    } else {
      this.emit({ id: q.id, type: 'value', value: q.kind === 'boolean' ? input.value === 'true' : input.value });
    }
  };

  /** Inputs in this shadow root have no form owner, so Enter submits the widget's step form here. */
  private submitOnEnter = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter' || e.isComposing) return;
    const form = this.closest('form');
    if (!form) return;
    e.preventDefault();
    if (typeof form.requestSubmit === 'function') form.requestSubmit();
    else form.querySelector<HTMLButtonElement>('[type="submit"]')?.click();
  };
}
