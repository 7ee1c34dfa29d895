/**
 * The Worker as deployed plus one bench-only route, `POST /v1/matches-floor`: what a warm
 * `POST /v1/matches` costs before any of its own work. The request passes everything the route's
 * does — the app's global middleware (request id, CORS, body limit, JSON check), the settings check,
 * the rate limiter asked alongside, the idempotency check, the D1 session and the listings-version
 * read — and reads its JSON body, then answers an empty list: no validation, access check, ranking,
 * cards or demand record. `bench/matches.ts` times it in the same rounds as the route, beside the
 * same `/v1/health` requests, so the route's ratio can be read against the floor this local stack
 * puts under any limited `POST`.
 * Never deployed: only `startWorker({ entry })` in bench/workerd.ts bundles it.
 * @example
 * const res = await mf.dispatchFetch('http://bench.local/v1/matches-floor', { method: 'POST', headers, body });
 */
import { createApp } from '../worker/app';
import { d1Session, readDb } from '../worker/http/d1-session';
import { idempotent } from '../worker/http/idempotency';
import { passRateLimit, rateLimitAlongside } from '../worker/http/rate-limit';
import { requireSettings } from '../worker/http/settings';
import { readListingsVersion } from '../worker/listings/find-matches';
import worker from '../worker/index';

// bench/matches.ts names the same path (this module's exports are the Worker's entrypoints only).
const FLOOR_PATH = '/v1/matches-floor';

const app = createApp();
// The same chain as worker/routes/matches.ts (and worker/app.ts's settings check for that path).
app.post(FLOOR_PATH, requireSettings(), rateLimitAlongside('matches'), idempotent('matches'), d1Session(), async (c) => {
  const version = readListingsVersion(readDb(c));
  await c.req.json();
  await passRateLimit(c);
  await version;
  return c.json({ matches: [] }, 200);
});

export default { ...worker, fetch: app.fetch };
