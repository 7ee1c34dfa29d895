/** The shared formatters print what the pages and mails showed before they were shared, and pickLocale keeps the admin's precedence. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber, intlLocale, LOCALES, pickLocale } from '.';

describe('formatters', () => {
  it('writes money as Intl writes EUR for de-DE and en-GB (rounded to whole euros)', () => {
    expect(formatMoney(123_400, 'de')).toBe('1.234\u00a0€');
    expect(formatMoney(123_400, 'en')).toBe('€1,234');
    expect(formatMoney(65_000, 'de', ' ')).toBe('650 €');
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
      for (const cents of [0, 49, 50, 150, 99_950, 123_456, 100_000_000, -123_456]) expect(formatMoney(cents, locale), `${cents} ${locale}`).toBe(intl.format(cents / 100));
    }
  });

  it('groups numbers as toLocaleString does, with one decimal where asked', () => {
    for (const locale of LOCALES) for (const n of [0, 7, 1000, 1_234_567, 12.5]) expect(formatNumber(n, locale)).toBe(n.toLocaleString(intlLocale(locale), { maximumFractionDigits: 0 }));
    expect(formatNumber(3.25, 'de', 1)).toBe('3,3');
    expect(formatNumber(1250.5, 'en', 1)).toBe('1,250.5');
  });

  it('shows dates in Berlin: medium in tables and mails, long on the seeker pages', () => {
    const lateEvening = Date.UTC(2025, 2, 9, 23, 30); // already 10 March in Berlin
    expect(formatDate(lateEvening, 'de')).toBe('10.03.2025');
    expect(formatDate(lateEvening, 'en')).toBe('10 Mar 2025');
    expect(formatDate(lateEvening, 'de', 'long')).toBe('10. März 2025');
    expect(formatDate(lateEvening, 'en', 'long')).toBe('10 March 2025');
    expect(formatDateTime(lateEvening, 'de')).toBe('10.03.2025, 00:30');
    expect(formatDateTime(lateEvening, 'en')).toBe('10 Mar 2025, 00:30');
  });
});

describe('pickLocale', () => {
  it('takes the user, then ?lang=, then the fallback, then Accept-Language, else German', () => {
    expect(pickLocale({ user: 'en', query: 'de', fallback: 'de', acceptLanguage: 'de' })).toBe('en');
    expect(pickLocale({ user: null, query: 'en', fallback: 'de' })).toBe('en');
    expect(pickLocale({ query: 'fr', fallback: 'en', acceptLanguage: 'de' })).toBe('en');
    expect(pickLocale({ acceptLanguage: 'en-GB,de;q=0.8' })).toBe('en');
    expect(pickLocale({ acceptLanguage: 'de-DE,en;q=0.9' })).toBe('de');
    expect(pickLocale({})).toBe('de');
  });
});
