/** The Worker's `scheduled` handler (cron in wrangler.toml `[triggers]`): runs retention. */
import type { Env } from '../env';
import { runRetention, type RetentionVars } from './run';

/** Awaited, not `waitUntil`: a failing run marks the cron invocation as failed in the dashboard. */
export async function scheduled(controller: ScheduledController, env: Env, _ctx: ExecutionContext): Promise<void> {
  try {
    const deleted = await runRetention(env as Env & RetentionVars, controller.scheduledTime);
    console.log(JSON.stringify({ job: 'retention', cron: controller.cron, deleted }));
  } catch (err) {
    console.error(JSON.stringify({ job: 'retention', cron: controller.cron, error: String(err) }));
    throw err;
  }
}
