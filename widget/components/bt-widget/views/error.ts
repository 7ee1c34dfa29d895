/**
 * Waiting and failing, the same on every screen: a spinner with what is loading; a failed request
 * says what failed and why, that nothing entered is lost, offers a retry when it may help, and
 * names the code for support. Here what the first chunk needs: the spinner, the frames of a notice
 * and of the failure screen, and a later screen whose chunk could not be fetched. The words for a
 * failed request (`internal/error-text.ts`) come with the screens that make requests
 * (`notice.ts`) and with the configuration's failure screen (`config-failure.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../../../api/client';
import type { CoreTexts } from '../../../locales/core';
import type { WidgetHost } from '../host';

export const renderLoading = (text: string, screen = false): TemplateResult =>
  html`<div class="loading ${screen ? 'view' : ''}"><span class="spinner" aria-hidden="true"></span><p>${text}</p></div>`;

const retryButton = (t: CoreTexts, retry: () => void): TemplateResult =>
  html`<button type="button" class="button primary" part="button button-primary" @click=${retry}>${t.errors.retry}</button>`;

const technical = (t: CoreTexts, error: ApiError): TemplateResult => html`<p class="technical">${t.errors.technical(error.code, error.requestId)}</p>`;

/** A failure inside its screen, `message` saying why (focus goes to it: its `id`, by default `#error-notice`). */
export function noticeBox(t: CoreTexts, title: string, message: string, error: ApiError, kept = '', retry?: () => void, id = 'error-notice'): TemplateResult {
  return html`<div class="notice error" id=${id} tabindex="-1">
    <p><strong>${title}</strong> ${message}</p>
    ${kept ? html`<p>${kept}</p>` : nothing}
    ${retry && error.retryable ? retryButton(t, retry) : nothing}
    ${technical(t, error)}
  </div>`;
}

/** The configuration could not be loaded, `message` saying why: nothing else can be shown. */
export function failureScreen(t: CoreTexts, message: string, error: ApiError, retry: () => void): TemplateResult {
  return html`
    <div class="view failure">
      <h2 class="heading" part="heading">${t.errors.unavailableTitle}</h2>
      <p>${message}</p>
      ${error.retryable ? html`<div class="actions">${retryButton(t, retry)}</div>` : nothing}
      ${technical(t, error)}
    </div>
  `;
}

/**
 * A later screen (or the "notify me" part) whose chunk could not be fetched; the answers are kept.
 * A chunk that cannot be fetched is always a network failure (internal/lazy.ts).
 */
export function renderPartFailure(host: WidgetHost, error: ApiError, retry: () => void, screen: boolean): TemplateResult {
  const t = host.t;
  const notice = noticeBox(t, t.errors.partFailed, t.errors.network, error, t.search.answersKept, retry);
  if (!screen) return notice;
  return html`<section class="view">
    ${notice}
    <div class="actions">
      <button type="button" class="button secondary" part="button button-secondary" @click=${host.questionnaire.startOver}>${t.search.startOver}</button>
    </div>
  </section>`;
}
