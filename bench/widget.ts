/**
 * Widget budgets in real headless Chromium against the real local stack (`wrangler dev` on a fresh
 * D1 with the demo seed, the demo municipal page on a second origin), printed, never asserted:
 *
 * - API requests before the first question is shown (goal: exactly 1, the config),
 * - time from widget.js starting to execute to the first question on screen (goal ≤ 500 ms),
 *   from the User Timing marks the widget sets (`bring-together:start` is widget.js's first
 *   statement, `bring-together:ready` the intro, `bring-together:first-question` step 1). The
 *   visitor's click on "start" is made the moment the intro is ready, so no human time is counted,
 * - the same time for a bare Lit element rendering one static form (`bare-lit-element.ts`, built
 *   with the widget's esbuild options, served from the same host, the widget's tag on the same host
 *   page swapped for its own), run by run alternately with the widget; goal: the widget ≤ 1.2×,
 * - the same bare element waiting, before its form, for the widget's one API request (the same
 *   configuration request, started by its script as widget.js starts it; the bare element's
 *   origin is added to the demo embed's allowed origins for this run): the floor that request puts
 *   under any element on this stack, printed with the widget's ratio to it, for comparison,
 * - both again for a returning visitor (the page once more in the same browser context: scripts
 *   and config from the HTTP cache, the widget resuming at its question), for comparison,
 * - bytes (gzip, each file as sent) the browser loads before the first question — every widget
 *   script it fetched from the API host before the first-question mark: widget.js, the entry and
 *   its static chunks — and of all the widget's chunks, the later screens' included.
 *
 * Run: `npx tsx bench/widget.ts` (also part of `npm run bench`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDemoServer } from '../scripts/demo-server';
import { migrateLocal, ROOT, startWorker, wrangler } from '../scripts/local';
import { runSeed } from '../scripts/seed';
import { launchBrowser } from '../test/e2e/browser';
import { freePort } from '../scripts/free-port';
import { build } from 'esbuild';
import { builtScripts, esbuildOptions, measureFiles } from '../scripts/build-widget';

const RUNS = 7;


const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export interface WidgetBench {
  requestsBeforeFirstQuestion: number[];
  readyMs: number[];
  firstQuestionMs: number[];
  /** The bare Lit element's script start → its form rendered, same host page, same runs. */
  bareMs: number[];
  /** The same, the form rendered once the widget's configuration request has answered. */
  bareConfigMs: number[];
  /** Both again on a second visit in the same browser context (scripts and config from the HTTP cache). */
  warmFirstQuestionMs: number[];
  warmBareMs: number[];
  /** Widget scripts fetched before the first question (the last run), and their gzip bytes. */
  firstQuestionFiles: string[];
  firstQuestionGzipBytes: number;
  /** What an English host page fetches besides (the first screens' English texts), gzip. */
  englishGzipBytes: number;
  /** All widget scripts the build wrote, gzip. */
  allGzipBytes: number;
}

/** Where the bare element is built for the run: under public/widget/ (served with the widget's headers, git-ignored). */
const BARE_DIR = join(ROOT, 'public/widget/bench');

/**
 * The bare Lit element, bundled as the widget is: an ES module and the classic script that imports
 * it. Returns a function that writes them, called before each run (a widget build running meanwhile
 * empties public/widget/).
 */
async function buildBareElement(): Promise<() => void> {
  const common = { ...esbuildOptions, write: false, metafile: false, mangleProps: undefined, sourcemap: false } as const;
  const element = await build({ ...common, entryPoints: [join(ROOT, 'bench/bare-lit-element.ts')], outfile: join(BARE_DIR, 'bare-lit-element.js'), format: 'esm' });
  const loader = await build({
    ...common,
    entryPoints: [join(ROOT, 'bench/bare-lit-loader.ts')],
    outfile: join(BARE_DIR, 'bare-lit.js'),
    format: 'iife',
    banner: { js: 'try{performance.mark("bring-together:start")}catch(e){}' },
  });
  const files = [...element.outputFiles, ...loader.outputFiles];
  return () => {
    mkdirSync(BARE_DIR, { recursive: true });
    for (const f of files) writeFileSync(f.path, f.contents);
  };
}

export async function benchWidget({ build: rebuild = true }: { build?: boolean } = {}): Promise<WidgetBench> {
  if (rebuild) await (await import('../scripts/build-widget')).buildWidget();
  const writeBare = await buildBareElement();
  const [apiPort, demoPort, barePort] = [await freePort(), await freePort(), await freePort()];
  mkdirSync(join(ROOT, '.wrangler'), { recursive: true });
  const persistTo = mkdtempSync(join(ROOT, '.wrangler', 'bench-widget-'));
  migrateLocal(persistTo);
  runSeed({ demoPort, persistTo });
  // The bare element's page asks for the demo embed's configuration too (its floor of one request).
  const bareOrigin = `http://localhost:${barePort}`;
  wrangler(['d1', 'execute', 'DB', '--local', '--command', `UPDATE embeds SET allowed_origins = json_insert(allowed_origins, '$[#]', '${bareOrigin}')`], { quiet: true, persistTo });
  const worker = await startWorker(apiPort, { persistTo });
  const apiOrigin = `http://localhost:${apiPort}`;
  const demo = await startDemoServer({ port: demoPort, apiOrigin });
  const browser = await launchBrowser();
  const result: WidgetBench = { requestsBeforeFirstQuestion: [], readyMs: [], firstQuestionMs: [], bareMs: [], bareConfigMs: [], warmFirstQuestionMs: [], warmBareMs: [], firstQuestionFiles: [], firstQuestionGzipBytes: 0, englishGzipBytes: 0, allGzipBytes: 0 };
  // The bare element's host page: the demo page with the widget's tag swapped for the bare element's,
  // served as the demo server serves it (a route in the browser would make the page count as
  // public and its requests to the loopback API blocked), its other files from the demo server.
  // `/?config`: the bare element with the demo embed's key, waiting for its configuration.
  const bareHost = createServer(async (req, res) => {
    const withConfig = req.url === '/?config';
    const upstream = await fetch(`http://localhost:${demoPort}${withConfig ? '/' : (req.url ?? '/')}`);
    let body: string | Buffer = Buffer.from(await upstream.arrayBuffer());
    if (req.url === '/' || withConfig) {
      const page = body.toString('utf8');
      body = page.replace(/<script src="[^"]*\/widget\.js"( data-key="[^"]*")?[^>]*><\/script>/, (_, key: string | undefined) => `<script src="${apiOrigin}/widget/bench/bare-lit.js"${withConfig ? (key ?? '') : ''} async></script>`);
      if (body === page || (withConfig && !body.includes('bare-lit.js" data-key='))) throw new Error("the demo page's widget tag (with its data-key) was not found");
    }
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => bareHost.listen(barePort, resolve));
  /** Script start → first question of the page just loaded. */
  const firstQuestionOf = async (page: import('playwright-core').Page): Promise<number> => {
    await page.waitForFunction(() => performance.getEntriesByName('bring-together:first-question').length > 0, undefined, { timeout: 15_000 });
    return page.evaluate(() => {
      const marks = Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]));
      return (marks['bring-together:first-question'] ?? NaN) - (marks['bring-together:start'] ?? NaN);
    });
  };
  /** A first visit of the bare element's page; with `revisit`, the same page once more (warm). */
  const bareRun = async (path: string, revisit: boolean): Promise<{ cold: number; warm?: number }> => {
    writeBare();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${bareOrigin}${path}`);
    const cold = await firstQuestionOf(page);
    let warm: number | undefined;
    if (revisit) {
      await page.goto(`${bareOrigin}${path}`);
      warm = await firstQuestionOf(page);
    }
    await context.close();
    return { cold, warm };
  };
  try {
    // One warm-up run (workerd compiles the Worker on its first request), then the measured runs.
    for (let run = 0; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        document.addEventListener('bt-ready', (e) => {
          const root = (e.target as Element).shadowRoot;
          root?.querySelector<HTMLButtonElement>('.intro .button.primary')?.click();
        });
      });
      await page.goto(`http://localhost:${demoPort}/`);
      await page.waitForFunction(() => performance.getEntriesByName('bring-together:first-question').length > 0, undefined, { timeout: 15_000 });
      // No helper functions inside: tsx would wrap them in its `__name`, which the page lacks.
      const m = await page.evaluate((api) => {
        const marks = Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]));
        const first = marks['bring-together:first-question'] ?? NaN;
        const before = performance.getEntriesByType('resource').filter((r) => r.startTime < first);
        const requests = before.filter((r) => r.name.startsWith(`${api}/v1/`)).length;
        const scripts = before.filter((r) => r.name.startsWith(`${api}/widget`) && r.name.endsWith('.js')).map((r) => new URL(r.name).pathname);
        return { start: marks['bring-together:start'] ?? NaN, ready: marks['bring-together:ready'] ?? NaN, first, requests, scripts };
      }, apiOrigin);
      if (run > 0) {
        result.requestsBeforeFirstQuestion.push(m.requests);
        result.readyMs.push(m.ready - m.start);
        result.firstQuestionMs.push(m.first - m.start);
        result.firstQuestionFiles = m.scripts.map((p) => `public${p}`);
      }
      // The same visitor again: the page once more in the same context (the widget resumes at its question).
      await page.goto(`http://localhost:${demoPort}/`);
      const warm = await firstQuestionOf(page);
      if (run > 0) result.warmFirstQuestionMs.push(warm);
      await context.close();
      const bare = await bareRun('/', true);
      const bareConfig = await bareRun('/?config', false); // only its first visit is printed
      if (run > 0) {
        result.bareMs.push(bare.cold);
        result.warmBareMs.push(bare.warm!);
        result.bareConfigMs.push(bareConfig.cold);
      }
    }
    result.firstQuestionGzipBytes = (await measureFiles(result.firstQuestionFiles)).gzipBytes;
    const built = await builtScripts();
    result.englishGzipBytes = (await measureFiles(built.filter((p) => /\/core-en-[^/]+\.js$/.test(p)))).gzipBytes;
    result.allGzipBytes = (await measureFiles(built)).gzipBytes;
  } finally {
    await browser.close();
    demo.close();
    bareHost.close();
    worker.kill('SIGTERM');
    await new Promise((r) => worker.once('exit', r));
    rmSync(persistTo, { recursive: true, force: true });
    rmSync(BARE_DIR, { recursive: true, force: true });
  }
  return result;
}

export function printWidgetBench(r: WidgetBench): void {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const requests = [...new Set(r.requestsBeforeFirstQuestion)].join('/');
  console.log(`widget: API requests before the first question: ${requests} (goal exactly 1)`);
  console.log(
    `widget: script start → intro ready: median ${ms(median(r.readyMs))}; → first question visible: median ${ms(median(r.firstQuestionMs))}, ` +
      `max ${ms(Math.max(...r.firstQuestionMs))} over ${r.firstQuestionMs.length} runs (goal ≤ 500 ms, local server, headless Chromium)`,
  );
  const widget = median(r.firstQuestionMs);
  const bare = median(r.bareMs);
  console.log(
    `widget: first question visible: median ${ms(widget)}; a bare Lit element rendering one static form on the same host page: median ${ms(bare)}; ` +
      `ratio ${(widget / bare).toFixed(2)}× (goal ≤ 1.2×)`,
  );
  const floor = median(r.bareConfigMs);
  console.log(
    `widget: the bare Lit element waiting for the widget's one API request (the same config request, started as widget.js starts it) before its form: median ${ms(floor)}, ` +
      `${(floor / bare).toFixed(2)}× the bare element; the widget ${(widget / floor).toFixed(2)}× it (the floor of one request on this stack, for comparison)`,
  );
  const warm = median(r.warmFirstQuestionMs);
  const warmBare = median(r.warmBareMs);
  console.log(
    `widget: a returning visitor (scripts and config from the browser's cache): first question median ${ms(warm)}; the bare Lit element median ${ms(warmBare)}; ` +
      `ratio ${(warm / warmBare).toFixed(2)}× (for comparison; the goal's figure is the first visit above)`,
  );
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(
    `widget first question: ${kb(r.firstQuestionGzipBytes)} KB gzip (goal ≤ 20 KB, Lit included; ${r.firstQuestionFiles.map((f) => f.split('/').pop()).join(', ')} on the demo's German page; an English one fetches its texts besides: ${kb(r.englishGzipBytes)} KB)`,
  );
  console.log(`widget all chunks: ${kb(r.allGzipBytes)} KB gzip (goal ≤ 60 KB)`);
}

/** Measures with the widget.js already built and prints the figures (`npm run bench`). */
export async function runWidgetBench(): Promise<void> {
  printWidgetBench(await benchWidget({ build: false }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printWidgetBench(await benchWidget());
}
