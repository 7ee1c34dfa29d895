/**
 * Bundles the widget (widget/index.ts, Lit included) into ONE classic script, public/widget.js
 * (IIFE, minified, ES2020), with its source map beside it (public/widget.js.map, not referenced
 * from the script), and prints the raw and gzip size.
 *
 * Run: `npx tsx scripts/build-widget.ts`; other scripts call `buildWidget()`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = resolve(ROOT, 'widget/index.ts');
const OUT = resolve(ROOT, 'public/widget.js');

/** Lit's license notice (all its files: Copyright 2017–2022 Google LLC, BSD-3-Clause), kept once. */
const LIT_NOTICE = '/*! Lit (https://lit.dev) | Copyright 2017-2022 Google LLC | SPDX-License-Identifier: BSD-3-Clause */';

/** Size goal from the design: Lit included, gzip. */
export const WIDGET_GZIP_BUDGET = 35 * 1024;

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
 * Scans TypeScript source for template literals, calling `onText` for the static text of each
 * literal tagged `html`, `svg` or `css` (nested templates inside `${…}` included). Strings,
 * comments and regular expressions in expressions are skipped well enough for the widget's code.
 */
export function minifyTemplates(source: string): string {
  let out = '';
  let i = 0;
  const n = source.length;
  const tagBefore = (pos: number): string | undefined => /(?:^|[^\w$.])(html|svg|css)\s*$/.exec(source.slice(Math.max(0, pos - 12), pos))?.[1];

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

  function template(tag: string | undefined): void {
    out += '`';
    i++;
    let text = '';
    const flush = () => {
      out += tag ? squeeze(text, tag) : text;
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

const minifyLitTemplates: Plugin = {
  name: 'minify-lit-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]widget[\\/].*\.ts$/ }, async (args) => ({ contents: minifyTemplates(await readFile(args.path, 'utf8')), loader: 'ts' }));
  },
};

/**
 * Private members of the widget's classes, renamed to short names in the bundle (esbuild
 * `mangleProps`). Only names that never appear as strings, in templates (`.prop=`), in JSON
 * (session, API) or as DOM/Lit properties may be listed; `changed.has('…')` keys must stay out.
 */
const MANGLED_MEMBERS = new RegExp(
  '^(' +
    [
      'announce', 'announcement', 'backToResults', 'draft', 'failure', 'problems', 'cancelContact', 'contactChallenge', 'contactError', 'contactErrorText',
      'contactProblems', 'contactResult', 'contactState', 'detailError', 'detailId', 'detailState', 'emitStep', 'errorNotice', 'errorText',
      'firstQuestionMarked', 'focusById', 'focusQuestion', 'langObserver', 'loadConfig', 'loadDetail', 'loadedFor',
      'markFirstQuestion', 'mountNotifyChallenge', 'moveFocus', 'newRequest', 'notifyAttempt', 'notifyChallenge',
      'notifyConsent', 'notifyEmail', 'notifyError', 'notifyProblems', 'notifyProblemsFor', 'notifyState', 'onChoice',
      'onDraftInput', 'onQuestionChange', 'onSort', 'openContact', 'openDetail', 'photoFailed', 'problemText', 'reasonList',
      'renderCards', 'renderChoices', 'renderContact', 'renderDetail', 'renderEmpty', 'renderFailure', 'renderImportance',
      'renderIntro', 'renderNotify', 'renderQuestion', 'renderRequired', 'renderResults', 'renderStep', 'renderSummary',
      'renderText', 'renderView', 'resultFor', 'resultsError', 'resultsScroll', 'resultsState', 'retryConfig', 'sendContact',
      'sendNotify', 'showServerProblems', 'showStep', 'sortKey', 'startOver', 'submitOnEnter',
      // Locale keys only ever read as `t.section.key` (never dynamically, never API field names).
      'alternativesText', 'alternativesTitle', 'answersKept', 'consentNeeds', 'consentTitle', 'contactGroup',
      'costFrom', 'costRange', 'costUnknown', 'costUpTo', 'dealbreakerNote', 'draftKept', 'emailHint', 'emptyText',
      'emptyTitle', 'equityNone', 'errorPrefix', 'fitIntro', 'fitTitle', 'forOperators', 'foundGroup', 'importanceLegend',
      'introGroup', 'keyRevoked', 'listingGone', 'livingSpace', 'messageHint', 'missingKey', 'needsHidden', 'needsShared',
      'newWindow', 'noMatch', 'notAnswered', 'optOut', 'originNotAllowed', 'previewIntro', 'previewTitle', 'previewTitleGroup',
      'privacyLink', 'privacyMatching', 'privacySession', 'privacyStats', 'privacyTitle', 'projectAnswer', 'projectAnswerGroup',
      'projectFitGroup', 'projectSide', 'projectSideGroup', 'rateLimited', 'resumeNote', 'scoreBand', 'scoreValue',
      'seekerSide', 'seekerSideGroup', 'sentMail', 'sentMailFailed', 'sentTitle', 'sortLabel', 'sortedBy', 'sortedGroup',
      'sqmRange', 'summaryTitle', 'titleGroup', 'turnstileFailed', 'unavailableTitle', 'unitsFree', 'unknownKey', 'yourAnswer',
    ].join('|') +
    ')$',
);

/** A mangled name written as a string anywhere in the widget would silently break: fail the build. */
async function checkMangledNames(): Promise<void> {
  const { readdir } = await import('node:fs/promises');
  const files = (await readdir(resolve(ROOT, 'widget'), { recursive: true })).filter((f) => f.endsWith('.ts'));
  const names = MANGLED_MEMBERS.source.slice(2, -2).split('|');
  for (const file of files) {
    const text = await readFile(resolve(ROOT, 'widget', file), 'utf8');
    for (const name of names) {
      if (new RegExp(`['"\`]${name}['"\`]|\\.${name}=\\$\\{`).test(text)) {
        throw new Error(`widget/${file} uses "${name}" as a string or template property; remove it from MANGLED_MEMBERS in scripts/build-widget.ts`);
      }
    }
  }
}

export async function buildWidget(): Promise<{ bytes: number; gzipBytes: number }> {
  await checkMangledNames();
  const result = await build({
    entryPoints: [ENTRY],
    outfile: OUT,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    // "external": the map is written next to the script, which carries no sourceMappingURL.
    sourcemap: 'external',
    sourcesContent: true,
    // Lit's notices, merged into one line in the banner (each file carries the same BSD-3 notice).
    legalComments: 'none',
    charset: 'ascii',
    treeShaking: true,
    write: false,
    logLevel: 'warning',
    mangleProps: MANGLED_MEMBERS,
    plugins: [noLitGlobals, minifyLitTemplates],
    // First statement of the bundle: `npm run bench` measures from here to the first question.
    banner: { js: `${LIT_NOTICE}\ntry{performance.mark("bring-together:start")}catch(e){}` },
  });
  const js = result.outputFiles.find((f) => f.path === OUT);
  const map = result.outputFiles.find((f) => f.path === `${OUT}.map`);
  if (!js) throw new Error('esbuild produced no widget.js');
  await mkdir(dirname(OUT), { recursive: true });
  await writeFile(OUT, js.contents);
  if (map) await writeFile(`${OUT}.map`, map.contents);
  return { bytes: js.contents.byteLength, gzipBytes: gzipSync(js.contents, { level: 9 }).byteLength };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { bytes, gzipBytes } = await buildWidget();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`public/widget.js: ${kb(bytes)} raw, ${kb(gzipBytes)} gzip (budget ${kb(WIDGET_GZIP_BUDGET)} gzip)`);
  if (gzipBytes > WIDGET_GZIP_BUDGET) {
    console.error('widget.js is over its gzip budget');
    process.exitCode = 1;
  }
}
