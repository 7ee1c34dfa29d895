/**
 * The publishable key a public request names (path `{key}` or the JSON body's `key`), read before
 * validation so rate limits and idempotency keys can be scoped per embed. Never trusted for access:
 * worker/embeds/access.ts checks the key itself.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';

const KEY = /^pk_[A-Za-z0-9_]{4,64}$/;

/**
 * @example
 * const embedKey = await requestEmbedKey(c); // 'pk_demo_goerlitz' or ''
 */
export async function requestEmbedKey(c: Context<AppEnv>): Promise<string> {
  const fromPath = c.req.param('key');
  if (typeof fromPath === 'string') return KEY.test(fromPath) ? fromPath : '';
  // Only a JSON body names one; a form post (manage and group pages) is not read as text here.
  if (c.req.method !== 'POST' || !/^application\/(?:[\w.+-]+\+)?json\b/i.test(c.req.header('content-type') ?? '')) return '';
  try {
    const body: unknown = JSON.parse(await c.req.text());
    const key = body && typeof body === 'object' ? (body as { key?: unknown }).key : undefined;
    return typeof key === 'string' && KEY.test(key) ? key : '';
  } catch {
    return '';
  }
}
