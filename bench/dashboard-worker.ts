/**
 * The municipality dashboard alone as a Worker, for the benchmarks: signed in as a viewer of the
 * organization named in `X-Bench-Organization` (the admin's session check is what it stands in
 * for). Runs beside the bench Worker in the same workerd on the same D1 (`startWorker({ dashboard:
 * true })` in bench/workerd.ts), so a render is measured where it runs in production: inside the
 * Worker, its D1 batch one local round trip, not through Node's proxy to workerd.
 * @example
 * const res = await (await mf.getWorker('dashboard')).fetch('http://bench.local/dashboard?from=…', { headers: { 'x-bench-organization': 'org_m0' } });
 */
import { Hono } from 'hono';
import { createDashboard, type DashboardEnv } from '../worker/dashboard/app';

const app = new Hono<DashboardEnv>();
app.use('*', async (c, next) => {
  c.set('organizationId', c.req.header('x-bench-organization') ?? '');
  c.set('role', 'viewer');
  await next();
});
app.route('/dashboard', createDashboard());

export default app;
