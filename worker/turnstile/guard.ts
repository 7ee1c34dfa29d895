import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { ProblemError } from '../http/problem';
import { verifyTurnstile } from './verify';

/**
 * Throws the right problem unless the Turnstile token proves a human: 403 naming `turnstileToken`,
 * or 503 when Cloudflare cannot be reached (the client may retry).
 * @example
 * await requireHuman(c, input.turnstileToken);
 */
export async function requireHuman(c: Context<AppEnv>, token: string): Promise<void> {
  const human = await verifyTurnstile({
    secret: c.env.TURNSTILE_SECRET,
    token,
    ip: c.req.header('cf-connecting-ip'),
    idempotencyKey: c.req.header('idempotency-key'),
    offlineTestKeys: c.env.ENVIRONMENT === 'development',
  });
  if (human.ok) return;
  if (human.reason === 'unavailable') throw new ProblemError(503, 'turnstile_unavailable', 'The spam check could not be reached; please try again.');
  throw new ProblemError(403, 'turnstile_failed', 'The spam check failed; please confirm again.', [
    { field: 'turnstileToken', message: human.reason === 'spent' ? 'Token expired or already used.' : 'Invalid token.' },
  ]);
}
