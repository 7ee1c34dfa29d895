/**
 * Local development settings: `.dev.vars.example` (committed) → `.dev.vars` (git-ignored, read by
 * `wrangler dev`). The committed wrangler.toml stays the production configuration.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEV_VARS = join(ROOT, '.dev.vars');
export const DEV_VARS_EXAMPLE = join(ROOT, '.dev.vars.example');

/** KEY=value lines; `#` comments and blank lines skipped; optional quotes removed. */
export function parseDevVars(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trimStart().startsWith('#')) continue;
    out[m[1]!] = m[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

/** The development settings as committed in `.dev.vars.example`. */
export function exampleDevVars(): Record<string, string> {
  return parseDevVars(readFileSync(DEV_VARS_EXAMPLE, 'utf8'));
}

const newSecret = () => randomBytes(32).toString('hex');

/**
 * Writes `.dev.vars` from the example when it is missing (with a random AUTH_SECRET), or appends
 * the keys it lacks; returns what it did, for `npm start` to print.
 * @example
 * ensureDevVars(); // 'created' | 'updated' | 'kept'
 */
export function ensureDevVars(): 'created' | 'updated' | 'kept' {
  const example = readFileSync(DEV_VARS_EXAMPLE, 'utf8');
  if (!existsSync(DEV_VARS)) {
    writeFileSync(DEV_VARS, example.replace(/^AUTH_SECRET=\s*$/m, `AUTH_SECRET=${newSecret()}`), { mode: 0o600 });
    return 'created';
  }
  const current = readFileSync(DEV_VARS, 'utf8');
  const have = parseDevVars(current);
  const missing = Object.entries(parseDevVars(example)).filter(([k]) => !(k in have));
  let next = current;
  if (missing.length) next += `${current.endsWith('\n') ? '' : '\n'}# added by npm start from .dev.vars.example\n${missing.map(([k, v]) => `${k}=${k === 'AUTH_SECRET' ? newSecret() : v}`).join('\n')}\n`;
  if (!(have.AUTH_SECRET ?? '').trim()) next = next.replace(/^AUTH_SECRET=\s*$/m, `AUTH_SECRET=${newSecret()}`);
  if (next === current) return 'kept';
  writeFileSync(DEV_VARS, next, { mode: 0o600 });
  return 'updated';
}

/**
 * An env file for one `wrangler dev` run (tests, load test): the example's settings with a fresh
 * secret and `overrides`, so a developer's own `.dev.vars` never changes what a test sees.
 * @example
 * const file = writeEnvFile({ ...exampleDevVars(), MAIL_API_URL: 'http://127.0.0.1:9999' });
 */
export function writeEnvFile(vars: Record<string, string>, name = `env-${process.pid}-${Date.now()}`): string {
  const dir = join(ROOT, '.wrangler', 'env');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, Object.entries(vars).map(([k, v]) => `${k}=${v}`).join('\n') + '\n', { mode: 0o600 });
  return file;
}

/** Development settings for a test run: the example's, with a random AUTH_SECRET. */
export const testDevVars = (overrides: Record<string, string> = {}): Record<string, string> => ({ ...exampleDevVars(), AUTH_SECRET: newSecret(), ...overrides });
