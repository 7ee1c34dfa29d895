/**
 * Requests waiting for an answer, through the Worker's daily cron (worker/conversation/unanswered.ts):
 * team reminders at 3 and 7 days, the warning at 11 and the pause at 14, the seeker told at 14 with
 * similar listings, expiry after 60 days without activity; each once, however often the job runs.
 */
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { chunkForInsert } from '../../worker/db/chunk';
import { database } from '../../worker/db/client';
import { contactNotes, contactRequests, embeds, listings, messages, organizations, regionApprovals } from '../../worker/db/schema';
import { baseListing, setupWorld, type World } from '../admin/helpers';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The cron's time on the day the first request comes in. */
const t0 = Date.UTC(2026, 10, 1, 3, 17);
const SITE = 'https://town.example';

let w: World;

async function runCron(at: number) {
  const controller = createScheduledController({ scheduledTime: at, cron: '17 3 * * *' });
  const ctx = createExecutionContext();
  await worker.scheduled!(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}

type MailRow = { kind: string; to: string; locale: string; subject: string; text: string; cause_id: string };
const mailsOf = async (causePrefix: string) =>
  (await env.DB.prepare('SELECT kind, "to", locale, subject, text, cause_id FROM outbox WHERE cause_id LIKE ? ORDER BY kind, cause_id, "to"').bind(`${causePrefix}%`).all<MailRow>()).results;
const recipients = async (cause: string) => (await mailsOf(cause)).map((m) => m.to);
const listingStatus = async (id: string) => env.DB.prepare('SELECT status FROM listings WHERE id = ?').bind(id).first<string>('status');
const requestRow = async (id: string) =>
  env.DB.prepare('SELECT status, updated_at, json_extract(consent, \'$.expiredAt\') AS expired_at FROM contact_requests WHERE id = ?').bind(id).first<{ status: string; updated_at: number; expired_at: number | null }>();
const audits = async (action: string) =>
  (await env.DB.prepare('SELECT entity_id, created_at, detail FROM audit_log WHERE action = ? ORDER BY created_at, entity_id').bind(action).all<{ entity_id: string; created_at: number; detail: string }>()).results;
/** Everything the job may write: a second run on the same day must leave it as it is. */
const rows = async (q: string) => (await env.DB.prepare(q).all()).results;
const snapshot = async () => ({
  outbox: await rows('SELECT kind, "to", cause_id FROM outbox ORDER BY cause_id, kind, "to"'),
  audit: await rows('SELECT action, entity_id FROM audit_log ORDER BY action, entity_id'),
  requests: await rows('SELECT id, status, updated_at, consent FROM contact_requests ORDER BY id'),
  listings: await rows('SELECT id, status, updated_at FROM listings ORDER BY id'),
});
async function runTwice(at: number) {
  await runCron(at);
  const first = await snapshot();
  await runCron(at + HOUR);
  expect(await snapshot()).toEqual(first);
}

type NewRequest = typeof contactRequests.$inferInsert;
const request = (over: Partial<NewRequest> & Pick<NewRequest, 'id' | 'listingId' | 'organizationId' | 'createdAt'>): NewRequest => ({
  embedId: 'emb_town',
  name: `Erika ${over.id}`,
  email: `${over.id}@example.org`,
  message: 'Wir möchten Sie kennenlernen.',
  snapshot: { locale: 'de' },
  algorithmVersion: 'bt-match/1',
  score: 75,
  consent: { contactAt: over.createdAt },
  idempotencyKey: `idem-${over.id}`,
  updatedAt: over.createdAt,
  ...over,
});
const message = (contactRequestId: string, author: 'member' | 'seeker', createdAt: number, organizationId = 'org_a') => ({
  id: crypto.randomUUID(), contactRequestId, organizationId, author, authorName: author === 'member' ? 'Jonas' : 'Erika', body: 'Hallo', via: 'web' as const, createdAt,
});

/** Empties what the job reads and writes between tests; the world (organizations, members) stays. */
async function clearRequests() {
  await env.DB.batch(['DELETE FROM outbox', 'DELETE FROM audit_log', 'DELETE FROM messages', 'DELETE FROM contact_notes', 'DELETE FROM contact_requests'].map((q) => env.DB.prepare(q)));
  await env.DB.prepare("UPDATE listings SET status = 'published' WHERE id IN ('lst_quiet', 'lst_busy')").run();
}

beforeAll(async () => {
  w = await setupWorld();
  void w;
  const db = database(env.DB);
  // The editor reads English: each team member is mailed in their language.
  await env.DB.prepare("UPDATE users SET locale = 'en' WHERE email = 'editor@a.example'").run();
  await db.insert(organizations).values({ id: 'org_town', kind: 'municipality', name: 'Testgemeinde', slug: 'testgemeinde', regionDistrictKeys: ['14626'], createdAt: t0 });
  await db.insert(regionApprovals).values([
    { municipalityId: 'org_town', providerId: 'org_a', state: 'approved', createdAt: t0, decidedAt: t0 },
    { municipalityId: 'org_town', providerId: 'org_b', state: 'approved', createdAt: t0, decidedAt: t0 },
  ]);
  await db.insert(embeds).values({ id: 'emb_town', organizationId: 'org_town', name: 'Website', publishableKey: 'pk_test_unanswered', allowedOrigins: [SITE], scope: 'region', createdAt: t0 });
  await env.DB.prepare("UPDATE listings SET confirmed_at = ?, website = 'https://haus-b.example' WHERE id = 'lst_b'").bind(t0).run();
  const rows = [
    baseListing({ id: 'lst_quiet', organizationId: 'org_a', title: 'Stille Mühle', confirmedAt: t0 - 100 * DAY }),
    baseListing({ id: 'lst_busy', organizationId: 'org_a', title: 'Belebter Hof', confirmedAt: t0 - 100 * DAY }),
    // Similar to lst_quiet for its seeker: lst_b (above), b2 and b3; b4 is the fourth (only three are named).
    baseListing({ id: 'lst_b2', organizationId: 'org_b', title: 'Haus B2', confirmedAt: t0 - DAY }),
    baseListing({ id: 'lst_b3', organizationId: 'org_b', title: 'Haus B3', confirmedAt: t0 - 2 * DAY }),
    baseListing({ id: 'lst_b4', organizationId: 'org_b', title: 'Haus B4', confirmedAt: t0 - 3 * DAY }),
    // Not similar: another kind, another district, not published.
    baseListing({ id: 'lst_b_property', organizationId: 'org_b', kind: 'property', title: 'Alte Schule B', confirmedAt: t0 }),
    baseListing({ id: 'lst_b_far', organizationId: 'org_b', title: 'Fernes Haus', districtKey: '14612', postcode: '01067', place: 'Dresden', confirmedAt: t0 }),
    baseListing({ id: 'lst_b_draft', organizationId: 'org_b', status: 'draft', title: 'Entwurf B', confirmedAt: t0 }),
  ];
  for (const part of chunkForInsert(listings, rows)) await db.insert(listings).values(part);
});

describe('requests nobody answers (daily job)', () => {
  beforeEach(clearRequests);

  it('reminds at 3 and 7 days, warns at 11, pauses and tells the seeker at 14, expires after 60 days without activity — each once', async () => {
    const db = database(env.DB);
    const requests = [
      // Nobody answers: the listing pauses.
      request({ id: 'req_q', listingId: 'lst_quiet', organizationId: 'org_a', createdAt: t0, snapshot: { locale: 'en' } }),
      // Also unanswered, but the team answered an older request of this listing: no pause.
      request({ id: 'req_b1', listingId: 'lst_busy', organizationId: 'org_a', createdAt: t0 }),
      request({ id: 'req_b0', listingId: 'lst_busy', organizationId: 'org_a', status: 'in_conversation', createdAt: t0 - 20 * DAY, updatedAt: t0 - 19 * DAY }),
      // Expiry: new and silent for 75 days; in conversation and silent since t0-50d; kept alive by a note and by a seeker's message.
      request({ id: 'req_silent_new', listingId: 'lst_busy', organizationId: 'org_a', createdAt: t0 - 75 * DAY }),
      request({ id: 'req_silent_talk', listingId: 'lst_busy', organizationId: 'org_a', status: 'in_conversation', createdAt: t0 - 80 * DAY, updatedAt: t0 - 50 * DAY }),
      request({ id: 'req_noted', listingId: 'lst_busy', organizationId: 'org_a', status: 'in_conversation', createdAt: t0 - 70 * DAY, updatedAt: t0 - 69 * DAY }),
      request({ id: 'req_talking', listingId: 'lst_busy', organizationId: 'org_a', status: 'in_conversation', createdAt: t0 - 70 * DAY, updatedAt: t0 - 69 * DAY }),
    ];
    for (const part of chunkForInsert(contactRequests, requests)) await db.insert(contactRequests).values(part);
    await db.insert(messages).values([
      message('req_b0', 'member', t0 - 19 * DAY),
      message('req_silent_talk', 'member', t0 - 79 * DAY),
      message('req_noted', 'member', t0 - 69 * DAY),
      message('req_talking', 'member', t0 - 69 * DAY),
      message('req_talking', 'seeker', t0 - 10 * DAY),
    ]);
    await db.insert(contactNotes).values({ id: 'note_1', organizationId: 'org_a', contactRequestId: 'req_noted', authorName: 'Jonas', text: 'Ruft zurück.', createdAt: t0 - 5 * DAY });

    // Day 2: nothing to remind yet; the request silent for 75 days expires (and its seeker is not told).
    await runTwice(t0 + 2 * DAY);
    expect(await mailsOf('req_')).toEqual([]);
    expect(await requestRow('req_silent_new')).toEqual({ status: 'expired', updated_at: t0 + 2 * DAY, expired_at: t0 + 2 * DAY });
    expect((await audits('contact_request.expired')).map((a) => [a.entity_id, JSON.parse(a.detail)])).toEqual([
      ['req_silent_new', { from: 'new', to: 'expired', inactiveDays: 60 }],
    ]);

    // Day 3: owners and editors (not the viewer), each in their language; once.
    await runTwice(t0 + 3 * DAY);
    const day3 = await mailsOf('req_q:3d');
    expect(day3.map((m) => [m.kind, m.to, m.locale])).toEqual([
      ['responsiveness.reminder', 'editor@a.example', 'en'],
      ['responsiveness.reminder', 'owner@a.example', 'de'],
    ]);
    expect(day3[0]!.subject).toBe('No answer for 3 days: Erika req_q about "Stille Mühle"');
    expect(day3[1]!.subject).toBe('Seit 3 Tagen ohne Antwort: Erika req_q zu „Stille Mühle“');
    expect(day3[1]!.text).toContain('/admin/inbox/req_q');
    expect(await recipients('req_b1:3d')).toEqual(['editor@a.example', 'owner@a.example']);
    expect(await mailsOf('req_q:7d')).toEqual([]);

    // Day 7: the second reminder; the request in conversation since t0-50d is still within 60 days.
    await runTwice(t0 + 7 * DAY);
    expect(await recipients('req_q:7d')).toEqual(['editor@a.example', 'owner@a.example']);
    expect((await mailsOf('req_q:7d'))[1]!.subject).toBe('Seit 7 Tagen ohne Antwort: Erika req_q zu „Stille Mühle“');
    expect(await recipients('req_q:3d')).toHaveLength(2);
    expect((await requestRow('req_silent_talk'))?.status).toBe('in_conversation');

    // Day 11: the warning for the listing nobody answers at all, not for the busy one; the silent conversation expires.
    await runTwice(t0 + 11 * DAY);
    const warning = await mailsOf('lst_quiet:');
    expect(warning.map((m) => [m.kind, m.to, m.cause_id])).toEqual([
      ['responsiveness.warning', 'editor@a.example', `lst_quiet:${t0 - 100 * DAY}:req_q`],
      ['responsiveness.warning', 'owner@a.example', `lst_quiet:${t0 - 100 * DAY}:req_q`],
    ]);
    expect(warning[1]!.subject).toBe('„Stille Mühle“ pausiert in 3 Tagen: Anfragen ohne Antwort');
    expect(warning[0]!.text).toContain('/admin/inbox?status=new&listing=lst_quiet');
    expect(await mailsOf('lst_busy:')).toEqual([]);
    expect(await listingStatus('lst_quiet')).toBe('published');
    expect((await audits('listing.unanswered_warning')).map((a) => a.entity_id)).toEqual(['lst_quiet']);
    expect((await requestRow('req_silent_talk'))?.status).toBe('expired');
    // Kept open by a team note and by the seeker's message.
    expect((await requestRow('req_noted'))?.status).toBe('in_conversation');
    expect((await requestRow('req_talking'))?.status).toBe('in_conversation');

    // Day 14: the listing pauses itself; the seekers are told, in their language, with similar listings.
    await runTwice(t0 + 14 * DAY);
    expect(await listingStatus('lst_quiet')).toBe('paused');
    expect(await listingStatus('lst_busy')).toBe('published');
    const paused = await audits('listing.auto_paused_unanswered');
    expect(paused.map((a) => [a.entity_id, a.created_at])).toEqual([['lst_quiet', t0 + 14 * DAY]]);
    expect((await mailsOf('lst_quiet:')).filter((m) => m.kind === 'responsiveness.paused').map((m) => m.to)).toEqual(['editor@a.example', 'owner@a.example']);

    const [told] = await mailsOf('req_q:14d');
    expect(told).toMatchObject({ kind: 'responsiveness.seeker-unanswered', to: 'req_q@example.org', locale: 'en', subject: 'No answer yet about "Stille Mühle"' });
    expect(told!.text).toContain('Genossenschaft A has not answered your request about "Stille Mühle" for 14 days.');
    // Same kind and district, visible through the seeker's embed, another organization, the freshest three.
    const page = (id: string, slug: string) => `http://localhost:8787/listings/${id}/${slug}?lang=en`;
    expect(told!.text).toContain(`- Haus B, Zittau: ${page('lst_b', 'haus-b')}\n- Haus B2, Zittau: ${page('lst_b2', 'haus-b2')}\n- Haus B3, Zittau: ${page('lst_b3', 'haus-b3')}\n`);
    for (const other of ['Haus B4', 'Alte Schule B', 'Fernes Haus', 'Entwurf B', 'Belebter Hof']) expect(told!.text).not.toContain(other);
    expect(told!.text).toContain(`You find them in the search on ${SITE}`);
    expect((await mailsOf('req_b1:14d')).map((m) => [m.to, m.locale, m.subject])).toEqual([['req_b1@example.org', 'de', 'Noch keine Antwort zu „Belebter Hof“']]);
    // No team reminder after 7 days, and the expired request was never told.
    expect(await mailsOf('req_q:14d')).toHaveLength(1);
    expect(await mailsOf('req_silent_new')).toEqual([]);

    // The next days: nothing more.
    const before = await snapshot();
    await runCron(t0 + 15 * DAY);
    await runCron(t0 + 20 * DAY);
    expect((await snapshot()).outbox).toEqual(before.outbox);
  });

  it('warns first: a request found already 20 days old is warned of, and the listing pauses 3 days later', async () => {
    await database(env.DB).insert(contactRequests).values(request({ id: 'req_late', listingId: 'lst_quiet', organizationId: 'org_a', createdAt: t0 - 20 * DAY }));
    await runTwice(t0);
    expect((await mailsOf('lst_quiet:')).map((m) => m.kind)).toEqual(['responsiveness.warning', 'responsiveness.warning']);
    // The warning names the day it pauses: three days after the warning.
    expect((await mailsOf('lst_quiet:'))[1]!.text).toContain('Antworten Sie bis 04.11.2026');
    await runTwice(t0 + 2 * DAY);
    expect(await listingStatus('lst_quiet')).toBe('published');
    await runTwice(t0 + 3 * DAY);
    expect(await listingStatus('lst_quiet')).toBe('paused');

    // Published again: a new cycle, 11 days to the next warning.
    const republished = t0 + 4 * DAY;
    await env.DB.prepare("UPDATE listings SET status = 'published', confirmed_at = ? WHERE id = 'lst_quiet'").bind(republished).run();
    await runTwice(republished + 10 * DAY);
    expect(await listingStatus('lst_quiet')).toBe('published');
    expect((await audits('listing.unanswered_warning')).map((a) => a.created_at)).toEqual([t0]);
    await runTwice(republished + 11 * DAY);
    expect((await audits('listing.unanswered_warning')).map((a) => a.created_at)).toEqual([t0, republished + 11 * DAY]);
    expect(await recipients(`lst_quiet:${republished}:req_late`)).toEqual(['editor@a.example', 'owner@a.example']);
  });

  it('stops reminding once the team answers in the inbox', async () => {
    // Real time here: the inbox stamps its reply with the clock.
    const now = Date.now();
    await database(env.DB).insert(contactRequests).values(request({ id: 'req_inbox', listingId: 'lst_quiet', organizationId: 'org_a', createdAt: now - 4 * DAY }));
    await runTwice(now);
    expect(await recipients('req_inbox:3d')).toEqual(['editor@a.example', 'owner@a.example']);

    expect((await w.editorA.post('/admin/inbox/req_inbox/reply', { reply: 'Gern, kommen Sie vorbei.' })).status).toBe(303);
    for (const days of [4, 11, 14]) await runTwice(now + days * DAY);
    expect(await mailsOf('req_inbox:7d')).toEqual([]);
    expect(await mailsOf('req_inbox:14d')).toEqual([]);
    expect(await mailsOf('lst_quiet:')).toEqual([]);
    expect(await listingStatus('lst_quiet')).toBe('published');
  });
});
