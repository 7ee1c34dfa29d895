/**
 * `Idempotency-Key` for public writes: the first successful answer is stored and replayed for a
 * retry with the same key and body, so a flaky network never creates duplicates. A retry that
 * overlaps the first attempt gets 409 and is told to retry; a failed attempt frees the key.
 */
import { and, eq } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { database } from '../db/client';
import { idempotencyKeys } from '../db/schema';
import type { AppEnv } from '../env';
import { problem, ProblemError } from './problem';

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;
const IN_PROGRESS = 0;

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * @example
 * app.post('/v1/matches', idempotent('matches'), handler);
 */
export const idempotent = (route: string): MiddlewareHandler<AppEnv> => async (c, next) => {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return next();
  if (!KEY_PATTERN.test(key)) {
    return problem(c, 400, 'invalid_idempotency_key', 'Idempotency-Key must be 8–128 letters, digits, - or _.', [
      { field: 'idempotency-key', message: 'Invalid format.' },
    ]);
  }
  const db = database(c.env.DB);
  const hash = await sha256(await c.req.text());
  const where = and(eq(idempotencyKeys.route, route), eq(idempotencyKeys.key, key));
  // Reserve the key before the work, so a retry that arrives while the first attempt still runs
  // cannot do the work a second time. Status 0 marks a reservation still in progress.
  const reserved = await db
    .insert(idempotencyKeys)
    .values({ key, route, requestHash: hash, status: IN_PROGRESS, body: '', createdAt: Date.now() })
    .onConflictDoNothing()
    .run();
  if (reserved.meta.changes === 0) {
    const stored = await db.select().from(idempotencyKeys).where(where).get();
    if (!stored || stored.requestHash !== hash || stored.route !== route) {
      return problem(c, 422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request.', [
        { field: 'idempotency-key', message: 'Reused with another request.' },
      ]);
    }
    if (stored.status === IN_PROGRESS) {
      return problem(c, 409, 'idempotency_in_progress', 'The first request with this Idempotency-Key is still running; retry shortly.', undefined, {
        'Retry-After': '1',
      });
    }
    return new Response(stored.body, {
      status: stored.status,
      headers: { 'content-type': 'application/json; charset=utf-8', 'Idempotent-Replayed': 'true' },
    });
  }
  await next();
  if (c.res.status >= 200 && c.res.status < 300) {
    await db.update(idempotencyKeys).set({ status: c.res.status, body: await c.res.clone().text() }).where(where);
  } else {
    // A failed attempt stores nothing, so the client may retry with the same key.
    await db.delete(idempotencyKeys).where(and(where, eq(idempotencyKeys.status, IN_PROGRESS)));
  }
};

/**
 * For writes that must never happen twice (contact requests, saved searches): the key is mandatory.
 * @example
 * api.use('/v1/contact-requests', requireIdempotencyKey(), idempotent('contact-requests'));
 */
export const requireIdempotencyKey = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (c.req.method === 'POST' && !c.req.header('idempotency-key')) {
    throw new ProblemError(400, 'idempotency_key_required', 'Send an Idempotency-Key header with this request.', [
      { field: 'idempotency-key', message: 'Required.' },
    ]);
  }
  await next();
};
