/** Numbers in the widget's language (Intl, formatters cached per locale); a listing's money and distances: `listing-format.ts`. */
import type { Locale } from './index';

/** The BCP 47 tag behind a locale, for every Intl formatter (as `intlLocale` in worker/i18n). */
export const intlLocale = (locale: Locale): string => (locale === 'de' ? 'de-DE' : 'en-GB');

const cache = new Map<string, Intl.NumberFormat>();

/** The locale's formatter of money (whole euros) or decimals, made once. */
export function formatter(locale: Locale, kind: 'money' | 'decimal'): Intl.NumberFormat {
  const id = `${locale}|${kind}`;
  let f = cache.get(id);
  if (!f) {
    f =
      kind === 'money'
        ? new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 })
        : new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 });
    cache.set(id, f);
  }
  return f;
}

export const formatNumber = (locale: Locale, n: number): string => formatter(locale, 'decimal').format(n);
