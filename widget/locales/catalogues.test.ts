/**
 * Every text exists in both languages: each catalogue file in this folder holds a German and an
 * English object of the same shape (tsc checks the types; this checks the values).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'format.ts' && f !== 'listing-format.ts');

type Tree = { [key: string]: unknown };
const isCatalogue = (v: unknown): v is { de: Tree; en: Tree } => typeof v === 'object' && v !== null && 'de' in v && 'en' in v;

/** Every leaf as `path → kind`, functions called with sample arguments to get their text. */
function leaves(tree: Tree, prefix = ''): Map<string, { kind: string; arity?: number; text: string }> {
  const out = new Map<string, { kind: string; arity?: number; text: string }>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') out.set(path, { kind: 'function', arity: value.length, text: String(value(...Array.from({ length: value.length }, () => 2))) });
    else if (typeof value === 'string') out.set(path, { kind: 'string', text: value });
    else if (typeof value === 'object' && value !== null) for (const [p, l] of leaves(value as Tree, `${path}.`)) out.set(p, l);
    else out.set(path, { kind: typeof value, text: String(value) });
  }
  return out;
}

const modules = await Promise.all(files.map(async (file) => ({ file, module: (await import(`./${file}`)) as Record<string, unknown> })));

/**
 * Each catalogue with both languages: an export `{ de, en }`, or a German export `…De` whose English
 * `…En` sits in the file beside it (`core.ts` / `core-en.ts`: languages apart, so a page loads one).
 */
const catalogues = modules.map(({ file, module }) => {
  const exported: (readonly [string, { de: Tree; en: Tree }])[] = Object.entries(module).flatMap(([name, v]) => (isCatalogue(v) ? [[name, v] as const] : []));
  for (const [name, de] of Object.entries(module)) {
    if (!name.endsWith('De')) continue;
    const english = modules.find((m) => m.file === file.replace(/\.ts$/, '-en.ts'))?.module[`${name.slice(0, -2)}En`];
    exported.push([`${name} + ${name.slice(0, -2)}En`, { de: de as Tree, en: english as Tree }]);
  }
  return { file, exported };
});

describe('the message catalogues', () => {
  it('are one per chunk, each German file exporting exactly one (its English beside it or in it)', () => {
    expect(files.sort()).toEqual([
      'browse.ts',
      'contact.ts',
      'core-en.ts',
      'core.ts',
      'detail.ts',
      'errors.ts',
      'forms.ts',
      'groups.ts',
      'notify.ts',
      'results.ts',
      'unavailable-en.ts',
      'unavailable.ts',
    ]);
    for (const { file, exported } of catalogues) expect(exported.length, file).toBe(file.endsWith('-en.ts') ? 0 : file === 'core.ts' ? 2 : 1);
  });

  for (const [file, name, catalogue] of catalogues.flatMap(({ file, exported }) => exported.map(([name, c]) => [file, name, c] as const))) {
    it(`${file} (${name}): German first, then English, every key in both, no empty text`, () => {
      expect(Object.keys(catalogue)).toEqual(['de', 'en']);
      const de = leaves(catalogue.de);
      const en = leaves(catalogue.en);
      expect(de.size).toBeGreaterThan(0);
      expect([...en.keys()]).toEqual([...de.keys()]);
      for (const [path, text] of de) {
        const other = en.get(path)!;
        expect({ path, kind: other.kind, arity: other.arity }).toEqual({ path, kind: text.kind, arity: text.arity });
        expect(text.text.trim(), `de ${path}`).not.toBe('');
        expect(other.text.trim(), `en ${path}`).not.toBe('');
      }
    });
  }
});
