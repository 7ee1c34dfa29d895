/**
 * D1 read replication for the public read routes (matches, config, browse): each request runs in
 * a D1 session (Sessions API), so its reads may be served by a nearby replica, and the response
 * carries the session's bookmark in `X-D1-Bookmark`. A client that sends the bookmark back reads
 * a state at least as new as the one it saw (its own demand record, a listing it was shown); a
 * request without one starts unconstrained. Writes always go to the primary. Local workerd has no
 * replicas, but runs the same API.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { ProblemError } from '../errors';

export const BOOKMARK_HEADER = 'X-D1-Bookmark';
/** D1 bookmarks are hex groups joined by dashes; anything else is refused before it reaches D1. */
const BOOKMARK_PATTERN = /^[0-9a-f]{1,32}(?:-[0-9a-f]{1,32}){0,7}$/i;

export const optionalBookmarkParameter = {
  name: BOOKMARK_HEADER,
  in: 'header' as const,
  required: false,
  description: `The \`${BOOKMARK_HEADER}\` of an earlier response: this request then reads a database state at least as new. Every response of this route carries one.`,
  schema: { type: 'string' as const, pattern: BOOKMARK_PATTERN.source, example: '00000001-00000002-00004f2a-8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5' },
};

export const d1Session = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const bookmark = c.req.header(BOOKMARK_HEADER);
  if (bookmark !== undefined && !BOOKMARK_PATTERN.test(bookmark)) {
    throw new ProblemError(400, 'validation_failed', 'Some fields are missing or invalid.', [{ field: BOOKMARK_HEADER, message: 'Not a D1 bookmark.' }]);
  }
  const session = c.env.DB.withSession(bookmark ?? 'first-unconstrained');
  c.set('d1Session', session);
  await next();
  const latest = session.getBookmark();
  if (latest) c.res.headers.set(BOOKMARK_HEADER, latest);
};

/** The request's D1: its session where `d1Session()` runs, else the binding. */
export const readDb = (c: Context<AppEnv>): D1Database => (c.var.d1Session ?? c.env.DB) as D1Database;
