/** Worker entry: the HTTP app and (later) the scheduled jobs. */
import { createApp } from './app';
import { freshnessScheduled } from './admin/freshness';
import { scheduled } from './retention/scheduled';

const app = createApp();

export default {
  fetch: app.fetch,
  /** Retention and listing freshness run independently; either failing marks the run as failed. */
  async scheduled(controller, env, ctx) {
    const results = await Promise.allSettled([scheduled(controller, env, ctx), freshnessScheduled(controller, env)]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  },
} satisfies ExportedHandler<import('./env').Env>;
