/**
 * Numbers, money and dates as the Worker's pages and mails show them. Numbers and money are
 * grouped by hand, not by Intl, so every runtime (workerd, Node) prints the same digits; dates use
 * Intl in Europe/Berlin, where the app's users live, whatever the server's clock zone.
 */
import { intlLocale, type Locale } from './locale';

/**
 * Digits grouped by thousands, rounded half away from zero as Intl does.
 * @example
 * formatNumber(1250.5, 'de', 1); // "1.250,5"
 * formatNumber(1250.5, 'en', 1); // "1,250.5"
 */
export function formatNumber(n: number, locale: Locale, decimals = 0): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'de' ? '.' : ',');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (fraction ? (locale === 'de' ? ',' : '.') + fraction : '');
}

/**
 * Whole euros from integer cents, as Intl's EUR format for de-DE and en-GB writes them: the amount
 * and the sign joined by a no-break space in German. Reason sentences pass a plain space, the one
 * they were first stored and shown with.
 * @example
 * formatMoney(123_400, 'de'); // "1.234 €" (U+00A0 before €)
 * formatMoney(123_400, 'en'); // "€1,234"
 */
export function formatMoney(cents: number, locale: Locale, space = '\u00a0'): string {
  const euros = formatNumber(Math.abs(cents) / 100, locale);
  const sign = cents < 0 && euros !== '0' ? '-' : '';
  return locale === 'de' ? `${sign}${euros}${space}€` : `${sign}€${euros}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'Europe/Berlin' })));
  return format;
}

/** `medium` for tables and mails ("09.03.2025" / "9 Mar 2025"), `long` for the seeker's pages ("9. März 2025" / "9 March 2025"). */
const DATE_STYLES = {
  medium: { dateStyle: 'medium' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A day in Berlin. */
export const formatDate = (ms: number, locale: Locale, style: keyof typeof DATE_STYLES = 'medium'): string => dateFormat(locale, DATE_STYLES[style]).format(ms);

/** A day and time in Berlin: "09.03.2025, 14:30" / "9 Mar 2025, 14:30". */
export const formatDateTime = (ms: number, locale: Locale): string => dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
