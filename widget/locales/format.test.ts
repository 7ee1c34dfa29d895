import { describe, expect, it } from 'vitest';
import { formatNumber, intlLocale } from './format';
import { costText, formatEuros, formatKm, kickerText } from './listing-format';
import { resultsTexts } from './results';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting in the widget’s language', () => {
  it('names the Intl locale of each language', () => {
    expect([intlLocale('de'), intlLocale('en')]).toEqual(['de-DE', 'en-GB']);
  });

  it('writes whole euros from cents, and numbers with the language’s separators', () => {
    expect(nbsp(formatEuros('de', 123_456))).toBe('1.235 €');
    expect(formatEuros('en', 123_456)).toBe('€1,235');
    expect(formatNumber('de', 1234.56)).toBe('1.234,6');
    expect(formatNumber('en', 1234.56)).toBe('1,234.6');
  });

  it('rounds distances to whole kilometres from 10 km up', () => {
    expect(formatKm('de', 3.46)).toBe('3,5');
    expect(formatKm('de', 12.6)).toBe('13');
  });

  it('says what a listing costs a month, whichever bounds it names', () => {
    const card = resultsTexts.de.card;
    const cost = (min: number | null, max: number | null) => nbsp(costText('de', card, { monthlyCostMinCents: min, monthlyCostMaxCents: max }));
    expect(cost(50_000, 80_000)).toBe('500 € – 800 €');
    expect(cost(50_000, 50_000)).toBe('500 €');
    expect(cost(50_000, null)).toBe('ab 500 €');
    expect(cost(null, 80_000)).toBe('bis 800 €');
    expect(cost(null, null)).toBe('auf Anfrage');
  });

  it('puts kind, place and distance in one line, leaving out what is unknown', () => {
    expect(kickerText('en', resultsTexts.en.card, { kind: 'property', place: 'Zittau' }, 12.4)).toBe('Building or plot · Zittau · 12 km away');
    expect(kickerText('de', resultsTexts.de.card, { kind: 'project', place: 'Görlitz' }, null)).toBe('Wohnprojekt · Görlitz');
  });
});
