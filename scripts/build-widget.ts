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

export async function buildWidget(): Promise<{ bytes: number; gzipBytes: number }> {
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
    legalComments: 'eof',
    charset: 'ascii',
    treeShaking: true,
    write: false,
    logLevel: 'warning',
    plugins: [noLitGlobals],
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
