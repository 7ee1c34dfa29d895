/**
 * CORS for the public widget API. Every origin may *read* our answers (so the widget can show why
 * it was refused); whether an origin may use an embed is decided per key in `embeds/access.ts`.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';

// X-D1-Bookmark: the read-replication bookmark (worker/http/d1-session.ts), sent back and read.
const ALLOW_HEADERS = 'Content-Type, Idempotency-Key, X-Request-Id, X-D1-Bookmark';

export const publicCors = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const origin = c.req.header('origin');
  if (c.req.method === 'OPTIONS' && origin) {
    return new Response(null, {
      status: 204,
      headers: {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        'Access-Control-Max-Age': '86400',
        Vary: 'Origin',
      },
    });
  }
  await next();
  if (origin) {
    c.res.headers.set('Access-Control-Allow-Origin', origin);
    c.res.headers.set('Access-Control-Expose-Headers', 'X-Request-Id, Retry-After, X-D1-Bookmark');
    c.res.headers.append('Vary', 'Origin');
  }
};
