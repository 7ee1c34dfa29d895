import { createRoute } from '@hono/zod-openapi';
import { HealthSchema, problemResponse } from '../api/schemas';
import { createApi } from '../http/openapi';
import { ProblemError } from '../http/problem';

const route = createRoute({
  method: 'get',
  path: '/v1/health',
  tags: ['System'],
  summary: 'Liveness and database check',
  responses: {
    200: { content: { 'application/json': { schema: HealthSchema } }, description: 'The Worker and D1 answer.' },
    503: problemResponse('D1 does not answer.'),
  },
});

/** `GET /v1/health`: answers only when D1 answers a query. */
export const health = createApi().openapi(route, async (c) => {
  try {
    await c.env.DB.prepare('SELECT 1').first();
  } catch {
    throw new ProblemError(503, 'database_unavailable', 'The database does not answer.');
  }
  return c.json({ status: 'ok' as const, database: 'ok' as const }, 200);
});
