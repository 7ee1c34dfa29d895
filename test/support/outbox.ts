/**
 * Inside workerd: delivers what the outbox holds as the mail queue's consumer does (the same
 * `deliver`), and waits for any row a consumer is delivering, so a test reads the mail afterwards.
 * @example
 * await deliverOutbox();
 * const mail = await latestMail('erika@example.org');
 */
import { env } from 'cloudflare:test';
import type { Env } from '../../worker/env';
import { deliver } from '../../worker/outbox/delivery';

export async function deliverOutbox(): Promise<void> {
  for (let round = 0; round < 200; round++) {
    const { results } = await env.DB.prepare("SELECT id, state FROM outbox WHERE state IN ('pending', 'sending')").all<{ id: string; state: string }>();
    if (!results.length) return;
    for (const row of results) if (row.state === 'pending') await deliver(env as unknown as Env, row.id);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the outbox still holds undelivered mail');
}
