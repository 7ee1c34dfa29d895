/**
 * No UI text is written into a template: every word the seeker reads comes from a catalogue in
 * this folder (so it exists in German and English). The static parts of each `html` template in
 * the widget's sources may hold markup, punctuation and symbols, but no letters outside tags, and
 * no letters in the attributes a screen reader or the browser shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { transformTemplates } from '../../scripts/build-widget';

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

/** Attributes whose value is read to the seeker. */
const SPOKEN = /\s(?:aria-label|aria-description|aria-valuetext|alt|title|placeholder)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;
const HOLE = '\u0000';

/** Each `html` template of a source, its static parts joined by a placeholder for each `${…}`. */
function templates(source: string): string[] {
  const parts = new Map<number, string[]>();
  transformTemplates(source, (text, tag, id) => {
    if (tag === 'html') parts.set(id, [...(parts.get(id) ?? []), text]);
    return text;
  });
  return [...parts.values()].map((p) => p.join(HOLE));
}

/** Letters a template shows by itself: in text between tags, and in spoken attributes. */
function inlineTexts(template: string): string[] {
  const found: string[] = [];
  const markup = template.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of markup.match(/<[^>]*>?/g) ?? []) {
    for (const m of tag.matchAll(SPOKEN)) {
      const value = (m[1] ?? m[2] ?? m[3] ?? '').replaceAll(HOLE, '');
      if (/\p{L}/u.test(value)) found.push(m[0].trim());
    }
  }
  const text = markup.replace(/<[^>]*>?/g, HOLE).replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, '');
  for (const run of text.split(HOLE)) if (/\p{L}/u.test(run)) found.push(run.trim());
  return found;
}

describe('no inline UI texts in the widget templates', () => {
  it('finds a word written into a template (the check itself)', () => {
    expect(inlineTexts('<p class="hint">Hallo ${}</p>'.replace('${}', HOLE))).toEqual(['Hallo']);
    expect(inlineTexts(`<img alt="Foto" src=${HOLE}><button aria-label=${HOLE}></button>`)).toEqual(['alt="Foto"']);
    expect(inlineTexts(`<span aria-hidden="true">← </span>${HOLE} – <!-- a comment --><span class="sr-only"> ${HOLE}</span>`)).toEqual([]);
  });

  it('reads the templates of every widget source', () => {
    const all = sources.flatMap((f) => templates(readFileSync(`${root}/${f}`, 'utf8')));
    expect(all.length).toBeGreaterThan(40);
  });

  for (const file of sources) {
    const found = templates(readFileSync(`${root}/${file}`, 'utf8')).flatMap(inlineTexts);
    it(`widget/${file}`, () => {
      expect(found).toEqual([]);
    });
  }
});
