import { createRoute } from '@hono/zod-openapi';
import { HealthSchema, NO_SECURITY_SCHEME, problemResponse } from '../api/schemas';
import { createApi } from '../http/openapi';
import { ProblemError } from '../errors';
import { notConfigured } from '../http/settings';
import { CORE_NEEDS, missingSettings } from '../settings';

const route = createRoute({
  method: 'get',
  path: '/v1/health',
  operationId: 'getHealth',
  security: NO_SECURITY_SCHEME,
  tags: ['System'],
  summary: 'Liveness, database and configuration check',
  responses: {
    200: { content: { 'application/json': { schema: HealthSchema } }, description: 'The Worker and D1 answer.' },
    503: problemResponse('D1 does not answer, or a required setting is missing (`errors` names each).'),
  },
});

/** `GET /v1/health`: ok only when D1 answers a query and every required setting is in place. */
export const health = createApi().openapi(route, async (c) => {
  try {
    await c.env.DB.prepare('SELECT 1').first();
  } catch {
    throw new ProblemError(503, 'database_unavailable', 'The database does not answer.');
  }
  const missing = missingSettings(c.env, [...CORE_NEEDS, 'turnstile']);
  if (missing.length) throw notConfigured(missing);
  return c.json({ status: 'ok' as const, database: 'ok' as const }, 200);
});
