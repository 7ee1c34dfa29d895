/**
 * Rate limits through the Workers rate-limiting binding, keyed by route bucket, embed (the
 * publishable key the request names) and client address — as wrangler.toml documents — so one
 * abusive client cannot exhaust a municipality's embed for everyone else.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { ProblemError } from '../errors';
import { requestEmbedKey } from './embed-key';
import { problem } from './problem';

/** The limiter key of a request: `bucket:embed:client` (embed empty for routes without one). */
export const rateLimitKey = (bucket: string, embedKey: string, client: string | undefined) => `${bucket}:${embedKey}:${client ?? 'local'}`;

/**
 * @example
 * app.use('/v1/matches', rateLimit('matches'));
 */
export const rateLimit = (bucket: string): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (c.req.method === 'OPTIONS') return next();
  const key = rateLimitKey(bucket, await requestEmbedKey(c), c.req.header('cf-connecting-ip'));
  const { success } = await c.env.RATE_LIMIT_PUBLIC.limit({ key });
  if (!success) return problem(c, 429, 'rate_limited', RATE_LIMITED, undefined, RETRY);
  return next();
};

const RATE_LIMITED = 'Too many requests; please wait a minute.';
const RETRY = { 'Retry-After': '60' };

/**
 * The same limit for a route whose work before its write is reads and CPU (`POST /v1/matches`):
 * the limiter is asked without waiting, so its round trip overlaps the route's own; the handler
 * calls `passRateLimit(c)` before it writes or answers, so a limited request still writes nothing
 * and answers 429. A request with an Idempotency-Key waits at once: its reservation is a write.
 * @example
 * api.use('/v1/matches', rateLimitAlongside('matches'), idempotent('matches'));
 */
export const rateLimitAlongside = (bucket: string): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (c.req.method === 'OPTIONS') return next();
  const key = rateLimitKey(bucket, await requestEmbedKey(c), c.req.header('cf-connecting-ip'));
  const verdict = c.env.RATE_LIMIT_PUBLIC.limit({ key }).then((r) => r.success);
  if (c.req.header('idempotency-key') !== undefined) {
    if (!(await verdict)) return problem(c, 429, 'rate_limited', RATE_LIMITED, undefined, RETRY);
    return next();
  }
  // Awaited by passRateLimit; a rejection must not surface as unhandled before that.
  verdict.catch(() => undefined);
  c.set('rateLimitVerdict', verdict);
  return next();
};

/** Awaits the verdict `rateLimitAlongside` asked for (a no-op where the limit was already checked). */
export async function passRateLimit(c: Context<AppEnv>): Promise<void> {
  const verdict = c.get('rateLimitVerdict');
  if (verdict && !(await verdict)) throw new ProblemError(429, 'rate_limited', RATE_LIMITED, undefined, RETRY);
}
