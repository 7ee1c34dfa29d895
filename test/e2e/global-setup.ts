/**
 * Starts the real stack for browser tests: widget build, a fresh local D1 (own persist dir),
 * migrations + demo seed, `wrangler dev`, the demo host page on a second origin, and one Chromium.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildWidget } from '../../scripts/build-widget';
import { startDemoServer } from '../../scripts/demo-server';
import { migrateLocal, ROOT, startWorker } from '../../scripts/local';
import { runSeed } from '../../scripts/seed';
import { freePort } from '../../scripts/free-port';
import { startBrowserServer } from './browser';

export interface E2EContext {
  apiOrigin: string;
  demoOrigin: string;
  /** The local D1 state dir `wrangler dev` runs on (for read-only checks with `queryLocal`). */
  persistTo: string;
  /** The run's one Chromium (test/e2e/browser.ts connects to it). */
  chromiumEndpoint: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2EContext;
  }
}


export default async function setup(project: TestProject) {
  const [apiPort, demoPort] = [await freePort(), await freePort()];
  mkdirSync(join(ROOT, '.wrangler'), { recursive: true });
  const persistTo = mkdtempSync(join(ROOT, '.wrangler', 'e2e-'));
  await buildWidget();
  migrateLocal(persistTo);
  runSeed({ demoPort, persistTo });
  const worker = await startWorker(apiPort, { persistTo });
  const apiOrigin = `http://localhost:${apiPort}`;
  const demo = await startDemoServer({ port: demoPort, apiOrigin });
  const browser = await startBrowserServer();
  project.provide('e2e', { apiOrigin, demoOrigin: `http://localhost:${demoPort}`, persistTo, chromiumEndpoint: browser.wsEndpoint() });

  return async () => {
    await browser.close();
    demo.close();
    worker.kill('SIGTERM');
    await new Promise((r) => worker.once('exit', r));
    rmSync(persistTo, { recursive: true, force: true });
  };
}
