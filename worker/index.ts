/** Worker entry: the HTTP app, replies by email, the mail queue and the scheduled jobs (outbox, retention, freshness, unanswered requests, weekly digest). */
import { createApp } from './app';
import { summaryScheduled } from './conversation/summary';
import { savedSearchAlertsScheduled } from './saved-searches/alerts';
import { groupsScheduled } from './groups/expiry';
import { unansweredScheduled } from './conversation/unanswered';
import { freshnessScheduled } from './listings/freshness';
import { scheduled } from './retention/scheduled';
import { DIGEST_CRON, digestScheduled } from './digest/run';
import { fileInboundMail } from './conversation/inbound';
import { mailQueue, OUTBOX_CRON, requeueStuck } from './outbox/delivery';

const app = createApp();

export default {
  fetch: app.fetch,
  /**
   * The weekly cron sends the digest; the daily one runs retention, listing freshness and the
   * reminders, pauses and expiry of unanswered requests, the members' daily summaries, the saved-search alerts and the groups' pool reminders and expiry independently (any failing marks the run
   * as failed).
   */
  async scheduled(controller, env, ctx) {
    if (controller.cron === OUTBOX_CRON) return void (await requeueStuck(env));
    if (controller.cron === DIGEST_CRON) return digestScheduled(controller, env);
    const results = await Promise.allSettled([scheduled(controller, env, ctx), freshnessScheduled(controller, env), unansweredScheduled(controller, env), summaryScheduled(controller, env), savedSearchAlertsScheduled(controller, env), groupsScheduled(controller, env)]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  },
  /** Replies by email to a conversation's reply address (worker/conversation/inbound.ts). */
  async email(message, env) {
    await fileInboundMail(message, env);
  },
  /** The mail queue and its dead-letter queue (worker/outbox/delivery.ts). */
  queue: mailQueue,
} satisfies ExportedHandler<import('./env').Env, import('./outbox/outbox').MailJob>;
