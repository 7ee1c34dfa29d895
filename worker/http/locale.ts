/** The language a request asks for (worker/i18n `pickLocale`): its `lang` (query, or a form's), then a fallback, then Accept-Language. */
import type { Context } from 'hono';
import { pickLocale, type Locale } from '../i18n';

/**
 * @example
 * requestLocale(c, { fallback: seeker.locale }); // ?lang=en → 'en'; none → the seeker's; none → the browser's, else German
 */
export const requestLocale = (c: Context, opts: { lang?: string; fallback?: string | null } = {}): Locale =>
  pickLocale({ query: opts.lang ?? c.req.query('lang'), fallback: opts.fallback, acceptLanguage: c.req.header('accept-language') });
