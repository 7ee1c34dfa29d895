/**
 * Waiting and failing, the same on every screen: a spinner with what is loading; a failed request
 * says what failed and why, that nothing entered is lost, offers a retry when it may help, and
 * names the code for support. Also the screen shown when the configuration cannot be loaded, and
 * the one for a later screen whose chunk could not be fetched.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../../../api/client';
import { errorText } from '../../../internal/requests';
import type { CoreTexts } from '../../../locales/core';
import type { WidgetHost } from '../host';

export const renderLoading = (text: string, screen = false): TemplateResult =>
  html`<div class="loading ${screen ? 'view' : ''}"><span class="spinner" aria-hidden="true"></span><p>${text}</p></div>`;

const retryButton = (t: CoreTexts, retry: () => void): TemplateResult =>
  html`<button type="button" class="button primary" part="button button-primary" @click=${retry}>${t.errors.retry}</button>`;

const technical = (t: CoreTexts, error: ApiError): TemplateResult => html`<p class="technical">${t.errors.technical(error.code, error.requestId)}</p>`;

/** A form field's problem, above the field and named by its `aria-describedby`. */
export const renderFieldError = (t: CoreTexts, id: string, text: string): TemplateResult =>
  html`<p class="field-error" id=${id}><span class="sr-only">${t.question.errorPrefix} </span>${text}</p>`;

/** A failed request inside its screen (focus goes to it: `#error-notice`). */
export function renderNotice(t: CoreTexts, title: string, error: ApiError, kept = '', retry?: () => void): TemplateResult {
  return html`<div class="notice error" id="error-notice" tabindex="-1">
    <p><strong>${title}</strong> ${errorText(t.errors, error)}</p>
    ${kept ? html`<p>${kept}</p>` : nothing}
    ${retry && error.retryable ? retryButton(t, retry) : nothing}
    ${technical(t, error)}
  </div>`;
}

/** The configuration could not be loaded: nothing else can be shown. */
export function renderFailure(t: CoreTexts, error: ApiError, retry: () => void): TemplateResult {
  return html`
    <div class="view failure">
      <h2 class="heading" part="heading">${t.errors.unavailableTitle}</h2>
      <p>${errorText(t.errors, error)}</p>
      ${error.retryable ? html`<div class="actions">${retryButton(t, retry)}</div>` : nothing}
      ${technical(t, error)}
    </div>
  `;
}

/** A later screen (or the "notify me" part) whose chunk could not be fetched; the answers are kept. */
export function renderPartFailure(host: WidgetHost, error: ApiError, retry: () => void, screen: boolean): TemplateResult {
  const t = host.t;
  const notice = renderNotice(t, t.errors.partFailed, error, t.search.answersKept, retry);
  if (!screen) return notice;
  return html`<section class="view">
    ${notice}
    <div class="actions">
      <button type="button" class="button secondary" part="button button-secondary" @click=${host.questionnaire.startOver}>${t.search.startOver}</button>
    </div>
  </section>`;
}
