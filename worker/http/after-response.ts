/**
 * Work that must happen but need not delay the answer: handed to `ctx.waitUntil` (the runtime keeps
 * the request alive until it settles, up to 30 s), or awaited where there is no execution context
 * (`app.request` in tests and scripts), so it is never silently dropped.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';

/**
 * @example
 * await afterResponse(c, writeDemandRecord(c.env.DB, record));
 */
export async function afterResponse(c: Context<AppEnv>, task: Promise<unknown>): Promise<void> {
  let ctx: Pick<ExecutionContext, 'waitUntil'> | undefined;
  try {
    ctx = c.executionCtx;
  } catch {
    ctx = undefined; // no execution context
  }
  if (ctx) ctx.waitUntil(task);
  else await task;
}
