/**
 * Rate limits through the Workers rate-limiting binding, keyed by route and client address, so one
 * abusive client cannot exhaust a municipality's embed for everyone else.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { problem } from './problem';

/**
 * @example
 * app.use('/v1/matches', rateLimit('matches'));
 */
export const rateLimit = (bucket: string): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (c.req.method === 'OPTIONS') return next();
  const client = c.req.header('cf-connecting-ip') ?? 'local';
  const { success } = await c.env.RATE_LIMIT_PUBLIC.limit({ key: `${bucket}:${client}` });
  if (!success) return problem(c, 429, 'rate_limited', 'Too many requests; please wait a minute.', undefined, { 'Retry-After': '60' });
  return next();
};
