/**
 * Widget budgets in real headless Chromium against the real local stack (`wrangler dev` on a fresh
 * D1 with the demo seed, the demo municipal page on a second origin), printed, never asserted:
 *
 * - API requests before the first question is shown (goal: exactly 1, the config),
 * - time from widget.js starting to execute to the first question on screen (goal ≤ 500 ms),
 *   from the User Timing marks the widget sets (`bring-together:start` is widget.js's first
 *   statement, `bring-together:ready` the intro, `bring-together:first-question` step 1). The
 *   visitor's click on "start" is made the moment the intro is ready, so no human time is counted,
 * - bytes (gzip, each file as sent) the browser loads before the first question — every widget
 *   script it fetched from the API host before the first-question mark: widget.js, the entry and
 *   its static chunks — and of all the widget's chunks, the later screens' included.
 *
 * Run: `npx tsx bench/widget.ts` (also part of `npm run bench`).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDemoServer } from '../scripts/demo-server';
import { migrateLocal, ROOT, startWorker } from '../scripts/local';
import { runSeed } from '../scripts/seed';
import { launchBrowser } from '../test/e2e/browser';
import { freePort } from '../scripts/free-port';
import { builtScripts, measureFiles } from '../scripts/build-widget';

const RUNS = 7;


const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export interface WidgetBench {
  requestsBeforeFirstQuestion: number[];
  readyMs: number[];
  firstQuestionMs: number[];
  /** Widget scripts fetched before the first question (the last run), and their gzip bytes. */
  firstQuestionFiles: string[];
  firstQuestionGzipBytes: number;
  /** All widget scripts the build wrote, gzip. */
  allGzipBytes: number;
}

export async function benchWidget({ build = true }: { build?: boolean } = {}): Promise<WidgetBench> {
  if (build) await (await import('../scripts/build-widget')).buildWidget();
  const [apiPort, demoPort] = [await freePort(), await freePort()];
  mkdirSync(join(ROOT, '.wrangler'), { recursive: true });
  const persistTo = mkdtempSync(join(ROOT, '.wrangler', 'bench-widget-'));
  migrateLocal(persistTo);
  runSeed({ demoPort, persistTo });
  const worker = await startWorker(apiPort, { persistTo });
  const apiOrigin = `http://localhost:${apiPort}`;
  const demo = await startDemoServer({ port: demoPort, apiOrigin });
  const browser = await launchBrowser();
  const result: WidgetBench = { requestsBeforeFirstQuestion: [], readyMs: [], firstQuestionMs: [], firstQuestionFiles: [], firstQuestionGzipBytes: 0, allGzipBytes: 0 };
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
      await context.close();
    }
    result.firstQuestionGzipBytes = (await measureFiles(result.firstQuestionFiles)).gzipBytes;
    result.allGzipBytes = (await measureFiles(await builtScripts())).gzipBytes;
  } finally {
    await browser.close();
    demo.close();
    worker.kill('SIGTERM');
    await new Promise((r) => worker.once('exit', r));
    rmSync(persistTo, { recursive: true, force: true });
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
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(`widget first question: ${kb(r.firstQuestionGzipBytes)} KB gzip`);
  console.log(`widget all chunks: ${kb(r.allGzipBytes)} KB gzip`);
}

/** Measures with the widget.js already built and prints the figures (`npm run bench`). */
export async function runWidgetBench(): Promise<void> {
  printWidgetBench(await benchWidget({ build: false }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printWidgetBench(await benchWidget());
}
