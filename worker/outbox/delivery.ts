/**
 * The read side of the outbox: the mail queue's consumer delivers each row exactly once, a cron
 * re-enqueues what is stuck, and the dead-letter queue's consumer marks what failed for good, for
 * the operator to see (worker/admin/operator).
 *
 * Exactly once: a consumer first claims the row (`pending` → `sending`, one UPDATE, so two
 * deliveries of one queue message cannot both send), then sends with the row id as the mail API's
 * idempotency key, then marks it `sent`. If the Worker dies between sending and marking, the claim
 * expires after the lease and the row is sent again under the same key, which the API drops.
 */
import type { Env } from '../env';
import { mailerFor } from '../mail/mailer';
import { MailDeliveryError } from '../mail/transport';
import type { MailJob } from './outbox';
import { enqueue } from './outbox';

/** A claim older than this counts as a consumer that died mid-delivery. */
export const LEASE_MS = 5 * 60_000;
/** Pending this long after its time and still not delivered: the queue never got it. */
const STUCK_AFTER_MS = 2 * 60_000;
/** Sent mail is kept this long (for the operator's view), then deleted: it holds addresses and text. */
export const SENT_RETENTION_MS = 30 * 24 * 3600_000;
/** Failed mail is kept this long for the operators (/admin/operator/outbox), then deleted. */
export const FAILED_RETENTION_MS = 90 * 24 * 3600_000;
export const DEAD_LETTER_QUEUE = 'bring-together-mail-dead';
/** Every 10 minutes (wrangler.toml): mail the queue never got is handed to it again. */
export const OUTBOX_CRON = '*/10 * * * *';

interface ClaimedRow {
  id: string;
  to: string;
  subject: string;
  text: string;
  reply_to: string | null;
  headers: string | null;
  attempts: number;
}

export type Delivery = { outcome: 'sent' } | { outcome: 'skipped' } | { outcome: 'failed'; error: string } | { outcome: 'retry'; delaySeconds: number; error: string };

/** Backoff of the queue's retries: 30 s, 1, 2, 4, 8 min … at most an hour. */
export const backoffSeconds = (attempts: number): number => Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));

/**
 * Delivers one outbox row if no one else is delivering it and it was not sent yet.
 * @example
 * const d = await deliver(env, outboxId); // { outcome: 'sent' }
 */
export async function deliver(env: Env, id: string, now = Date.now()): Promise<Delivery> {
  const row = await env.DB.prepare(
    `UPDATE outbox SET state = 'sending', claimed_at = ?1, attempts = attempts + 1
     WHERE id = ?2 AND (state = 'pending' OR (state = 'sending' AND claimed_at < ?3))
     RETURNING id, "to", subject, text, reply_to, headers, attempts`,
  )
    .bind(now, id, now - LEASE_MS)
    .first<ClaimedRow>();
  if (!row) return { outcome: 'skipped' };
  try {
    // The queue retries with backoff; one quick retry inside the send is enough.
    await mailerFor(env, { retries: 1 }).send({
      id: row.id,
      to: row.to,
      subject: row.subject,
      text: row.text,
      ...(row.reply_to ? { replyTo: row.reply_to } : {}),
      ...(row.headers ? { headers: JSON.parse(row.headers) as Record<string, string> } : {}),
    });
  } catch (err) {
    const error = String(err).slice(0, 500);
    const final = err instanceof MailDeliveryError && !err.retryable;
    const delaySeconds = backoffSeconds(row.attempts);
    await env.DB.prepare(`UPDATE outbox SET state = ?1, next_at = ?2, claimed_at = NULL, last_error = ?3 WHERE id = ?4 AND state = 'sending'`)
      .bind(final ? 'failed' : 'pending', now + delaySeconds * 1000, error, id)
      .run();
    return final ? { outcome: 'failed', error } : { outcome: 'retry', delaySeconds, error };
  }
  await env.DB.prepare(`UPDATE outbox SET state = 'sent', sent_at = ?1, claimed_at = NULL, last_error = NULL WHERE id = ?2`).bind(now, id).run();
  return { outcome: 'sent' };
}

/**
 * The queue handler: the mail queue delivers, its dead-letter queue marks what ran out of retries.
 * @example
 * export default { queue: (batch, env) => mailQueue(batch, env) };
 */
export async function mailQueue(batch: MessageBatch<MailJob>, env: Env): Promise<void> {
  if (batch.queue === DEAD_LETTER_QUEUE) {
    for (const m of batch.messages) {
      await env.DB.prepare(`UPDATE outbox SET state = 'failed', claimed_at = NULL WHERE id = ?1 AND state != 'sent'`).bind(m.body.outboxId).run();
      m.ack();
    }
    return;
  }
  for (const m of batch.messages) {
    const d = await deliver(env, m.body.outboxId).catch((err: unknown): Delivery => ({ outcome: 'retry', delaySeconds: backoffSeconds(m.attempts), error: String(err) }));
    if (d.outcome === 'retry') {
      console.error(JSON.stringify({ outboxId: m.body.outboxId, attempt: m.attempts, mailError: d.error }));
      m.retry({ delaySeconds: d.delaySeconds });
    } else m.ack();
  }
}

/**
 * The cron's part: re-enqueues mail the queue never got or a consumer left mid-delivery, and
 * deletes sent mail past its retention. Returns how many rows it re-enqueued.
 */
export async function requeueStuck(env: Env, now = Date.now()): Promise<number> {
  const { results } = await env.DB.prepare(
    `SELECT id FROM outbox WHERE (state = 'pending' AND next_at <= ?1) OR (state = 'sending' AND claimed_at < ?2) ORDER BY next_at LIMIT 500`,
  )
    .bind(now - STUCK_AFTER_MS, now - LEASE_MS)
    .all<{ id: string }>();
  await enqueue(env, results.map((r) => r.id));
  await env.DB.batch([
    env.DB.prepare(`DELETE FROM outbox WHERE state = 'sent' AND sent_at < ?1`).bind(now - SENT_RETENTION_MS),
    // Failed mail stays for the operators to see and send again, then goes too.
    env.DB.prepare(`DELETE FROM outbox WHERE state = 'failed' AND created_at < ?1`).bind(now - FAILED_RETENTION_MS),
  ]);
  return results.length;
}
