/**
 * Builds the widget (Lit included, minified, ES2020), source maps beside each file (not
 * referenced from the scripts):
 *
 * - public/widget.js: the one classic script a host page embeds (`widget/loader.ts`, IIFE). It
 *   mounts the element, starts its configuration request and imports the entry and the entry's
 *   chunk in parallel.
 * - public/widget/entry-[hash].js and its chunks (ES modules, esbuild splitting): the element
 *   definitions in the entry, everything up to the first question (Lit included) in ONE chunk
 *   beside it (`widgetSources`), the results in a chunk loaded on first use, the other later screens
 *   (detail, contact, notify, browse with its map, groups) in one more (views/later.ts), and what
 *   both share in one shared chunk.
 *
 * Prints the bytes before the first question and of all chunks, raw and gzip, against budgets.
 *
 * Run: `npx tsx scripts/build-widget.ts`; other scripts call `buildWidget()`.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = resolve(ROOT, 'widget/index.ts');
const LOADER = resolve(ROOT, 'widget/loader.ts');
const OUT = resolve(ROOT, 'public/widget.js');
/** The entry and its chunks, next to widget.js (served with CORS headers: `public/_headers`). */
const CHUNK_DIR = resolve(ROOT, 'public/widget');

/** Lit's license notice (all its files: Copyright 2017–2022 Google LLC, BSD-3-Clause), kept once. */
const LIT_NOTICE = '/*! Lit (https://lit.dev) | Copyright 2017-2022 Google LLC | SPDX-License-Identifier: BSD-3-Clause */';

/**
 * Gzip budget for what the browser loads before the first question on a German page (loader, entry,
 * its chunk; Lit included): the goal, 20 KB, since the English texts, the resumption of a kept
 * session and the words for failed requests load apart (was 25 KB, 28 KB in 9 files before that).
 */
export const WIDGET_GZIP_BUDGET = 20 * 1024;
/**
 * Gzip budget for every chunk together, the later screens included: the goal, 60 KB, since the
 * later screens but the results are one chunk (views/later.ts: about 3 KB less than five; was 68 KB
 * after "Browse all" and "Find fellow residents / start a group" added about 19 KB).
 */
export const WIDGET_TOTAL_GZIP_BUDGET = 60 * 1024;

/**
 * Lit writes to `globalThis` on load: its versions (`litHtmlVersions`, `reactiveElementVersions`,
 * `litElementVersions`, to warn about duplicate copies), `litPropertyMetadata` and a
 * `Symbol.metadata` polyfill (both only for decorators, which the widget does not use). The widget
 * promises the host page no globals besides its custom element names, so these are rewritten to
 * module-local values. Each rule must match, so a Lit upgrade that changes the code fails loudly.
 */
const LIT_GLOBAL_RULES: { file: RegExp; find: RegExp; replace: string }[] = [
  { file: /lit-html[\\/]lit-html\.js$/, find: /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/g, replace: 'void 0' },
  { file: /lit-element[\\/]lit-element\.js$/, find: /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/g, replace: 'void 0' },
  { file: /reactive-element[\\/]reactive-element\.js$/, find: /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/g, replace: 'void 0' },
  { file: /reactive-element[\\/]reactive-element\.js$/, find: /\w+\.litPropertyMetadata\?\?=new WeakMap/g, replace: 'void 0' },
  { file: /reactive-element[\\/]reactive-element\.js$/, find: /Symbol\.metadata\?\?=Symbol\("metadata"\)/g, replace: 'void 0' },
];

const noLitGlobals: Plugin = {
  name: 'no-lit-globals',
  setup(b) {
    const hits = new Map<(typeof LIT_GLOBAL_RULES)[number], number>();
    b.onStart(() => hits.clear());
    b.onLoad({ filter: /[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/][^\\/]+\.js$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      for (const rule of LIT_GLOBAL_RULES) {
        if (!rule.file.test(args.path)) continue;
        contents = contents.replace(rule.find, () => {
          hits.set(rule, (hits.get(rule) ?? 0) + 1);
          return rule.replace;
        });
      }
      // The metadata map the rewritten code still reads, now local to the bundle.
      if (/reactive-element[\\/]reactive-element\.js$/.test(args.path)) contents = `var litPropertyMetadata = new WeakMap();\n${contents}`;
      return { contents, loader: 'js' };
    });
    b.onEnd((result) => {
      if (result.errors.length) return;
      const missed = LIT_GLOBAL_RULES.filter((r) => !hits.get(r));
      if (missed.length) {
        return { errors: missed.map((r) => ({ text: `no-lit-globals: ${r.find} no longer matches Lit's code; update scripts/build-widget.ts` })) };
      }
      return undefined;
    });
  },
};

/**
 * Scans TypeScript source for template literals and replaces the static text of each literal
 * tagged `html`, `svg` or `css` (nested templates inside `${…}` included) with what `onText`
 * returns; `template` numbers the literal the text belongs to (its parts come in order). Strings,
 * comments and regular expressions in expressions are skipped well enough for the widget's code.
 */
export function transformTemplates(source: string, onText: (text: string, tag: 'html' | 'svg' | 'css', template: number) => string): string {
  let out = '';
  let i = 0;
  let templates = 0;
  const n = source.length;
  const tagBefore = (pos: number) => /(?:^|[^\w$.])(html|svg|css)\s*$/.exec(source.slice(Math.max(0, pos - 12), pos))?.[1] as 'html' | 'svg' | 'css' | undefined;

  /** Copies code until `stop` (a closing brace at depth 0) or the end; handles nested literals. */
  function code(stopAtBrace: boolean): void {
    let depth = 0;
    while (i < n) {
      const c = source[i]!;
      if (c === '/' && source[i + 1] === '/') {
        const end = source.indexOf('\n', i);
        const stop = end === -1 ? n : end;
        out += source.slice(i, stop);
        i = stop;
      } else if (c === '/' && source[i + 1] === '*') {
        const end = source.indexOf('*/', i + 2);
        const stop = end === -1 ? n : end + 2;
        out += source.slice(i, stop);
        i = stop;
      } else if (c === "'" || c === '"') {
        let j = i + 1;
        while (j < n && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
        out += source.slice(i, j + 1);
        i = j + 1;
      } else if (c === '`') {
        template(tagBefore(i));
      } else if (c === '{') {
        depth++;
        out += c;
        i++;
      } else if (c === '}') {
        if (stopAtBrace && depth === 0) return;
        depth--;
        out += c;
        i++;
      } else {
        out += c;
        i++;
      }
    }
  }

  function template(tag: 'html' | 'svg' | 'css' | undefined): void {
    out += '`';
    i++;
    let text = '';
    const id = templates++;
    const flush = () => {
      out += tag ? onText(text, tag, id) : text;
      text = '';
    };
    while (i < n) {
      const c = source[i]!;
      if (c === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        flush();
        out += '`';
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        flush();
        out += '${';
        i += 2;
        code(true);
        out += '}';
        i++;
      } else {
        text += c;
        i++;
      }
    }
    flush();
  }

  code(false);
  return out;
}

/** The widget's source with the whitespace of its `html`/`svg`/`css` templates collapsed. */
export const minifyTemplates = (source: string): string => transformTemplates(source, squeeze);

/** Whitespace runs → one space (never inside <pre>/<textarea> content, which the widget has none of); CSS comments dropped. */
function squeeze(text: string, tag: string): string {
  if (tag === 'css') {
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  }
  // A line break between two tags is source formatting, not content.
  return text.replace(/>\s*\n\s*</g, '><').replace(/\s+/g, ' ');
}

/**
 * Loads the widget's TypeScript with its templates squeezed, and makes every module the widget
 * imports with `import()` (each later screen, the deep link) import what the entry imports as well. esbuild puts
 * a module into one chunk per set of entry points that reach it, so without that the code before
 * the first question would be cut into as many chunks as there are different sets of later screens
 * sharing parts of it (it was 8 files, and each file is gzipped on its own). With it, everything the
 * entry needs is reached from every entry point alike and lands in one chunk next to the entry. The import goes at the
 * end of the module (imports are hoisted), so source maps keep their lines.
 */
/**
 * The same for what later screens share among themselves (`laterShared`, found by a first build):
 * every module the widget imports with `import()` imports all of it too, so it lands in ONE chunk
 * beside the entry's instead of one small chunk per set of screens sharing a part (it was 9 files,
 * each gzipped on its own, about 3 KB more than together). A later screen thus fetches a little it
 * may not use (the turnstile loader with "Browse all", say), never anything before the first question.
 */
const widgetSources = (laterShared: readonly string[] = []): Plugin => ({
  name: 'widget-sources',
  setup(b) {
    const lazy = new Set<string>();
    // What the entry imports (not the entry itself: its own lines, the element definitions, stay in
    // the entry file, so the chunk evaluated alone defines nothing and a failed entry still shows
    // widget.js's "not available" message).
    const entryImports = async () =>
      [...(await readFile(ENTRY, 'utf8')).matchAll(/^import (?!type )[^;]*?from '(\.[^']+)';$/gm)].map((m) => resolve(dirname(ENTRY), m[1]!));
    const inner = Symbol('widget-sources');
    b.onStart(() => lazy.clear());
    b.onResolve({ filter: /^\./ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData === inner) return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: inner });
      if (resolved.errors.length) return { errors: resolved.errors };
      lazy.add(resolved.path);
      return { path: resolved.path };
    });
    b.onLoad({ filter: /[\\/]widget[\\/].*\.ts$/ }, async (args) => {
      let contents = minifyTemplates(await readFile(args.path, 'utf8'));
      // The English texts and the resumption may come before the first question: they must not pull the later screens' chunk.
      const shared = EARLY_PARTS.some((part) => args.path === resolve(ROOT, lazySource(part))) ? [] : laterShared;
      if (lazy.has(args.path)) contents += `\n${[...(await entryImports()), ...shared].map((p) => `import ${JSON.stringify(p)};`).join('')}\n`;
      return { contents, loader: 'ts' };
    });
  },
});

/**
 * Private members of the widget's classes, renamed to short names in the bundle (esbuild
 * `mangleProps`). Only names that never appear as strings, in templates (`.prop=`), in JSON
 * (session, API) or as DOM/Lit properties may be listed; `changed.has('…')` keys must stay out, and so
 * must TypeScript parameter properties (`constructor(private readonly x)`), which esbuild defines
 * under their written name but would read under the mangled one.
 */
const MANGLED_MEMBERS = new RegExp(
  '^(' +
    [
      // The widget's state, flows and controllers (bt-widget.ts, questionnaire.ts, search.ts, internal/).
      'a11y', 'adoptStyles', 'announce', 'announcement', 'backToResults', 'cancelContact', 'catalogue', 'challenge', 'configFailed',
      'draft', 'failure', 'failures', 'firstQuestionMarked', 'jumpTo', 'langObserver', 'listingTitle',
      'loadConfig', 'loadDetail', 'loadedFor', 'mountChallenge', 'moveTo', 'moves', 'openContact', 'openDetail',
      'optOut', 'partFailed', 'patch', 'persist', 'problems', 'publishableKey', 'redo', 'renderScreen',
      'renderPart', 'reopenDetail', 'requests', 'resultsScroll', 'retryConfig', 'setConsent', 'setEmail', 'settled',
      'showProblems', 'showStep', 'sortKey', 'spamCheck', 'startOver', 'stepShown',
      // bring-together-question, bring-together-result-card.
      'onChoice', 'photoFailed', 'reasonList', 'renderChoices', 'renderImportance', 'renderRequired', 'renderText', 'submitOnEnter',
      // Locale keys only ever read as `t.section.key` (never dynamically, never API field names).
      'alternativesText', 'alternativesTitle', 'answersKept', 'consentNeeds', 'consentTitle', 'contactGroup',
      'costFrom', 'costRange', 'costUnknown', 'costUpTo', 'dealbreakerNote', 'draftKept', 'emailHint', 'emptyText',
      'emptyTitle', 'equityNone', 'errorPrefix', 'fitIntro', 'fitTitle', 'foundGroup', 'importanceLegend',
      'introGroup', 'keyRevoked', 'listingGone', 'livingSpace', 'messageHint', 'missingKey', 'needsHidden', 'needsShared',
      'newWindow', 'noMatch', 'notAnswered', 'originNotAllowed', 'previewIntro', 'previewTitle', 'previewTitleGroup',
      'privacyLink', 'privacyMatching', 'privacySession', 'privacyStats', 'privacyTitle', 'projectAnswerGroup',
      'projectFitGroup', 'projectSide', 'projectSideGroup', 'rateLimited', 'resumeNote', 'scoreBand', 'scoreValue',
      'seekerSide', 'seekerSideGroup', 'sentMail', 'sentMailFailed', 'sentTitle', 'sortLabel', 'sortedBy', 'sortedGroup',
      'sqmRange', 'summaryTitle', 'titleGroup', 'turnstileFailed', 'unavailableTitle', 'unitsFree', 'unknownKey', 'yourAnswer',
    ].join('|') +
    ')$',
);

/** A mangled name written as a string anywhere in the widget would silently break: fail the build. */
async function checkMangledNames(): Promise<void> {
  const { readdir } = await import('node:fs/promises');
  const files = (await readdir(resolve(ROOT, 'widget'), { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const names = MANGLED_MEMBERS.source.slice(2, -2).split('|');
  for (const file of files) {
    // Comments may name members in backticks; only code counts.
    const text = (await readFile(resolve(ROOT, 'widget', file), 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
    for (const name of names) {
      if (new RegExp(`['"\`]${name}['"\`]|\\.${name}=\\$\\{`).test(text)) {
        throw new Error(`widget/${file} uses "${name}" as a string or template property; remove it from MANGLED_MEMBERS in scripts/build-widget.ts`);
      }
    }
  }
}

/** Bytes of a set of built files: raw, and gzip as each is sent (every file compressed on its own). */
export interface Size {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

export interface WidgetBuild {
  /** What the browser loads before the first question: widget.js, the entry and its chunk. */
  firstQuestion: Size;
  /** Every script file, all lazy chunks included. */
  all: Size;
  /** The first-question figures again (what `npm run bench` and `npm start` print). */
  bytes: number;
  gzipBytes: number;
}

const sizeOf = (files: { path: string; contents: Uint8Array }[]): Size => ({
  files: files.map((f) => relative(resolve(ROOT, 'public'), f.path)),
  bytes: files.reduce((n, f) => n + f.contents.byteLength, 0),
  gzipBytes: files.reduce((n, f) => n + gzipSync(f.contents, { level: 9 }).byteLength, 0),
});

/** Bytes of built files on disk (paths relative to the repository), as `npm run bench` reports them. */
export async function measureFiles(paths: string[]): Promise<Size> {
  return sizeOf(await Promise.all(paths.map(async (p) => ({ path: resolve(ROOT, p), contents: await readFile(resolve(ROOT, p)) }))));
}

/** Every script the build wrote: widget.js and the chunks next to it. */
export async function builtScripts(): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const chunks = (await readdir(CHUNK_DIR)).filter((f) => f.endsWith('.js')).map((f) => relative(ROOT, resolve(CHUNK_DIR, f)));
  return [relative(ROOT, OUT), ...chunks];
}

/** The chunks an output imports statically, transitively (what loads with it, before it runs). */
function staticClosure(outputs: Metafile['outputs'], start: string): string[] {
  const seen = new Set<string>([start]);
  for (const file of seen) {
    for (const i of outputs[file]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) seen.add(i.path);
  }
  return [...seen];
}

/** Only `import type` may reach into worker/: server code must never end up in a chunk. */
function checkNoServerCode(metafile: Metafile): void {
  const server = Object.keys(metafile.inputs).filter((p) => p.startsWith('worker/'));
  if (server.length) throw new Error(`the widget bundles server code (use import type): ${server.join(', ')}`);
}

export const esbuildOptions = {
  // Metafile paths (entry point, inputs, outputs) are relative to the repository.
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'browser',
  target: 'es2020',
  minify: true,
  // "external": the maps are written next to the scripts, which carry no sourceMappingURL.
  sourcemap: 'external',
  sourcesContent: true,
  // Lit's notices, merged into one line (each file carries the same BSD-3 notice).
  legalComments: 'none',
  charset: 'ascii',
  treeShaking: true,
  write: false,
  metafile: true,
  logLevel: 'warning',
  mangleProps: MANGLED_MEMBERS,
} as const;

/**
 * The chunks the widget imports on first use (`lazyChunk` in widget/components/bt-widget/bt-widget.ts):
 * the results, the other later screens together (`later`), the search flow, the first screens'
 * English texts, the configuration's failure screen and the resumption of a kept session.
 */
const LAZY_PARTS = ['results', 'later', 'search', 'core-en', 'config-failure', 'resume'] as const;
/**
 * Chunks widget.js may fetch together with the first one, each needing nothing but it: the English
 * texts of the first screens (for an English page) and the resumption of a kept session (when the
 * tab has one).
 */
const EARLY_PARTS = ['core-en', 'resume'] as const;
const LAZY_SOURCES: Record<string, string> = {
  search: 'widget/components/bt-widget/search.ts',
  'core-en': 'widget/locales/core-en.ts',
  resume: 'widget/state/resume.ts',
};
const lazySource = (part: string) => LAZY_SOURCES[part] ?? `widget/components/bt-widget/views/${part}.ts`;
/** Stands in for `./<part>-<hash>.js` until the hashes are known; as long as the name it becomes. */
const lazyPlaceholder = (part: string) => `./${part}-${'_'.repeat(8)}.js`;

/**
 * Writes each lazy chunk's name where the widget's retry imports it under a fresh URL (the
 * chunk with bt-widget.ts). Only a file that `import()`s that chunk itself may carry its name: then
 * its hash already changes with the chunk's, and a cached file never names a chunk that is gone.
 */
function writeLazyChunkNames(outputs: Metafile['outputs'], files: { path: string; contents: Uint8Array }[]): void {
  for (const part of LAZY_PARTS) {
    const chunk = Object.keys(outputs).find((p) => outputs[p]!.entryPoint === lazySource(part));
    if (!chunk) throw new Error(`esbuild produced no chunk for ${lazySource(part)}`);
    const name = `./${chunk.split('/').pop()}`;
    const placeholder = lazyPlaceholder(part);
    if (name.length !== placeholder.length) throw new Error(`chunk name ${name} is not as long as its placeholder (esbuild's hash length changed?)`);
    let written = 0;
    for (const file of files) {
      const text = Buffer.from(file.contents).toString('utf8');
      if (!text.includes(placeholder)) continue;
      const path = relative(ROOT, file.path);
      if (!outputs[path]?.imports.some((i) => i.kind === 'dynamic-import' && i.path === chunk)) throw new Error(`${placeholder} landed in ${path}, which does not import ${chunk}`);
      file.contents = Buffer.from(text.replaceAll(placeholder, name));
      written++;
    }
    if (!written) throw new Error(`no chunk names the chunk of ${part} for its retry`);
  }
}

/** Chunks that are no entry point (neither the entry nor a module imported with `import()`). */
const sharedChunks = (outputs: Metafile['outputs']) => Object.keys(outputs).filter((p) => p.endsWith('.js') && !outputs[p]!.entryPoint);

export async function buildWidget(): Promise<WidgetBuild> {
  await checkMangledNames();
  // The widget as ES modules: the entry with its one chunk (intro, questionnaire, Lit), one chunk
  // per later screen and one for what they share, all under hashed names.
  const buildModules = (laterShared?: readonly string[]) =>
    build({
      ...esbuildOptions,
      entryPoints: [ENTRY],
      outdir: CHUNK_DIR,
      entryNames: 'entry-[hash]',
      chunkNames: '[name]-[hash]',
      format: 'esm',
      splitting: true,
      // A string, not an object: esbuild inlines strings where they are used (in the entry) but puts
      // an object into a module of its own, which could land in a shared chunk.
      define: { __BT_LAZY_CHUNKS__: JSON.stringify(JSON.stringify(Object.fromEntries(LAZY_PARTS.map((p) => [p, lazyPlaceholder(p)])))) },
      plugins: [noLitGlobals, widgetSources(laterShared)],
    });
  // A first build finds the modules in shared chunks; the second makes them all one chunk.
  const probe = (await buildModules()).metafile;
  const entryOf = (outputs: Metafile['outputs']) => Object.keys(outputs).find((p) => outputs[p]!.entryPoint === relative(ROOT, ENTRY));
  const probeFirst = new Set(staticClosure(probe.outputs, entryOf(probe.outputs) ?? ''));
  const laterShared = sharedChunks(probe.outputs)
    .filter((p) => !probeFirst.has(p))
    .flatMap((p) => Object.keys(probe.outputs[p]!.inputs))
    .map((i) => resolve(ROOT, i));
  // The search flow with them: every later screen uses it, and its own file is then only a name.
  const modules = await buildModules([...laterShared, resolve(ROOT, lazySource('search'))]);
  checkNoServerCode(modules.metafile);
  const outputs = modules.metafile.outputs;
  const entry = entryOf(outputs);
  if (!entry) throw new Error('esbuild produced no widget entry');
  const firstFiles = staticClosure(outputs, entry);
  // The entry and one chunk (widgetSources): a further file before the first question would mean
  // a module reached by some later screens only sits in front of it again.
  if (firstFiles.length > 2) throw new Error(`the first question needs ${firstFiles.length} files (${firstFiles.join(', ')}), not the entry and one chunk`);
  // One chunk for what the later screens share (widgetSources): more would mean one of them is cut again.
  const later = sharedChunks(outputs).filter((p) => !firstFiles.includes(p));
  if (later.length > 1) throw new Error(`the later screens share ${later.length} chunks (${later.join(', ')}), not one`);
  const early = Object.fromEntries(
    EARLY_PARTS.map((part) => {
      const chunk = Object.keys(outputs).find((p) => outputs[p]!.entryPoint === lazySource(part));
      if (!chunk) throw new Error(`esbuild produced no chunk for ${lazySource(part)}`);
      const needs = staticClosure(outputs, chunk).filter((p) => p !== chunk && !firstFiles.includes(p));
      if (needs.length) throw new Error(`${lazySource(part)} needs more than the first chunk: ${needs.join(', ')}`);
      return [part, relative(dirname(OUT), resolve(ROOT, chunk))];
    }),
  );
  const usesLit = (p: string) =>
    Object.entries(outputs[p]?.inputs ?? {}).some(([i, { bytesInOutput }]) => bytesInOutput > 0 && /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(i));

  // widget.js: the classic loader, with the first-question files written in (relative to itself).
  const loader = await build({
    ...esbuildOptions,
    entryPoints: [LOADER],
    outfile: OUT,
    format: 'iife',
    define: {
      __BT_FIRST_QUESTION__: JSON.stringify(firstFiles.map((p) => relative(dirname(OUT), resolve(ROOT, p)))),
      __BT_EARLY__: JSON.stringify(early),
    },
    // First statement of widget.js: `npm run bench` measures from here to the first question.
    banner: { js: 'try{performance.mark("bring-together:start")}catch(e){}' },
  });
  checkNoServerCode(loader.metafile);

  const files = [...modules.outputFiles, ...loader.outputFiles].map((f) => {
    const path = relative(ROOT, f.path);
    // The notice once, at the end of each file with Lit in it (the end: source maps stay aligned).
    const contents = path.endsWith('.js') && usesLit(path) ? Buffer.concat([f.contents, Buffer.from(`\n${LIT_NOTICE}\n`)]) : f.contents;
    return { path: f.path, contents };
  });
  writeLazyChunkNames(outputs, files);
  await rm(CHUNK_DIR, { recursive: true, force: true });
  // Built output, not source: .gitignore lists public/widget/.
  await mkdir(CHUNK_DIR, { recursive: true });
  for (const f of files) await writeFile(f.path, f.contents);

  const scripts = files.filter((f) => f.path.endsWith('.js'));
  const first = new Set([OUT, ...firstFiles.map((p) => resolve(ROOT, p))]);
  const firstQuestion = sizeOf(scripts.filter((f) => first.has(f.path)));
  const all = sizeOf(scripts);
  return { firstQuestion, all, bytes: firstQuestion.bytes, gzipBytes: firstQuestion.gzipBytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { firstQuestion, all } = await buildWidget();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`widget first question (${firstQuestion.files.join(', ')}): ${kb(firstQuestion.bytes)} raw, ${kb(firstQuestion.gzipBytes)} gzip (budget ${kb(WIDGET_GZIP_BUDGET)})`);
  console.log(`widget all chunks (${all.files.length} files): ${kb(all.bytes)} raw, ${kb(all.gzipBytes)} gzip (budget ${kb(WIDGET_TOTAL_GZIP_BUDGET)})`);
  if (firstQuestion.gzipBytes > WIDGET_GZIP_BUDGET || all.gzipBytes > WIDGET_TOTAL_GZIP_BUDGET) {
    console.error('the widget is over its gzip budget');
    process.exitCode = 1;
  }
}
