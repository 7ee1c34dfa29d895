/**
 * Which deployment settings are present, and what the Worker may fall back to. The committed
 * `wrangler.toml` is the production configuration; local development adds its conveniences from a
 * git-ignored `.dev.vars` (written by `npm start` from `.dev.vars.example`). Outside development
 * nothing falls back: a missing secret makes the routes that need it answer 503 naming it
 * (worker/http/settings.ts), never a default.
 */
import type { Env } from './env';

/** Only `.dev.vars` sets this; the committed configuration says `production`. */
export const isDevelopment = (env: Pick<Env, 'ENVIRONMENT'>): boolean => env.ENVIRONMENT === 'development';

/** Cloudflare's Turnstile test keys (always pass, always fail, always spent): never valid in production. */
const TURNSTILE_TEST_KEY = /^[123]x0+A[AB]$|^3x0+FF$/;

export const MIN_SECRET_LENGTH = 32;

export interface MissingSetting {
  /** The variable or secret to set, e.g. `AUTH_SECRET`. */
  name: string;
  /** What is wrong with it, in words for the operator. */
  problem: string;
}

/** What a group of routes needs: sessions and signed links, mail, absolute links, the spam check. */
export type SettingNeed = 'auth' | 'mail' | 'origin' | 'turnstile';

export const CORE_NEEDS: readonly SettingNeed[] = ['auth', 'mail', 'origin'];

const set = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== '';

function httpsUrl(v: string, allowLoopback = false): boolean {
  try {
    const u = new URL(v);
    // A mail API on the loopback address can only be a local stand-in (tests, a relay beside the Worker).
    return u.protocol === 'https:' || (allowLoopback && u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost'));
  } catch {
    return false;
  }
}

/**
 * The settings that block `needs`, empty when all are in place.
 * @example
 * missingSettings(env, ['auth', 'mail']); // [{ name: 'AUTH_SECRET', problem: 'not set' }]
 */
export function missingSettings(env: Env, needs: readonly SettingNeed[] = CORE_NEEDS): MissingSetting[] {
  const dev = isDevelopment(env);
  const out: MissingSetting[] = [];
  for (const need of new Set(needs)) {
    if (need === 'auth') {
      if (!set(env.AUTH_SECRET)) out.push({ name: 'AUTH_SECRET', problem: 'not set' });
      else if (env.AUTH_SECRET.length < MIN_SECRET_LENGTH) out.push({ name: 'AUTH_SECRET', problem: `shorter than ${MIN_SECRET_LENGTH} characters` });
    } else if (need === 'origin') {
      if (set(env.PUBLIC_ORIGIN) ? !dev && !httpsUrl(env.PUBLIC_ORIGIN) : !dev) {
        out.push({ name: 'PUBLIC_ORIGIN', problem: set(env.PUBLIC_ORIGIN) ? 'not an https:// origin' : 'not set' });
      }
    } else if (need === 'mail') {
      // Development without a mail API uses the dev mailbox; a half-configured API is an error anywhere.
      const given = [env.MAIL_API_URL, env.MAIL_API_TOKEN, env.MAIL_FROM].filter(set).length;
      if (given > 0 || !dev) {
        if (!set(env.MAIL_API_URL)) out.push({ name: 'MAIL_API_URL', problem: 'not set' });
        else if (!dev && !httpsUrl(env.MAIL_API_URL, true)) out.push({ name: 'MAIL_API_URL', problem: 'not an https:// URL' });
        if (!set(env.MAIL_API_TOKEN)) out.push({ name: 'MAIL_API_TOKEN', problem: 'not set' });
        if (!set(env.MAIL_FROM)) out.push({ name: 'MAIL_FROM', problem: 'not set' });
      }
    } else {
      for (const name of ['TURNSTILE_SITEKEY', 'TURNSTILE_SECRET'] as const) {
        const v = env[name];
        if (!set(v)) out.push({ name, problem: 'not set' });
        else if (!dev && TURNSTILE_TEST_KEY.test(v)) out.push({ name, problem: "is one of Cloudflare's test keys" });
      }
    }
  }
  return out;
}

/** Thrown where a setting is read that `missingSettings` should have stopped; the app answers 503. */
export class SettingMissingError extends Error {
  constructor(readonly missing: MissingSetting[]) {
    super(`Not configured: ${missing.map((m) => `${m.name} (${m.problem})`).join(', ')}.`);
  }
}

/** Throws SettingMissingError unless `needs` are all in place. */
export function assertSettings(env: Env, needs: readonly SettingNeed[]): void {
  const missing = missingSettings(env, needs);
  if (missing.length) throw new SettingMissingError(missing);
}

/**
 * The secret behind sessions, CSRF tokens and signed links. There is no default: without it
 * nothing that signs can run.
 */
export function authSecret(env: Env): string {
  assertSettings(env, ['auth']);
  return env.AUTH_SECRET!;
}

/**
 * The origin for absolute links in mails and pages: PUBLIC_ORIGIN; in development, when it is not
 * set, the origin the request came to (or `fallback` for scheduled jobs).
 * @example
 * const origin = publicOrigin(c.env, c.req.url); // 'https://bring-together.de'
 */
export function publicOrigin(env: Env, fallback?: string): string {
  assertSettings(env, ['origin']);
  if (set(env.PUBLIC_ORIGIN)) return new URL(env.PUBLIC_ORIGIN).origin;
  if (fallback) return new URL(fallback).origin;
  return 'http://localhost:8787';
}

/** Platform operators: the lower-cased addresses in OPERATOR_EMAILS (comma- or space-separated). */
export function operatorEmails(env: Pick<Env, 'OPERATOR_EMAILS'>): Set<string> {
  return new Set(
    (env.OPERATOR_EMAILS ?? '')
      .split(/[\s,;]+/)
      .map((e) => e.trim().toLowerCase())
      .filter((e) => e.includes('@')),
  );
}

/** Where answers to the municipalities' report mails go: the first operator, if any is set. */
export const firstOperator = (env: Pick<Env, 'OPERATOR_EMAILS'>): string | null => operatorEmails(env).values().next().value ?? null;

export const isOperator = (env: Pick<Env, 'OPERATOR_EMAILS'>, email: string): boolean => operatorEmails(env).has(email.trim().toLowerCase());
