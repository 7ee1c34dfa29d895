/** Listing freshness through the Worker's scheduled handler: reminder at 180 days, pause at 210. */
import { deliverOutbox } from '../support/outbox';
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { chunkForInsert } from '../../worker/db/chunk';
import { database } from '../../worker/db/client';
import { listings } from '../../worker/db/schema';
import { baseListing, setupWorld, type World } from '../admin/helpers';

const DAY = 86_400_000;
let w: World;
const now = Date.UTC(2026, 10, 25, 3, 17);

beforeAll(async () => {
  w = await setupWorld();
  const rows = [
    baseListing({ id: 'lst_fresh', organizationId: 'org_a', title: 'Frisch', confirmedAt: now - 10 * DAY }),
    baseListing({ id: 'lst_181', organizationId: 'org_a', title: 'Bald fällig', confirmedAt: now - 181 * DAY }),
    baseListing({ id: 'lst_211', organizationId: 'org_a', title: 'Zu alt', confirmedAt: now - 211 * DAY }),
    baseListing({ id: 'lst_draft_old', organizationId: 'org_a', status: 'draft', title: 'Alter Entwurf', confirmedAt: now - 400 * DAY }),
  ];
  for (const part of chunkForInsert(listings, rows)) await database(env.DB).insert(listings).values(part);
});

async function runCron(at: number) {
  const controller = createScheduledController({ scheduledTime: at, cron: '17 3 * * *' });
  const ctx = createExecutionContext();
  await worker.scheduled!(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}
const row = (id: string) => env.DB.prepare('SELECT status, reminder_sent_at FROM listings WHERE id = ?').bind(id).first<{ status: string; reminder_sent_at: number | null }>();
const mails = async (subjectPart: string) => {
  await deliverOutbox();
  return (await env.DB.prepare('SELECT "to" FROM dev_mail WHERE subject LIKE ?').bind(`%${subjectPart}%`).all<{ to: string }>()).results.map((r) => r.to).sort();
};

describe('freshness (scheduled)', () => {
  it('reminds owners and editors once at 180 days and pauses at 210 days', async () => {
    await runCron(now);
    expect(await row('lst_fresh')).toEqual({ status: 'published', reminder_sent_at: null });
    expect(await row('lst_181')).toEqual({ status: 'published', reminder_sent_at: now });
    expect((await row('lst_211'))?.status).toBe('paused');
    expect((await row('lst_draft_old'))?.status).toBe('draft');
    expect(await mails('Bald fällig')).toEqual(['editor@a.example', 'owner@a.example']);
    expect(await mails('Zu alt')).toEqual(['editor@a.example', 'owner@a.example']);
    const audit = await env.DB.prepare("SELECT action, entity_id FROM audit_log WHERE actor_id IS NULL ORDER BY action").all();
    expect(audit.results).toEqual([
      { action: 'listing.auto_paused', entity_id: 'lst_211' },
      { action: 'listing.reminded', entity_id: 'lst_181' },
    ]);

    // Twice on the same day: one reminder and one pause notice each.
    await runCron(now + 3_600_000);
    expect(await mails('Bald fällig')).toEqual(['editor@a.example', 'owner@a.example']);
    expect(await mails('Zu alt')).toEqual(['editor@a.example', 'owner@a.example']);
    // Even with the record of the reminder lost, the cycle (listing and confirmed_at) is mailed once.
    await env.DB.prepare("UPDATE listings SET reminder_sent_at = NULL WHERE id = 'lst_181'").run();
    await runCron(now + 2 * 3_600_000);
    expect(await mails('Bald fällig')).toHaveLength(2);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM outbox WHERE kind = 'freshness.reminder' AND cause_id = ?").bind(`lst_181:${now - 181 * DAY}`).first('n')).toBe(2);

    // The next day: no second reminder.
    await runCron(now + DAY);
    expect(await mails('Bald fällig')).toHaveLength(2);
  });

  it('confirming in the admin resets the clock and the reminder', async () => {
    const res = await w.editorA.post('/admin/listings/lst_181/status', { action: 'confirm' });
    expect(res.status).toBe(303);
    const r = await env.DB.prepare("SELECT confirmed_at, reminder_sent_at FROM listings WHERE id = 'lst_181'").first<{ confirmed_at: number; reminder_sent_at: number | null }>();
    expect(r?.reminder_sent_at).toBeNull();
    expect(Date.now() - r!.confirmed_at).toBeLessThan(60_000);
  });
});
