/**
 * Helpers for the local stack: run wrangler against the local D1 (the state under .wrangler/),
 * the same one `wrangler dev` serves.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testDevVars, writeEnvFile } from './dev-vars';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WRANGLER = fileURLToPath(new URL('../node_modules/.bin/wrangler', import.meta.url));
/** No metrics, no update checks: `npm start` must work offline. */
export const WRANGLER_ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CI: 'true',
  // miniflare otherwise fetches a Request.cf sample from the internet at every start.
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
};

/** Runs a wrangler command to completion; throws with its output when it fails. */
export function wrangler(args: string[], opts: { quiet?: boolean; persistTo?: string } = {}): string {
  const full = opts.persistTo ? [...args, '--persist-to', opts.persistTo] : args;
  const res = spawnSync(WRANGLER, full, { cwd: ROOT, env: WRANGLER_ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`wrangler ${args.join(' ')} failed:\n${res.stdout}\n${res.stderr}`);
  if (!opts.quiet) process.stdout.write(res.stdout);
  return res.stdout;
}

/** Applies the committed migrations to the local D1. */
export function migrateLocal(persistTo?: string): void {
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local'], { quiet: true, persistTo });
}

/**
 * Runs one SQL query on the local D1 and returns its rows. A running `wrangler dev` may hold the
 * database's write lock for a moment (SQLITE_BUSY): the query is tried again, a few times.
 */
export function queryLocal<T>(sql: string, persistTo?: string): T[] {
  for (let attempt = 1; ; attempt++) {
    try {
      const out = wrangler(['d1', 'execute', 'DB', '--local', '--json', '--command', sql], { quiet: true, persistTo });
      const parsed = JSON.parse(out) as { results: T[] }[];
      return parsed[0]?.results ?? [];
    } catch (err) {
      if (attempt >= 5 || !/SQLITE_BUSY|database is locked/.test(String(err))) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250 * attempt);
    }
  }
}

export interface WorkerOptions {
  /** A separate local D1 state directory (wrangler --persist-to). */
  persistTo?: string;
  /** Another wrangler config (e.g. the load test's, with a raised rate limit). */
  configPath?: string;
  /**
   * The settings of this run, written to an env file that replaces `.dev.vars` (default: the
   * development settings of `.dev.vars.example` with a fresh secret). `'dev-vars'` uses the
   * developer's own `.dev.vars`, as `npm start` does.
   */
  vars?: Record<string, string> | 'dev-vars';
  /** Resolve once the Worker answers /v1/health with this status (default 200). */
  healthyStatus?: number;
}

/**
 * Starts `wrangler dev` on a port; resolves once /v1/health answers.
 * @example
 * const worker = await startWorker(8787, { persistTo: '.wrangler/e2e-x' });
 */
export async function startWorker(port: number, opts: WorkerOptions = {}): Promise<ChildProcess> {
  const args = ['dev', '--port', String(port), '--ip', '127.0.0.1', '--show-interactive-dev-session=false', '--log-level', 'warn'];
  if (opts.persistTo) args.push('--persist-to', opts.persistTo);
  if (opts.configPath) args.push('--config', opts.configPath);
  if (opts.vars !== 'dev-vars') args.push('--env-file', writeEnvFile(opts.vars ?? testDevVars(), `env-${port}`));
  const child = spawn(WRANGLER, args, { cwd: ROOT, env: WRANGLER_ENV, stdio: ['ignore', 'inherit', 'inherit'], detached: false });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/v1/health`);
      await res.body?.cancel();
      if (res.status === (opts.healthyStatus ?? 200)) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill();
  throw new Error(`wrangler dev did not become healthy on port ${port}`);
}
