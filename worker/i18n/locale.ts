/**
 * The Worker's two languages, German first: German is the default wherever nothing says otherwise
 * (the app serves German municipalities; English is for everyone else).
 */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, as a language picker shows it whatever the page's language. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { de: 'Deutsch', en: 'English' };

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** A stored or submitted value as a locale: English only when it says so, else German. */
export const toLocale = (value: unknown): Locale => (value === 'en' ? 'en' : 'de');

/** A text someone wrote in German and perhaps in English (a photo's alt text): the locale's, else the German. */
export const writtenIn = (text: { de: string; en?: string }, locale: Locale): string => (locale === 'en' ? text.en : undefined) ?? text.de;

/** The other language, for a language switch. */
export const otherLocale = (locale: Locale): Locale => (locale === 'de' ? 'en' : 'de');

/**
 * The language of a request, by precedence: the signed-in user's choice, `?lang=` (or a form's
 * `lang`), the language of what the page is about (a seeker's request, an embed) or the surface's
 * default, then the browser's first language when it is English, else German.
 * @example
 * pickLocale({ user: null, query: c.req.query('lang'), acceptLanguage: c.req.header('accept-language') });
 */
export function pickLocale(opts: { user?: string | null; query?: string | null; fallback?: string | null; acceptLanguage?: string | null }): Locale {
  for (const v of [opts.user, opts.query, opts.fallback]) if (isLocale(v)) return v;
  const first = opts.acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'de';
}

/** The BCP 47 tag Intl formats with: German as in Germany, English as in Britain (day before month, euros). */
export const intlLocale = (locale: Locale): string => (locale === 'de' ? 'de-DE' : 'en-GB');
