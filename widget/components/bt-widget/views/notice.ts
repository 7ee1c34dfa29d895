/**
 * A failed request inside its screen, and a form field's problem: what the search and the later
 * screens show (the frame is `error.ts`'s, in the first chunk).
 */
import type { TemplateResult } from 'lit';
import { html } from 'lit';
import type { ApiError } from '../../../api/client';
import { errorText } from '../../../internal/error-text';
import type { CoreTexts } from '../../../locales/core';
import type { WidgetHost } from '../host';
import { noticeBox } from './error';

/** A failed request in its place; `id` where several may fail at once (focus goes to it). */
export const renderNotice = (host: WidgetHost, title: string, error: ApiError, kept = '', retry?: () => void, id?: string): TemplateResult =>
  noticeBox(host.t, title, errorText(host, error), error, kept, retry, id);

/** A form field's problem, above the field and named by its `aria-describedby`. */
export const renderFieldError = (t: CoreTexts, id: string, text: string): TemplateResult =>
  html`<p class="field-error" id=${id}><span class="sr-only">${t.question.errorPrefix} </span>${text}</p>`;
