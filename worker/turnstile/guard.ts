import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { ProblemError } from '../errors';
import { isDevelopment } from '../settings';
import { verifyTurnstile } from './verify';

/**
 * The UUID siteverify's `idempotency_key` expects, derived from the request's own Idempotency-Key
 * (and embed), so our retry of one request is one verification at Cloudflare.
 * @example
 * await turnstileIdempotencyKey('pk_demo_goerlitz', 'k-123…'); // 'a3c1…-…-4…-8…-…'
 */
export async function turnstileIdempotencyKey(scope: string, key: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`turnstile:${scope}:${key}`))).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4 layout
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Throws the right problem unless the Turnstile token proves a human: 403 naming `turnstileToken`,
 * or 503 when Cloudflare cannot be reached (the client may retry). Cloudflare's test keys are
 * answered offline only in development; production never accepts them (worker/settings.ts).
 * @example
 * await requireHuman(c, input.turnstileToken);
 */
export async function requireHuman(c: Context<AppEnv>, token: string): Promise<void> {
  const idem = c.get('idempotency');
  const human = await verifyTurnstile({
    secret: c.env.TURNSTILE_SECRET ?? '',
    token,
    ip: c.req.header('cf-connecting-ip'),
    idempotencyKey: idem ? await turnstileIdempotencyKey(idem.scope, idem.key) : undefined,
    offlineTestKeys: isDevelopment(c.env),
  });
  if (human.ok) return;
  if (human.reason === 'unavailable') throw new ProblemError(503, 'turnstile_unavailable', 'The spam check could not be reached; please try again.');
  throw new ProblemError(403, 'turnstile_failed', 'The spam check failed; please confirm again.', [
    { field: 'turnstileToken', message: human.reason === 'spent' ? 'Token expired or already used.' : 'Invalid token.' },
  ]);
}
