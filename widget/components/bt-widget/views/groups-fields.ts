/**
 * The fields of the groups view's two forms (views/groups.ts): labelled inputs, selects,
 * checkbox groups and consents with their hint and error wired by id, the error summary, the
 * Turnstile slot, the submit button and the "check your mail" box.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ApiError } from '../../../api/client';
import { formTexts } from '../../../locales/forms';
import { groupsTexts, type GroupsTexts, type OwnProblem } from '../../../locales/groups';
import type { GroupProblem } from '../../../state/groups';
import type { WidgetHost } from '../host';
import { renderFieldError } from './notice';

const texts = (host: WidgetHost): GroupsTexts['groups'] => groupsTexts[host.locale].groups;

export interface FieldContext<F extends string> {
  host: WidgetHost;
  prefix: string;
  problems: Map<F | 'turnstile', GroupProblem>;
}

/** A problem in words: the contact form's where the problem is the same, the groups' own otherwise. */
function problemText(host: WidgetHost, p: GroupProblem): string {
  const f = formTexts[host.locale].form;
  if (p === 'turnstile') return f.turnstileFailed;
  if (p === 'server') return host.t.validation.server;
  return p in f.problems ? f.problems[p as keyof typeof f.problems] : texts(host).problems[p as OwnProblem];
}

function fieldParts<F extends string>(c: FieldContext<F>, field: F, hint?: string) {
  const id = `${c.prefix}-${field}`;
  const problem = c.problems.get(field);
  const hintId = hint ? `${id}-hint` : '';
  const errorId = problem ? `${id}-error` : '';
  return {
    id,
    invalid: problem ? 'true' : 'false',
    described: [errorId, hintId].filter(Boolean).join(' ') || nothing,
    hint: hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing,
    error: problem ? renderFieldError(c.host.t, errorId, problemText(c.host, problem)) : nothing,
    cls: problem ? 'field invalid' : 'field',
  };
}

export function textField<F extends string>(c: FieldContext<F>, field: F, label: string, value: string, on: (e: Event) => void, o: { hint?: string; type?: string; autocomplete?: string; max?: number; numeric?: boolean } = {}): TemplateResult {
  const p = fieldParts(c, field, o.hint);
  return html`<div class=${p.cls}>
    <label for=${p.id}>${label}</label>
    ${p.hint} ${p.error}
    <input id=${p.id} type=${o.type ?? 'text'} autocomplete=${o.autocomplete ?? 'off'} maxlength=${o.max ?? nothing} inputmode=${o.numeric ? 'numeric' : nothing}
      spellcheck=${o.type === 'email' ? 'false' : nothing} .value=${live(value)} aria-invalid=${p.invalid} aria-describedby=${p.described} @input=${on} />
  </div>`;
}

export function textArea<F extends string>(c: FieldContext<F>, field: F, label: string, value: string, on: (e: Event) => void, hint: string, max: number): TemplateResult {
  const p = fieldParts(c, field, hint);
  return html`<div class=${p.cls}>
    <label for=${p.id}>${label}</label>
    ${p.hint} ${p.error}
    <textarea id=${p.id} rows="4" maxlength=${max} .value=${live(value)} aria-invalid=${p.invalid} aria-describedby=${p.described} @input=${on}></textarea>
  </div>`;
}

export function selectField<F extends string>(c: FieldContext<F>, field: F, label: string, value: string, options: readonly string[], name: (v: string) => string, on: (e: Event) => void): TemplateResult {
  const p = fieldParts(c, field);
  return html`<div class=${p.cls}>
    <label for=${p.id}>${label}</label>
    ${p.error}
    <select id=${p.id} aria-invalid=${p.invalid} aria-describedby=${p.described} @change=${on}>
      ${options.map((o) => html`<option value=${o} ?selected=${value === o}>${name(o)}</option>`)}
    </select>
  </div>`;
}

export function checkboxes<F extends string>(c: FieldContext<F>, field: F, legend: string, values: string[], options: readonly string[], name: (v: string) => string, on: (value: string, e: Event) => void): TemplateResult {
  const id = `${c.prefix}-${field}`;
  return html`<fieldset class="choices" id=${id} tabindex="-1">
    <legend>${legend}</legend>
    ${options.map(
      (o) => html`<label class="check">
        <input type="checkbox" .checked=${live(values.includes(o))} @change=${(e: Event) => on(o, e)} />
        <span>${name(o)}</span>
      </label>`,
    )}
  </fieldset>`;
}

export function consentBox<F extends string>(c: FieldContext<F>, field: F, legend: string, text: string, checked: boolean, on: (e: Event) => void): TemplateResult {
  const p = fieldParts(c, field);
  return html`<fieldset class="consents">
    <legend>${legend}</legend>
    ${p.error}
    <label class="check ${c.problems.has(field) ? 'invalid' : ''}">
      <input id=${p.id} type="checkbox" .checked=${live(checked)} aria-invalid=${p.invalid} aria-describedby=${p.described} @change=${on} />
      <span>${text}</span>
    </label>
  </fieldset>`;
}

export function errorSummary<F extends string>(c: FieldContext<F>, labels: Record<F | 'turnstile', string>): TemplateResult | typeof nothing {
  if (!c.problems.size) return nothing;
  const { host, prefix } = c;
  return html`<div id="${prefix}-errors" class="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="${prefix}-errors-title">
    <h4 id="${prefix}-errors-title">${host.t.validation.summaryTitle}</h4>
    <ul>
      ${[...c.problems].map(
        ([field, p]) => html`<li>
          <a href="#${prefix}-${field}" @click=${(e: Event) => host.a11y.jumpTo(e, `#${prefix}-${field}`)}>${labels[field]} – ${problemText(host, p)}</a>
        </li>`,
      )}
    </ul>
  </div>`;
}

export function spamCheck(host: WidgetHost, prefix: string, slot: string, interactive: boolean): TemplateResult | typeof nothing {
  if (!interactive) return nothing;
  return html`<div class="turnstile" id="${prefix}-turnstile" tabindex="-1"><p class="hint">${formTexts[host.locale].form.turnstile}</p><slot name=${slot}></slot></div>`;
}

export function submitButton(host: WidgetHost, status: string, error: ApiError | undefined, label: string): TemplateResult {
  const sending = status === 'sending';
  return html`<div class="actions">
    <button type="submit" class="button primary" part="button button-primary" ?disabled=${sending}>
      ${sending ? texts(host).sending : status === 'error' && error?.retryable ? host.t.errors.retry : label}
    </button>
  </div>`;
}

export function sentBox(prefix: string, title: string, lines: string[]): TemplateResult {
  return html`<div class="group-form sent">
    <h4 id="${prefix}-sent" tabindex="-1">${title}</h4>
    <p class="notice success">${lines[0]}</p>
    ${lines.slice(1).map((l) => html`<p>${l}</p>`)}
  </div>`;
}
