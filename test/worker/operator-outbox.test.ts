/** The operators' view of undelivered mail, and sending a failed one again (once, audited). */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { database } from '../../worker/db/client';
import { outboxInsert } from '../../worker/outbox/outbox';
import { resetAll, signIn, type Client } from '../admin/helpers';
import { deliverOutbox } from '../support/outbox';

let operator: Client;
let member: Client;

beforeAll(async () => {
  await resetAll();
  operator = await signIn('betrieb@bring-together.example');
  member = await signIn('vorstand@coop.example');
  const db = database(env.DB);
  const mail = (to: string, id: string) => outboxInsert(db, { kind: 'test.mail', locale: 'de', to, subject: `Betreff ${id}`, text: 'Text' }, { table: 'test', id }, Date.now());
  const failed = mail('kaputt@example.org', 'f');
  const fine = mail('gut@example.org', 'g');
  await db.batch([failed.query, fine.query]);
  await env.DB.prepare("UPDATE outbox SET state = 'failed', attempts = 7, last_error = 'mail API answered 422' WHERE id = ?").bind(failed.id).run();
  await deliverOutbox();
});

describe('undelivered mail for the operator', () => {
  it('lists failed mail with its error and hides delivered mail; other members get 404', async () => {
    const page = await (await operator.get('/admin/operator/outbox')).text();
    expect(page).toContain('kaputt@example.org');
    expect(page).toContain('mail API answered 422');
    expect(page).not.toContain('gut@example.org');
    expect((await member.get('/admin/operator/outbox')).status).toBe(404);
  });

  it('sends a failed mail again once, and says so in the operator log', async () => {
    const { id } = (await env.DB.prepare("SELECT id FROM outbox WHERE \"to\" = 'kaputt@example.org'").first<{ id: string }>())!;
    expect((await member.post(`/admin/operator/outbox/${id}/resend`, {}, { from: '/admin/welcome' })).status).toBe(404);
    const res = await operator.post(`/admin/operator/outbox/${id}/resend`, {}, { from: '/admin/operator/outbox' });
    expect(res.status).toBe(303);
    // A second click finds nothing failed any more.
    expect((await operator.post(`/admin/operator/outbox/${id}/resend`, {}, { from: '/admin/operator/outbox' })).status).toBe(404);
    await deliverOutbox();
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM dev_mail WHERE \"to\" = 'kaputt@example.org'").first('n')).toBe(1);
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'operator.mail_resent' AND entity_id = ?").bind(id).first('n')).toBe(1);
    expect(await (await operator.get('/admin/operator/outbox')).text()).not.toContain('kaputt@example.org');
  });
});
