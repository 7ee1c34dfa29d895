/**
 * Faults at each step of a message and its mail: D1 failing in the batch that stores the message
 * and its mail, the mail API failing, and D1 failing after the mail went out but before it was
 * marked sent. Afterwards every message is stored once and mailed once.
 */
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadConversation, postMessage } from '../../worker/conversation/thread';
import { database } from '../../worker/db/client';
import type { Env } from '../../worker/env';
import { deliver, LEASE_MS } from '../../worker/outbox/delivery';
import { setupWorld } from '../admin/helpers';
import { failingD1 } from '../support/failing-d1';
import { deliverOutbox } from '../support/outbox';

const e = env as unknown as Env;

const count = async (sql: string) => (await env.DB.prepare(sql).first<{ n: number }>())!.n;

beforeEach(async () => {
  await setupWorld();
});

describe('faults around a message and its mail', () => {
  it('D1 failing in the batch: nothing stored, nothing mailed; the retry stores and mails once', async () => {
    const conversation = (await loadConversation(database(env.DB), 'req_a'))!;
    const message = { id: 'web-req_a-0f8fad5b-d9cb-469f-a165-70867728950e', author: 'member' as const, authorName: 'Editor A', body: 'Samstag?', via: 'web' as const };
    const broken = { ...e, DB: failingD1(/insert into "messages"/i) } as Env;
    await expect(postMessage(database(broken.DB), broken, conversation, message, { origin: 'https://bt.test' })).rejects.toThrow(/injected/);
    expect([await count('SELECT COUNT(*) AS n FROM messages'), await count('SELECT COUNT(*) AS n FROM outbox')]).toEqual([0, 0]);

    // The form sent again (same id) after the failure, and once more after it worked.
    for (let i = 0; i < 2; i++) await postMessage(database(env.DB), e, conversation, message, { origin: 'https://bt.test' });
    await deliverOutbox();
    expect(await count("SELECT COUNT(*) AS n FROM messages WHERE body = 'Samstag?'")).toBe(1);
    expect(await count("SELECT COUNT(*) AS n FROM dev_mail WHERE \"to\" = 'req_a@example.org' AND text LIKE '%Samstag?%'")).toBe(1);
  });

  it('D1 failing after the mail went out: the claim expires, the mail goes again under its id and lands once', async () => {
    const conversation = (await loadConversation(database(env.DB), 'req_a'))!;
    await postMessage(database(env.DB), e, conversation, { author: 'seeker', authorName: 'Erika', body: 'Wir kommen.', via: 'web' }, { origin: 'https://bt.test' });
    const ids = (await env.DB.prepare("SELECT id FROM outbox WHERE kind = 'message.to-team'").all<{ id: string }>()).results.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(1); // the team members told at once
    const now = Date.now();
    const marksSent = { ...e, DB: failingD1(/SET state = 'sent'/, ids.length) } as Env;
    for (const id of ids) await expect(deliver(marksSent, id, now)).rejects.toThrow(/injected/);
    // Sent, but not recorded: still claimed. Within the lease nobody sends again …
    for (const id of ids) expect((await deliver(e, id, now + 1000)).outcome).toBe('skipped');
    // … after it, the mail goes again under the same id, which the mail API (here the dev mailbox) drops.
    for (const id of ids) expect((await deliver(e, id, now + LEASE_MS + 1000)).outcome).toBe('sent');
    expect(await count("SELECT COUNT(*) AS n FROM dev_mail WHERE text LIKE '%Wir kommen.%'")).toBe(ids.length);
    expect(await count("SELECT COUNT(DISTINCT \"to\") AS n FROM dev_mail WHERE text LIKE '%Wir kommen.%'")).toBe(ids.length);
    expect(await count("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'message.to-team' AND state = 'sent'")).toBe(ids.length);
  });
});
