/**
 * Mail to the project when a seeker withdraws a request (or erases it), so the provider is never
 * left waiting. `withdrawRequest` and `eraseSeeker` (./store.ts) write the mail into the outbox in
 * the batch of the change; this hands it to the mail queue, which delivers and retries it.
 */
import { database } from '../db/client';
import type { Env } from '../env';
import { enqueue, mailsOf } from '../outbox/outbox';
import { WITHDRAWN_MAIL_KIND, withdrawalCause, type ProjectContact, type SeekerRequest } from './store';

export async function notifyWithdrawal(env: Env, request: SeekerRequest, contact: ProjectContact, requestId: string): Promise<void> {
  if (!contact.email) return; // the provider still sees the status in the admin inbox
  try {
    const rows = await mailsOf(database(env.DB), withdrawalCause(request.id));
    await enqueue(env, rows.filter((r) => r.kind === WITHDRAWN_MAIL_KIND && r.state === 'pending').map((r) => r.id));
  } catch (err) {
    // The mail is written either way; the cron hands what the queue did not get to it.
    console.error(JSON.stringify({ requestId, outboxError: String(err) }));
  }
}
