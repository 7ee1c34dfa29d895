/**
 * The outbox's delivery: exactly once through failures of the mail API, a redelivered queue
 * message, a consumer that died mid-send and the dead-letter queue; stuck mail re-enqueued.
 */
import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../worker/db/client';
import type { Env } from '../../worker/env';
import { DEAD_LETTER_QUEUE, deliver, LEASE_MS, mailQueue, requeueStuck } from '../../worker/outbox/delivery';
import { outboxInsert, type MailJob } from '../../worker/outbox/outbox';
import { resetDatabase } from './fixtures';

const e = env as unknown as Env;
/** A mail API on a port nobody listens on: every send fails with a network error. */
const apiDown = { ...e, MAIL_API_URL: 'http://127.0.0.1:9/emails', MAIL_API_TOKEN: 'test-token', MAIL_FROM: 'bt <noreply@bt.example>' } as Env;

beforeEach(resetDatabase);

async function queued(to = 'erika@example.org', causeId = 'c1'): Promise<string> {
  const db = database(env.DB);
  const mail = outboxInsert(db, { kind: 'test.mail', locale: 'de', to, subject: 'Hallo', text: 'Text' }, { table: 'test', id: causeId }, Date.now());
  await db.batch([mail.query]);
  return mail.id;
}

const row = (id: string) => env.DB.prepare('SELECT state, attempts, last_error, sent_at FROM outbox WHERE id = ?').bind(id).first<{ state: string; attempts: number; last_error: string | null; sent_at: number | null }>();
const mails = (to: string) => env.DB.prepare('SELECT COUNT(*) AS n FROM dev_mail WHERE "to" = ?').bind(to).first<number>('n');

describe('the outbox', () => {
  it('writes a cause once: the same cause, kind and recipient again inserts nothing', async () => {
    await queued();
    await queued();
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM outbox').first('n')).toBe(1);
  });

  it('retries while the mail API fails and then sends exactly once', async () => {
    const id = await queued();
    const failed = await deliver(apiDown, id);
    expect(failed.outcome).toBe('retry');
    expect(await row(id)).toMatchObject({ state: 'pending', attempts: 1 });
    expect((await row(id))!.last_error).toBeTruthy();
    expect(await mails('erika@example.org')).toBe(0);

    expect((await deliver(e, id)).outcome).toBe('sent');
    // A redelivered queue message or a second consumer finds nothing to send.
    expect((await deliver(e, id)).outcome).toBe('skipped');
    expect(await row(id)).toMatchObject({ state: 'sent', attempts: 2, last_error: null });
    expect(await mails('erika@example.org')).toBe(1);
  });

  it('acknowledges what it sent and retries with backoff what failed, through the queue handler', async () => {
    const ok = await queued('a@example.org', 'c1');
    const down = await queued('b@example.org', 'c2');
    const batch = createMessageBatch<MailJob>('bring-together-mail', [
      { id: 'm1', timestamp: new Date(), attempts: 1, body: { outboxId: ok } },
      { id: 'm2', timestamp: new Date(), attempts: 1, body: { outboxId: ok } },
    ]);
    const ctx = createExecutionContext();
    await mailQueue(batch, e);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks.sort()).toEqual(['m1', 'm2']);
    expect(await mails('a@example.org')).toBe(1);

    const failing = createMessageBatch<MailJob>('bring-together-mail', [{ id: 'm3', timestamp: new Date(), attempts: 3, body: { outboxId: down } }]);
    const ctx2 = createExecutionContext();
    await mailQueue(failing, apiDown);
    const r2 = await getQueueResult(failing, ctx2);
    expect(r2.retryMessages.map((m) => m.msgId)).toEqual(['m3']);
    expect(await row(down)).toMatchObject({ state: 'pending', attempts: 1 });
    // Its next attempt waits for the first backoff step (30 s).
    const { next_at, created_at } = (await env.DB.prepare('SELECT next_at, created_at FROM outbox WHERE id = ?').bind(down).first<{ next_at: number; created_at: number }>())!;
    expect(next_at - created_at).toBeGreaterThanOrEqual(30_000);
  });

  it('marks what the dead-letter queue receives as failed, for the operator', async () => {
    const id = await queued();
    const batch = createMessageBatch<MailJob>(DEAD_LETTER_QUEUE, [{ id: 'd1', timestamp: new Date(), attempts: 1, body: { outboxId: id } }]);
    await mailQueue(batch, e);
    expect((await row(id))!.state).toBe('failed');
    // A failed mail is not picked up again by the cron, and is deleted after 90 days.
    expect(await requeueStuck(e, Date.now() + 3600_000)).toBe(0);
    expect((await row(id))!.state).toBe('failed');
    await requeueStuck(e, Date.now() + 91 * 24 * 3600_000);
    expect(await row(id)).toBeNull();
  });

  it('re-enqueues mail the queue never got and mail a dead consumer left, and sends each once', async () => {
    const lost = await queued('a@example.org', 'c1');
    const stuck = await queued('b@example.org', 'c2');
    const now = Date.now();
    await env.DB.prepare("UPDATE outbox SET state = 'sending', claimed_at = ? WHERE id = ?").bind(now - LEASE_MS - 1000, stuck).run();
    // Fresh pending mail is left to the queue for a while.
    expect(await requeueStuck(e, now)).toBe(1);
    expect(await requeueStuck(e, now + 5 * 60_000)).toBe(2);
    for (const id of [lost, stuck]) await deliver(e, id, now + 6 * 60_000);
    expect([await mails('a@example.org'), await mails('b@example.org')]).toEqual([1, 1]);
  });
});
