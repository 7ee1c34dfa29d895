/**
 * The catalogues of worker/i18n: German and English have the same keys, each with the same kind of
 * value (a text, or a function of the same arity) and no empty text; and every text of the
 * versioned questionnaire catalogue (data served to the widget, not a message catalogue) is there
 * in every language. tsc already fails on a missing or extra key of a fixed shape; this also covers
 * open maps (statuses, option labels) and functions taking fewer arguments than German.
 */
import { describe, expect, it } from 'vitest';
import { catalogueV1 } from '../questionnaire/v1';
import { LOCALES, messages } from '.';

const kind = (v: unknown) => (typeof v === 'function' ? `function of ${v.length}` : Array.isArray(v) ? 'array' : typeof v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where `en` differs from `de` in shape, or either has an empty text. */
function differences(de: unknown, en: unknown, path: string): string[] {
  if (isRecord(de) && isRecord(en)) {
    return [...new Set([...Object.keys(de), ...Object.keys(en)])].flatMap((key) => {
      const at = `${path}.${key}`;
      if (!(key in en)) return [`${at}: missing in English`];
      if (!(key in de)) return [`${at}: only in English`];
      return differences(de[key], en[key], at);
    });
  }
  if (kind(de) !== kind(en)) return [`${path}: ${kind(de)} in German, ${kind(en)} in English`];
  if (typeof de === 'string') return [!de.trim() && `${path}: empty in German`, !(en as string).trim() && `${path}: empty in English`].filter((x): x is string => Boolean(x));
  if (typeof de !== 'function') return [`${path}: ${kind(de)} is not a text`];
  return [];
}

describe('message catalogues', () => {
  it('lists German first', () => {
    expect(LOCALES).toEqual(['de', 'en']);
  });

  it('has every key in both languages, with the same kind of value and no empty text', () => {
    expect(differences(messages('de'), messages('en'), 'messages')).toEqual([]);
  });

  it('finds what it checks', () => {
    // The check above can fail: a key only in one language, another arity, an empty text.
    const de = { a: 'x', b: (n: number) => `${n}`, c: { d: 'y' } };
    const en = { a: ' ', b: () => '', c: { e: 'z' } };
    expect(differences(de, en, 't')).toEqual(['t.a: empty in English', 't.b: function of 1 in German, function of 0 in English', 't.c.d: missing in English', 't.c.e: only in English']);
  });
});

describe('questionnaire catalogue (versioned data)', () => {
  /** Every `{ de, en }` text in the catalogue, with where it is. */
  const texts = (v: unknown, path: string): [string, Record<string, unknown>][] => {
    if (Array.isArray(v)) return v.flatMap((x, i) => texts(x, `${path}[${i}]`));
    if (!isRecord(v)) return [];
    if ('de' in v || 'en' in v) return [[path, v]];
    return Object.entries(v).flatMap(([k, x]) => texts(x, `${path}.${(v.id as string | undefined) ?? k}`));
  };

  it('has every text in every language, none empty and nothing else', () => {
    const found = texts(catalogueV1, catalogueV1.version);
    expect(found.length).toBeGreaterThan(100);
    const wrong = found.flatMap(([path, text]) => [
      ...LOCALES.filter((l) => typeof text[l] !== 'string' || !(text[l] as string).trim()).map((l) => `${path}: no ${l} text`),
      ...Object.keys(text).filter((k) => !(LOCALES as readonly string[]).includes(k)).map((k) => `${path}: unknown language ${k}`),
    ]);
    expect(wrong).toEqual([]);
  });
});
