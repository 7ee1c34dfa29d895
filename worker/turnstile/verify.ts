/**
 * Server-side Turnstile verification (siteverify). Local development uses Cloudflare's test secrets,
 * which are answered here without a network call so `npm start` works offline.
 */

export const SITEVERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';
/** The token Cloudflare's test sitekeys produce; the widget sends it when configured with one. */
export const DUMMY_TOKEN = 'XXXX.DUMMY.TOKEN.XXXX';
export const TEST_SITEKEY = '1x00000000000000000000AA';
const TEST_SECRET_PASS = '1x0000000000000000000000000000000AA';
const TEST_SECRET_FAIL = '2x0000000000000000000000000000000AA';

export type TurnstileResult = { ok: true } | { ok: false; reason: 'missing' | 'invalid' | 'spent' | 'unavailable' };

/**
 * @example
 * const result = await verifyTurnstile({ secret: env.TURNSTILE_SECRET, token, ip, offlineTestKeys: true });
 */
export async function verifyTurnstile(opts: {
  secret: string;
  token: string | undefined;
  ip?: string;
  idempotencyKey?: string;
  offlineTestKeys?: boolean;
  fetchFn?: typeof fetch;
  timeoutMs?: number;
}): Promise<TurnstileResult> {
  if (!opts.token) return { ok: false, reason: 'missing' };
  if (opts.offlineTestKeys && (opts.secret === TEST_SECRET_PASS || opts.secret === TEST_SECRET_FAIL)) {
    return opts.secret === TEST_SECRET_PASS && opts.token === DUMMY_TOKEN ? { ok: true } : { ok: false, reason: 'invalid' };
  }
  const form = new FormData();
  form.set('secret', opts.secret);
  form.set('response', opts.token);
  if (opts.ip) form.set('remoteip', opts.ip);
  // Lets Cloudflare treat our own retry of the same check as one verification.
  if (opts.idempotencyKey) form.set('idempotency_key', opts.idempotencyKey);
  let body: { success?: boolean; 'error-codes'?: string[] };
  try {
    const res = await (opts.fetchFn ?? fetch)(SITEVERIFY_URL, { method: 'POST', body: form, signal: AbortSignal.timeout(opts.timeoutMs ?? 5000) });
    if (!res.ok) return { ok: false, reason: 'unavailable' };
    body = await res.json();
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (body.success === true) return { ok: true };
  return { ok: false, reason: body['error-codes']?.includes('timeout-or-duplicate') ? 'spent' : 'invalid' };
}
