/**
 * Widget budgets in real headless Chromium against the real local stack (`wrangler dev` on a fresh
 * D1 with the demo seed, the demo municipal page on a second origin), printed, never asserted:
 *
 * - API requests before the first question is shown (goal: exactly 1, the config),
 * - time from widget.js starting to execute to the first question on screen (goal ≤ 500 ms),
 *   from the User Timing marks the widget sets (`bring-together:start` is the bundle's first
 *   statement, `bring-together:ready` the intro, `bring-together:first-question` step 1). The
 *   visitor's click on "start" is made the moment the intro is ready, so no human time is counted.
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

const RUNS = 7;


const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export interface WidgetBench {
  requestsBeforeFirstQuestion: number[];
  readyMs: number[];
  firstQuestionMs: number[];
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
  const result: WidgetBench = { requestsBeforeFirstQuestion: [], readyMs: [], firstQuestionMs: [] };
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
        const requests = performance.getEntriesByType('resource').filter((r) => r.name.startsWith(`${api}/v1/`) && r.startTime < first).length;
        return { start: marks['bring-together:start'] ?? NaN, ready: marks['bring-together:ready'] ?? NaN, first, requests };
      }, apiOrigin);
      if (run > 0) {
        result.requestsBeforeFirstQuestion.push(m.requests);
        result.readyMs.push(m.ready - m.start);
        result.firstQuestionMs.push(m.first - m.start);
      }
      await context.close();
    }
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
}

/** Measures with the widget.js already built and prints the figures (`npm run bench`). */
export async function runWidgetBench(): Promise<void> {
  printWidgetBench(await benchWidget({ build: false }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printWidgetBench(await benchWidget());
}
