/**
 * `Idempotency-Key` for public writes: the first successful answer is stored and replayed for a
 * retry with the same key and body, so a flaky network never creates duplicates.
 *
 * - A key is scoped to its route and embed (the publishable key in the body): two embeds can never
 *   see each other's answers, whatever keys their widgets choose.
 * - The key is reserved before the work with a short lease (LEASE_MS). A retry that overlaps the
 *   first attempt gets 409 and is told to retry; once a lease has run out (the first attempt died
 *   without an answer) the next retry takes it over and does the work.
 * - A failed attempt frees the key; a reuse with another body is 422.
 * Writes that must never happen twice also keep the key on their own row (contact requests, saved
 * searches), so even after this table's retention a reused key is recognised (`requestHash`).
 */
import { and, eq } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { database } from '../db/client';
import { idempotencyKeys } from '../db/schema';
import type { AppEnv } from '../env';
import { requestEmbedKey } from './embed-key';
import { problem } from './problem';
import { ProblemError } from '../errors';

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;
const IN_PROGRESS = 0;
/** How long a reservation holds without an answer: longer than any healthy request, far shorter than a user's patience. */
export const LEASE_MS = 30_000;

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const reused = (c: Parameters<MiddlewareHandler<AppEnv>>[0]) =>
  problem(c, 422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request.', [
    { field: 'idempotency-key', message: 'Reused with another request.' },
  ]);

const inProgress = (c: Parameters<MiddlewareHandler<AppEnv>>[0]) =>
  problem(c, 409, 'idempotency_in_progress', 'The first request with this Idempotency-Key is still running; retry shortly.', undefined, { 'Retry-After': '1' });

/**
 * @example
 * app.post('/v1/matches', idempotent('matches'), handler);
 */
export const idempotent = (route: string, opts: { leaseMs?: number } = {}): MiddlewareHandler<AppEnv> => async (c, next) => {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return next();
  if (!KEY_PATTERN.test(key)) {
    return problem(c, 400, 'invalid_idempotency_key', 'Idempotency-Key must be 8–128 letters, digits, - or _.', [
      { field: 'idempotency-key', message: 'Invalid format.' },
    ]);
  }
  const leaseMs = opts.leaseMs ?? LEASE_MS;
  const db = database(c.env.DB);
  const requestHash = await sha256Hex(await c.req.text());
  const scope = await requestEmbedKey(c);
  c.set('idempotency', { key, scope, requestHash });
  const where = and(eq(idempotencyKeys.route, route), eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key));
  const now = Date.now();
  const lease = now + leaseMs;
  const reserved = await db
    .insert(idempotencyKeys)
    .values({ route, scope, key, requestHash, status: IN_PROGRESS, body: '', leaseUntil: lease, createdAt: now })
    .onConflictDoNothing()
    .run();
  if (reserved.meta.changes === 0) {
    const stored = await db.select().from(idempotencyKeys).where(where).get();
    // Freed by a failed attempt between our insert and this read: the client simply retries.
    if (!stored) return inProgress(c);
    if (stored.requestHash !== requestHash) return reused(c);
    if (stored.status !== IN_PROGRESS) {
      return new Response(stored.body, {
        status: stored.status,
        headers: { 'content-type': 'application/json; charset=utf-8', 'Idempotent-Replayed': 'true' },
      });
    }
    if (stored.leaseUntil > now) return inProgress(c);
    // The first attempt died without an answer: take the lease over (only one retry can).
    const taken = await db
      .update(idempotencyKeys)
      .set({ leaseUntil: lease })
      .where(and(where, eq(idempotencyKeys.status, IN_PROGRESS), eq(idempotencyKeys.leaseUntil, stored.leaseUntil)))
      .run();
    if (taken.meta.changes === 0) return inProgress(c);
  }
  await next();
  const mine = and(where, eq(idempotencyKeys.status, IN_PROGRESS), eq(idempotencyKeys.leaseUntil, lease));
  if (c.res.status >= 200 && c.res.status < 300) {
    await db.update(idempotencyKeys).set({ status: c.res.status, body: await c.res.clone().text() }).where(mine);
  } else {
    // A failed attempt stores nothing, so the client may retry with the same key.
    await db.delete(idempotencyKeys).where(mine);
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
