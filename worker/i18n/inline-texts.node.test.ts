/**
 * No UI text is written inline in the Worker's pages: every `.tsx` file under worker/ (they are all
 * delivery: admin, dashboard, manage, routes, docs, http) is scanned for JSX text with letters, for
 * string literals a JSX expression puts on the page, and for literal `aria-label`, `title`, `alt`,
 * `placeholder` and button `value` texts. A finding fails with file:line; the words belong in the
 * catalogue (worker/i18n/{de,en}/).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WORKER = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Texts that are the same in every language. Symbols ("·", "•", "< 5", "–") need no entry: only
 * letters make a text.
 */
const ALLOWED = [
  'bring-together', // the product's name
];

/** Attributes that are read out or shown as text; `value` only counts on buttons. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder']);

const isText = (s: string) => /\p{L}/u.test(ALLOWED.reduce((rest, a) => rest.replaceAll(a, ''), s.replace(/&#?\w+;/g, '')));

interface InlineText {
  line: number;
  /** `text`, or the attribute it stands in. */
  where: string;
  text: string;
}

/** Keywords after which `<` opens an element and `/` a regular expression. */
const KEYWORDS = new Set(['return', 'case', 'default', 'yield', 'await', 'typeof', 'void', 'in', 'of', 'else', 'do']);

/**
 * A small TSX lexer: just enough of the grammar (comments, strings, templates, regular
 * expressions, `<` as an element or a comparison, nested braces) to walk every element.
 */
export function inlineTexts(src: string): InlineText[] {
  const found: InlineText[] = [];
  let i = 0;
  const lineAt = (at: number) => src.slice(0, at).split('\n').length;
  const isName = (ch: string | undefined) => ch !== undefined && /[\w$]/.test(ch);
  const previous = (): { ch: string; word: string } => {
    let j = i - 1;
    while (j >= 0 && /\s/.test(src[j]!)) j--;
    let k = j;
    while (k >= 0 && isName(src[k])) k--;
    return { ch: src[j] ?? '', word: src.slice(k + 1, j + 1) };
  };
  const report = (where: string, text: string, at: number) => {
    if (isText(text)) found.push({ line: lineAt(at), where, text: text.trim().replace(/\s+/g, ' ') });
  };

  function quoted(): string {
    const q = src[i++]!;
    const start = i;
    while (i < src.length && src[i] !== q) i += src[i] === '\\' ? 2 : 1;
    return src.slice(start, i++);
  }
  /** A template literal; returns its static text (what is outside `${}`). */
  function template(): string {
    let text = '';
    i++;
    while (i < src.length && src[i] !== '`') {
      if (src[i] === '\\') text += src.slice(i, (i += 2));
      else if (src.startsWith('${', i)) {
        i += 2;
        script();
        i++;
        text += ' ';
      } else text += src[i++];
    }
    i++;
    return text;
  }
  function regex() {
    let inClass = false;
    for (i++; i < src.length && (inClass || src[i] !== '/'); i++) {
      if (src[i] === '\\') i++;
      else if (src[i] === '[') inClass = true;
      else if (src[i] === ']') inClass = false;
    }
    for (i++; isName(src[i]); i++);
  }

  /**
   * Script up to an unmatched `}` (left at i). With `output`, the string literals that become page
   * text — the whole expression, or a branch of `?:`, `??`, `||`, `&&` — are handed to it.
   */
  function script(output?: (text: string, at: number) => void): void {
    let depth = 0;
    while (i < src.length) {
      const ch = src[i]!;
      if (src.startsWith('//', i)) i = src.includes('\n', i) ? src.indexOf('\n', i) : src.length;
      else if (src.startsWith('/*', i)) i = src.indexOf('*/', i) + 2;
      else if (ch === "'" || ch === '"' || ch === '`') {
        const at = i;
        const shown = output && depth === 0 && /^[{?:|&]$/.test(previous().ch);
        const text = ch === '`' ? template() : quoted();
        // Not an operand of a comparison or a method call ('de' === locale, 'a'.repeat()).
        if (shown && !/^\s*[=!<>.]/.test(src.slice(i))) output(text, at);
      } else if (ch === '/' && (/^[(,=:[!&|?{};+\-*%<>~^]?$/.test(previous().ch) || KEYWORDS.has(previous().word))) regex();
      else if (ch === '<' && /[A-Za-z>]/.test(src[i + 1] ?? '') && (!/[\w$)\].]/.test(previous().ch) || KEYWORDS.has(previous().word))) element();
      else {
        if ('{(['.includes(ch)) depth++;
        else if (')]'.includes(ch)) depth--;
        else if (ch === '}' && depth-- === 0) return;
        i++;
      }
    }
  }
  /** `{…}` inside JSX, at its `{`. */
  function expression(where: string): void {
    i++;
    script((text, at) => report(where, text, at));
    i++;
  }

  function element(): void {
    i++;
    const tag = /^[\w.:-]*/.exec(src.slice(i))![0];
    i += tag.length;
    const attributes: { name: string; text: string; at: number }[] = [];
    for (;;) {
      while (/\s/.test(src[i] ?? '')) i++;
      if (i >= src.length) return;
      if (src.startsWith('/>', i) || src[i] === '>') {
        const selfClosing = src[i] === '/';
        i += selfClosing ? 2 : 1;
        const type = attributes.find((a) => a.name === 'type')?.text ?? '';
        const button = tag === 'button' || (tag === 'input' && /^(submit|button|reset)$/.test(type));
        for (const a of attributes) if (SPOKEN_ATTRIBUTES.has(a.name) || (a.name === 'value' && button)) report(a.name, a.text, a.at);
        if (!selfClosing) children();
        return;
      }
      if (src[i] === '{') {
        expression('spread');
        continue;
      }
      const name = /^[\w:-]*/.exec(src.slice(i))![0];
      i += Math.max(name.length, 1);
      if (!name || src[i] !== '=') continue;
      const at = ++i;
      if (src[i] === '"' || src[i] === "'") attributes.push({ name, text: quoted(), at });
      else if (src[i] === '{') {
        i++;
        script((text, litAt) => attributes.push({ name, text, at: litAt }));
        i++;
      }
    }
  }
  function children(): void {
    let start = i;
    while (i < src.length) {
      if (src[i] !== '{' && src[i] !== '<') {
        i++;
        continue;
      }
      const text = src.slice(start, i);
      report('text', text, start + Math.max(0, text.search(/\S/)));
      if (src[i] === '{') expression('text');
      else if (src[i + 1] === '/') {
        i = src.indexOf('>', i) + 1;
        return;
      } else element();
      start = i;
    }
  }

  script();
  return found;
}

const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.tsx') && !/\.test\.tsx$/.test(name) ? [path] : [];
  });

describe('UI texts come from the catalogue', () => {
  it('has no text written inline in a page', () => {
    const files = pages(WORKER);
    expect(files.length).toBeGreaterThan(20);
    const inline = files.flatMap((file) => inlineTexts(readFileSync(file, 'utf8')).map((f) => `${relative(WORKER, file)}:${f.line} ${f.where}: ${JSON.stringify(f.text)}`));
    expect(inline).toEqual([]);
  });

  it('sees inline texts, and only those', () => {
    const page = `
      // <p>Kommentar</p> is no element
      const big = a < b && c > d ? /"<x>/.test(s) : x;
      const sized: Record<string, string> = {};
      export const P = ({ t, locale }: Props) => (
        <main class="page" lang={locale === 'de' ? 'de' : 'en'}>
          <h1>{t.title}</h1>
          <p>Hallo {name}</p>
          <p>· {n} · {'< 5'} · bring-together ·</p>
          <img src={url} alt="Ein Foto" />
          <a title={open ? 'Öffnen' : t.close} href="/x">{done ? t.done : \`noch \${n} offen\`}</a>
          <button type="submit" value="Senden" aria-label={t.send}>{t.send}</button>
          <input type="hidden" name="lang" value="en" />
          {items.map((i) => <li key={i.id}>{i.label ?? 'leer'}</li>)}
        </main>
      );`;
    expect(inlineTexts(page).map((f) => `${f.line} ${f.where}: ${f.text}`)).toEqual([
      '8 text: Hallo',
      '10 alt: Ein Foto',
      '11 title: Öffnen',
      '11 text: noch offen',
      '12 value: Senden',
      '14 text: leer',
    ]);
  });
});
