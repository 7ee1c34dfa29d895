/**
 * The configuration could not be loaded: why, in words (`internal/error-text.ts`). A chunk of its
 * own, fetched only then; when that fails too, the widget says there is no connection (bt-widget.ts).
 */
import type { TemplateResult } from 'lit';
import type { ApiError } from '../../../api/client';
import { errorText } from '../../../internal/error-text';
import type { WidgetHost } from '../host';
import { failureScreen } from './error';

export const renderFailure = (host: WidgetHost, error: ApiError, retry: () => void): TemplateResult => failureScreen(host.t, errorText(host, error), error, retry);
