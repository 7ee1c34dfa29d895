/**
 * Rate limits through the Workers rate-limiting binding, keyed by route bucket, embed (the
 * publishable key the request names) and client address — as wrangler.toml documents — so one
 * abusive client cannot exhaust a municipality's embed for everyone else.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
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
  if (!success) return problem(c, 429, 'rate_limited', 'Too many requests; please wait a minute.', undefined, { 'Retry-After': '60' });
  return next();
};
