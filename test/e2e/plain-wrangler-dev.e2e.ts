/**
 * What a new operator gets from `npx wrangler dev` on a fresh clone, with no `.dev.vars`: the
 * committed configuration, which is production. No dev mailbox, and every write fails closed
 * naming what is missing. (`--env-file` with an empty file stands in for the missing `.dev.vars`,
 * so a developer's own settings cannot leak into this test.)
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/free-port';
import { ROOT, startWorker } from '../../scripts/local';

let worker: ChildProcess;
let origin: string;
let dir: string;

beforeAll(async () => {
  const port = await freePort();
  dir = mkdtempSync(join(ROOT, '.wrangler', 'plain-'));
  // Health answers 503 (not configured) once it is up: that is the state this test is about.
  worker = await startWorker(port, { persistTo: dir, vars: {}, healthyStatus: 503 });
  origin = `http://127.0.0.1:${port}`;
}, 120_000);
afterAll(async () => {
  worker?.kill('SIGTERM');
  if (worker) await new Promise((r) => worker.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
});

describe('plain wrangler dev without .dev.vars', () => {
  it('serves no dev mailbox', async () => {
    const res = await fetch(`${origin}/dev/mailbox`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('says what is not configured, and refuses sign-in', async () => {
    const health = (await (await fetch(`${origin}/v1/health`)).json()) as { code: string; errors: { field: string }[] };
    expect(health.code).toBe('not_configured');
    expect(health.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['AUTH_SECRET', 'PUBLIC_ORIGIN', 'MAIL_API_URL', 'TURNSTILE_SECRET']));
    const signIn = await fetch(`${origin}/admin/sign-in`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin }, body: 'email=a%40b.example' });
    expect(signIn.status).toBe(503);
  });
});
