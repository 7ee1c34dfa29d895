/**
 * The browser tests' stack: one Chromium, and the real stack (widget build, a fresh local D1 with
 * migrations and the demo seed, `wrangler dev`, the demo host page on a second origin) started as a
 * process of its own (scripts/e2e-stack.ts). Setup returns as soon as it is started, so the other
 * test projects run while it comes up; every e2e file waits for it first (test/e2e/ready.ts).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/free-port';
import { ROOT } from '../../scripts/local';
import { startBrowserServer } from './browser';

export interface E2EContext {
  apiOrigin: string;
  demoOrigin: string;
  /** The local D1 state dir `wrangler dev` runs on (for read-only checks with `readLocal`, test/e2e/local-db.ts). */
  persistTo: string;
  /** The run's one Chromium (test/e2e/browser.ts connects to it). */
  chromiumEndpoint: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2EContext;
  }
}

interface Stack {
  context: E2EContext;
  stop(): Promise<void>;
}

async function startStack(): Promise<Stack> {
  const [apiPort, demoPort] = [await freePort(), await freePort()];
  mkdirSync(join(ROOT, '.wrangler'), { recursive: true });
  const persistTo = mkdtempSync(join(ROOT, '.wrangler', 'e2e-'));
  const stack = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'e2e-stack.ts'), String(apiPort), String(demoPort), persistTo], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const browser = await startBrowserServer();
  return {
    context: { apiOrigin: `http://localhost:${apiPort}`, demoOrigin: `http://localhost:${demoPort}`, persistTo, chromiumEndpoint: browser.wsEndpoint() },
    async stop() {
      await browser.close();
      if (stack.exitCode === null) {
        const exited = new Promise((r) => stack.once('exit', r));
        stack.kill('SIGTERM');
        await exited;
      }
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const stack = await startStack();
  project.provide('e2e', stack.context);
  return () => stack.stop();
}
