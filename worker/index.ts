/** Worker entry: the HTTP app and the scheduled jobs (retention, freshness, weekly digest). */
import { createApp } from './app';
import { freshnessScheduled } from './listings/freshness';
import { scheduled } from './retention/scheduled';
import { DIGEST_CRON, digestScheduled } from './digest/run';

const app = createApp();

export default {
  fetch: app.fetch,
  /**
   * The weekly cron sends the digest; the daily one runs retention and listing freshness
   * independently (either failing marks the run as failed).
   */
  async scheduled(controller, env, ctx) {
    if (controller.cron === DIGEST_CRON) return digestScheduled(controller, env);
    const results = await Promise.allSettled([scheduled(controller, env, ctx), freshnessScheduled(controller, env)]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  },
} satisfies ExportedHandler<import('./env').Env>;
