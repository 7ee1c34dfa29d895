/** Admin UI language: the signed-in user's choice, else `?lang=`, else Accept-Language, else German. */
import { de } from './locales/de';
import { en, type Messages } from './locales/en';

export type AdminLocale = 'de' | 'en';
export const messages: Record<AdminLocale, Messages> = { de, en };

export function pickLocale(opts: { user?: string | null; query?: string | null; acceptLanguage?: string | null }): AdminLocale {
  for (const v of [opts.user, opts.query]) if (v === 'de' || v === 'en') return v;
  const first = opts.acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'de';
}

export const formatDate = (ms: number, locale: AdminLocale) =>
  new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(ms);
export const formatDateTime = (ms: number, locale: AdminLocale) =>
  new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(ms);
export type { Messages };
