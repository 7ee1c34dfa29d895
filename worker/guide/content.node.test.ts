/**
 * The guide's content data (content/v1.json) against its contract: the zod schema, German and
 * English for every text, sources with https addresses, a check date, and every topic that
 * worker/guide/links.ts and the reason links name resolving to a section and entry that exist.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../matching/reasons';
import { GuideContentSchema, guideContent, guideEntry } from './content';
import { FINANCING_TOPIC, GUIDE_SECTIONS, guideHref, LEGAL_FORM_TOPIC, MORE_LEGAL_FORM_TOPIC, PATH_TOPIC, STAGE_TOPIC, type GuideTopic } from './links';
import { reasonGuideTopic } from './reasons';

const file = JSON.parse(readFileSync(new URL('./content/v1.json', import.meta.url), 'utf8')) as unknown;

/** Every `{ de, en }` text in the data, with where it is. */
function texts(value: unknown, at = ''): { at: string; de: unknown; en: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('de' in o || 'en' in o) return [{ at, de: o.de, en: o.en }];
    return Object.entries(o).flatMap(([k, v]) => texts(v, `${at}.${k}`));
  }
  return [];
}

describe('guide content v1', () => {
  it('parses with the schema (the import would throw otherwise, so check the file itself too)', () => {
    const parsed = GuideContentSchema.safeParse(file);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('refuses an entry without sources or with an http source, and a missing English text', () => {
    const entry = guideContent.sections[0]!.entries[0]!;
    const withSections = (e: unknown) => ({ ...guideContent, sections: [{ ...guideContent.sections[0], entries: [e] }, ...guideContent.sections.slice(1)] });
    expect(GuideContentSchema.safeParse(withSections({ ...entry, sources: [] })).success).toBe(false);
    expect(GuideContentSchema.safeParse(withSections({ ...entry, sources: [{ ...entry.sources[0], url: 'http://example.org/' }] })).success).toBe(false);
    expect(GuideContentSchema.safeParse(withSections({ ...entry, title: { de: entry.title.de } })).success).toBe(false);
    expect(GuideContentSchema.safeParse(withSections({ ...entry, checked: '2.12.2026' })).success).toBe(false);
  });

  it('has the three sections of links.ts, in order, each with entries', () => {
    expect(guideContent.sections.map((s) => s.id)).toEqual([...GUIDE_SECTIONS]);
    for (const s of guideContent.sections) expect(s.entries.length).toBeGreaterThanOrEqual(5);
  });

  it('says every text in German and in English, and never the same words in both', () => {
    const all = texts(file);
    expect(all.length).toBeGreaterThan(100); // the walk found the texts (162 in v1)
    const incomplete = all.filter((x) => typeof x.de !== 'string' || typeof x.en !== 'string' || !x.de.trim() || !x.en.trim());
    expect(incomplete).toEqual([]);
    // Titles of laws and names may coincide; whole sentences never should.
    const untranslated = all.filter((x) => typeof x.de === 'string' && x.de.length > 60 && x.de === x.en);
    expect(untranslated).toEqual([]);
  });

  it('names official sources over https and the date each entry was checked', () => {
    for (const s of guideContent.sections) {
      for (const e of s.entries) {
        expect(e.sources.length, e.id).toBeGreaterThan(0);
        for (const src of e.sources) expect(new URL(src.url).protocol, `${e.id}: ${src.url}`).toBe('https:');
        expect(e.checked, e.id).toBe('2026-12-02');
      }
    }
    const laws = guideContent.sections.flatMap((s) => s.entries.flatMap((e) => e.sources)).filter((src) => src.url.startsWith('https://www.gesetze-im-internet.de/'));
    expect(laws.length).toBeGreaterThan(10);
  });

  it('covers the legal forms, financing and steps the issue asks for', () => {
    const ids = (section: string) => guideContent.sections.find((s) => s.id === section)!.entries.map((e) => e.id);
    expect(ids('legal-forms')).toEqual(expect.arrayContaining(['cooperative', 'syndicate', 'gbr', 'weg', 'association', 'foundation', 'rental', 'ownership']));
    expect(ids('financing')).toEqual(expect.arrayContaining(['cooperative-shares', 'wbs', 'direct-loans', 'saxony', 'leasehold']));
    expect(ids('path')).toEqual(
      expect.arrayContaining(['forming-a-group', 'finding-a-building', 'founding', 'planning', 'financing-plan', 'building', 'moving-in', 'concept-award']),
    );
  });

  it('resolves every topic links.ts names to an existing section and entry', () => {
    const topics: [string, GuideTopic][] = [
      ...Object.entries(LEGAL_FORM_TOPIC),
      ...Object.entries(STAGE_TOPIC),
      ...Object.entries(FINANCING_TOPIC),
      ...Object.entries(PATH_TOPIC),
      ...Object.entries(MORE_LEGAL_FORM_TOPIC),
    ];
    const broken = topics.filter(([, topic]) => !GUIDE_SECTIONS.includes(topic.section) || (topic.entry !== undefined && guideEntry(topic) === undefined));
    expect(broken).toEqual([]);
  });

  it('links legal-form and money reasons to an existing entry, and no others', () => {
    const linked = REASON_CODES.filter((code) => reasonGuideTopic({ code, params: { legalForm: 'syndicate' } }));
    expect(linked.sort()).toEqual(
      ['cost.over_budget', 'equity.enough', 'equity.missing', 'legal_form.match', 'legal_form.mismatch', 'price.over_equity', 'price.within_equity', 'wbs.available', 'wbs.required', 'wbs.unavailable'].sort(),
    );
    expect(reasonGuideTopic({ code: 'legal_form.mismatch', params: { legalForm: 'syndicate' } })).toEqual({ section: 'legal-forms', entry: 'syndicate' });
    expect(guideHref(reasonGuideTopic({ code: 'equity.missing' })!, { locale: 'en', embed: 'pk_demo_goerlitz', origin: 'https://bt.example' })).toBe(
      'https://bt.example/guide/financing?lang=en&embed=pk_demo_goerlitz',
    );
    for (const code of linked) {
      const topic = reasonGuideTopic({ code, params: { legalForm: 'cooperative' } })!;
      expect(topic.entry === undefined || guideEntry(topic) !== undefined, code).toBe(true);
    }
  });
});
