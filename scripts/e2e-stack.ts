/**
 * The real stack for the browser tests, as a process of its own: widget build, a fresh local D1
 * (the given state dir), migrations and the demo seed, `wrangler dev` on the API port and the demo
 * host page on a second origin. The e2e global setup (test/e2e/global-setup.ts) starts it and goes
 * on, so the other test projects run while it comes up; the e2e files wait for it
 * (test/e2e/ready.ts). It prints `ready` when both origins answer, and stops on SIGTERM.
 *
 *   tsx scripts/e2e-stack.ts API_PORT DEMO_PORT PERSIST_DIR
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWidget } from './build-widget';
import { startDemoServer } from './demo-server';
import { migrateLocal, startWorker } from './local';
import { runSeed } from './seed';

/** Where the stack writes why it could not start (test/e2e/ready.ts reads it). */
export const stackErrorFile = (persistTo: string) => join(persistTo, 'stack-error.txt');

const [apiPort, demoPort, persistTo] = process.argv.slice(2);
if (!apiPort || !demoPort || !persistTo) throw new Error('usage: tsx scripts/e2e-stack.ts API_PORT DEMO_PORT PERSIST_DIR');

try {
  await buildWidget();
  migrateLocal(persistTo);
  runSeed({ demoPort, persistTo });
  const worker = await startWorker(Number(apiPort), { persistTo });
  const demo = await startDemoServer({ port: Number(demoPort), apiOrigin: `http://localhost:${apiPort}` });
  const stop = () => {
    demo.close();
    worker.once('exit', () => process.exit(0));
    worker.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  worker.on('exit', (code) => {
    writeFileSync(stackErrorFile(persistTo), `wrangler dev exited (${code})`);
    process.exit(1);
  });
  console.log('ready');
} catch (err) {
  writeFileSync(stackErrorFile(persistTo), err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
}
