/**
 * The conversation: the team answers in the inbox, the seeker reads and answers on the manage page
 * or by email, each side is told by mail (through the outbox), and the thread is in the export and
 * goes with an erase.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileInboundMail, type InboundMail } from '../../worker/conversation/inbound';
import { runDailySummaries } from '../../worker/conversation/summary';
import { database } from '../../worker/db/client';
import type { Env } from '../../worker/env';
import { csrfFor } from '../../worker/manage/routes';
import { latestMail, setupWorld, type World } from '../admin/helpers';
import { deliverOutbox } from '../support/outbox';

let w: World;
const REPLY_DOMAIN = env.MAIL_REPLY_DOMAIN as string;

beforeEach(async () => {
  w = await setupWorld();
  await env.DB.prepare("UPDATE contact_requests SET reply_token = 'abcdefghijklmnopqrstuvwxyz234567' WHERE id = 'req_a'").run();
});

const manageToken = (text: string) => text.match(/\/manage\/([\w-]{43})/)![1]!;

function inbound(from: string, raw: string, to = `reply+abcdefghijklmnopqrstuvwxyz234567@${REPLY_DOMAIN}`): InboundMail & { rejected?: string } {
  const mail: InboundMail & { rejected?: string } = {
    from,
    to,
    raw: new Response(raw.replace(/\n/g, '\r\n')).body!,
    setReject(reason) {
      mail.rejected = reason;
    },
  };
  return mail;
}

const rfc822 = (from: string, body: string, extra = '') =>
  `From: ${from}\nTo: reply+abcdefghijklmnopqrstuvwxyz234567@${REPLY_DOMAIN}\nSubject: Re: Haus\nMessage-ID: <${crypto.randomUUID()}@mail.example>\nDate: Tue, 1 Dec 2026 10:00:00 +0000\n${extra}Content-Type: text/plain; charset=utf-8\n\n${body}\n`;

async function seekerAnswers(token: string, body: string, messageId?: string): Promise<Response> {
  return SELF.fetch(`https://bt.test/manage/${token}/message`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', 'cf-connecting-ip': '192.0.2.9' },
    body: new URLSearchParams({ csrf: await csrfFor(token), lang: 'de', requestId: 'req_a', body, ...(messageId ? { messageId } : {}) }),
    redirect: 'manual',
  });
}

describe('the conversation', () => {
  it('goes back and forth between inbox and manage page, each side told by mail with a reply address', async () => {
    expect((await w.editorA.post('/admin/inbox/req_a/reply', { reply: 'Kommen Sie gern am Samstag.' })).status).toBe(303);
    const toSeeker = await latestMail('req_a@example.org');
    expect(toSeeker.text).toContain('Kommen Sie gern am Samstag.');
    const row = await env.DB.prepare("SELECT reply_to FROM dev_mail WHERE \"to\" = 'req_a@example.org'").first<{ reply_to: string }>();
    expect(row?.reply_to).toBe(`reply+abcdefghijklmnopqrstuvwxyz234567@${REPLY_DOMAIN}`);

    // The link in the mail opens the seeker's page with the thread.
    const token = manageToken(toSeeker.text);
    const page = await (await SELF.fetch(`https://bt.test/manage/${token}`)).text();
    expect(page).toContain('Gespräch mit Genossenschaft A');
    expect(page).toContain('Kommen Sie gern am Samstag.');

    const sent = await seekerAnswers(token, 'Samstag passt, wir kommen zu zweit.');
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toContain('done=message');
    // Owner and editor are told (the viewer is not), each once.
    for (const to of ['owner@a.example', 'editor@a.example']) expect((await latestMail(to)).text).toContain('Samstag passt, wir kommen zu zweit.');
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM dev_mail WHERE \"to\" = 'viewer@a.example' AND text LIKE '%Samstag passt%'").first('n')).toBe(0);
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM dev_mail WHERE \"to\" = 'owner@a.example' AND text LIKE '%Samstag passt%'").first('n')).toBe(1);
    const inbox = await (await w.viewerA.get('/admin/inbox/req_a')).text();
    expect(inbox).toMatch(/Kommen Sie gern am Samstag\.[\s\S]*Samstag passt, wir kommen zu zweit\./);
    expect(await env.DB.prepare("SELECT status FROM contact_requests WHERE id = 'req_a'").first('status')).toBe('in_conversation');
  });

  it('stores and mails a form sent twice once, on the manage page and in the inbox', async () => {
    const page = await (await w.editorA.get('/admin/inbox/req_a')).text();
    const formId = page.match(/name="messageId" value="([0-9a-f-]{36})"/)![1]!;
    for (let i = 0; i < 2; i++) expect((await w.editorA.post('/admin/inbox/req_a/reply', { reply: 'Einmal, bitte.', messageId: formId })).status).toBe(303);
    const token = manageToken((await latestMail('req_a@example.org')).text);
    const seekerPage = await (await SELF.fetch(`https://bt.test/manage/${token}`)).text();
    const seekerFormId = seekerPage.match(/name="messageId" value="([0-9a-f-]{36})"/)![1]!;
    for (let i = 0; i < 2; i++) expect((await seekerAnswers(token, 'Auch einmal.', seekerFormId)).status).toBe(303);
    await deliverOutbox();
    const counts = await env.DB.batch([
      env.DB.prepare("SELECT COUNT(*) AS n FROM messages WHERE body IN ('Einmal, bitte.', 'Auch einmal.')"),
      env.DB.prepare("SELECT COUNT(*) AS n FROM dev_mail WHERE \"to\" = 'req_a@example.org' AND text LIKE '%Einmal, bitte.%'"),
      env.DB.prepare("SELECT COUNT(*) AS n FROM dev_mail WHERE \"to\" = 'owner@a.example' AND text LIKE '%Auch einmal.%'"),
    ]);
    expect(counts.map((r) => (r.results[0] as { n: number }).n)).toEqual([2, 1, 1]);
  });

  it('refuses an empty answer and an answer to a request of another address, storing nothing', async () => {
    await w.editorA.post('/admin/inbox/req_a/reply', { reply: 'Hallo' });
    const token = manageToken((await latestMail('req_a@example.org')).text);
    expect((await seekerAnswers(token, '   ')).headers.get('location')).toContain('done=message_empty');
    expect((await seekerAnswers(token, 'x'.repeat(5001))).headers.get('location')).toContain('done=message_empty');
    const foreign = await SELF.fetch(`https://bt.test/manage/${token}/message`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ csrf: await csrfFor(token), lang: 'de', requestId: 'req_b', body: 'Hallo B' }),
      redirect: 'manual',
    });
    expect(foreign.headers.get('location')).toContain('done=not_withdrawable');
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM messages WHERE author = 'seeker'").first('n')).toBe(0);
  });

  it('files replies by email from the seeker and the team without the quote, once, and refuses strangers and attachments', async () => {
    const e = env as unknown as Env;
    const quoted = 'Gern, bis Samstag!\n\nAm 01.12.2026 schrieb Genossenschaft A:\n> Kommen Sie gern am Samstag.';
    const raw = rfc822('req_a@example.org', quoted);
    expect(await fileInboundMail(inbound('req_a@example.org', raw), e)).toBe('filed');
    // The same mail delivered again is filed once.
    expect(await fileInboundMail(inbound('req_a@example.org', raw), e)).toBe('duplicate');
    expect(await fileInboundMail(inbound('owner@a.example', rfc822('owner@a.example', 'Wir freuen uns.\n-- \nOwner A')), e)).toBe('filed');

    const stranger = inbound('mallory@evil.example', rfc822('mallory@evil.example', 'Hallo'));
    expect(await fileInboundMail(stranger, e)).toBe('rejected');
    expect(stranger.rejected).toBeTruthy();
    const forged = inbound('mallory@evil.example', rfc822('req_a@example.org', 'Ich bin Erika'));
    expect(await fileInboundMail(forged, e)).toBe('rejected');
    const unknown = inbound('req_a@example.org', rfc822('req_a@example.org', 'Hallo'), `reply+bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb@${REPLY_DOMAIN}`);
    expect(await fileInboundMail(unknown, e)).toBe('rejected');

    const withFile = rfc822(
      'req_a@example.org',
      '--b\nContent-Type: text/plain\n\nAnbei mein Ausweis\n--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename="ausweis.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n--b--',
      'MIME-Version: 1.0\n',
    ).replace('Content-Type: text/plain; charset=utf-8\n\n--b', 'Content-Type: multipart/mixed; boundary="b"\n\n--b');
    expect(await fileInboundMail(inbound('req_a@example.org', withFile), e)).toBe('attachments');
    expect((await latestMail('req_a@example.org')).subject).toBe('Nicht zugestellt: Re: Haus');
    // A logo in a signature is an inline part, not an attachment: the text is filed.
    const withLogo = rfc822(
      'owner@a.example',
      '--r\nContent-Type: text/plain; charset=utf-8\n\nGern geschehen.\n--r\nContent-Type: image/png\nContent-Disposition: inline; filename="logo.png"\nContent-ID: <logo@a.example>\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--r--',
      'MIME-Version: 1.0\n',
    ).replace('Content-Type: text/plain; charset=utf-8\n\n--r', 'Content-Type: multipart/related; boundary="r"\n\n--r');
    expect(await fileInboundMail(inbound('owner@a.example', withLogo), e)).toBe('filed');

    // Filed within the same millisecond, so compared in the order of their text.
    const thread = await env.DB.prepare("SELECT author, body, via FROM messages WHERE contact_request_id = 'req_a' ORDER BY body").all();
    expect(thread.results).toEqual([
      { author: 'member', body: 'Gern geschehen.', via: 'email' },
      { author: 'seeker', body: 'Gern, bis Samstag!', via: 'email' },
      { author: 'member', body: 'Wir freuen uns.', via: 'email' },
    ]);
    // The seeker's answer told the team once per member, the team's answer told the seeker once.
    await deliverOutbox();
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM dev_mail WHERE \"to\" = 'owner@a.example' AND text LIKE '%Gern, bis Samstag!%'").first('n')).toBe(1);
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM dev_mail WHERE \"to\" = 'req_a@example.org' AND text LIKE '%Wir freuen uns.%'").first('n')).toBe(1);
  });

  it('puts the thread in the export and erases it with everything else', async () => {
    await w.editorA.post('/admin/inbox/req_a/reply', { reply: 'Willkommen!' });
    const token = manageToken((await latestMail('req_a@example.org')).text);
    await seekerAnswers(token, 'Danke!');
    const exported = (await (await SELF.fetch(`https://bt.test/manage/${token}/export`)).json()) as { contactRequests: { messages: { author: string; body: string }[] }[] };
    expect(exported.contactRequests[0]!.messages.map((m) => `${m.author}:${m.body}`)).toEqual(['member:Willkommen!', 'seeker:Danke!']);

    await deliverOutbox();
    const erase = await SELF.fetch(`https://bt.test/manage/${token}/erase`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ csrf: await csrfFor(token), lang: 'de', confirm: 'yes' }),
    });
    expect(erase.status).toBe(200);
    const left = await env.DB.batch([
      env.DB.prepare("SELECT COUNT(*) AS n FROM messages WHERE contact_request_id = 'req_a'"),
      env.DB.prepare("SELECT COUNT(*) AS n FROM manage_links WHERE contact_request_id = 'req_a'"),
      env.DB.prepare("SELECT COUNT(*) AS n FROM outbox WHERE \"to\" = 'req_a@example.org'"),
    ]);
    expect(left.map((r) => (r.results[0] as { n: number }).n)).toEqual([0, 0, 0]);
    expect((await SELF.fetch(`https://bt.test/manage/${token}`)).status).toBe(404);
  });
});

describe('visits and trial stays', () => {
  const manage = async (token: string, path: string, fields: Record<string, string>) =>
    SELF.fetch(`https://bt.test/manage/${token}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ csrf: await csrfFor(token), lang: 'de', requestId: 'req_a', ...fields }),
      redirect: 'manual',
    });

  it('refuses a trial stay without its last day, naming the field, and stores nothing', async () => {
    const res = await w.editorA.post('/admin/inbox/req_a/visits', { kind: 'trial', startsOn: '2027-01-10', endsOn: '', place: 'Hof', visitNotes: '' });
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(/id="f-endsOn-error">[^<]*letzten Tag/);
    const backwards = await w.editorA.post('/admin/inbox/req_a/visits', { kind: 'trial', startsOn: '2027-01-10', endsOn: '2027-01-09', place: 'Hof', visitNotes: '' });
    expect(backwards.status).toBe(422);
    const notADate = await w.editorA.post('/admin/inbox/req_a/visits', { kind: 'visit', startsOn: '2027-02-30', place: 'Hof', visitNotes: '' });
    expect(await notADate.text()).toMatch(/id="f-startsOn-error"/);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM visits').first('n')).toBe(0);
  });

  it('is proposed in the inbox, accepted on the manage page, and both sides record the outcome once it began', async () => {
    const proposed = await w.editorA.post('/admin/inbox/req_a/visits', { kind: 'trial', startsOn: '2027-01-10', endsOn: '2027-01-12', place: 'Hof Lindenhain, Gästezimmer', visitNotes: 'Bringen Sie Hausschuhe mit.' });
    expect(proposed.status).toBe(303);
    expect(await env.DB.prepare("SELECT status FROM contact_requests WHERE id = 'req_a'").first('status')).toBe('visit');
    const mail = await latestMail('req_a@example.org');
    expect(mail.subject).toBe('Probewohnen bei „Hof in Zittau“: ein Vorschlag');
    expect(mail.text).toMatch(/10\. Januar 2027 – 12\. Januar 2027[\s\S]*Hof Lindenhain, Gästezimmer[\s\S]*Hausschuhe/);
    const token = manageToken(mail.text);
    const page = await (await SELF.fetch(`https://bt.test/manage/${token}`)).text();
    expect(page).toContain('Vorschlag: Probewohnen');
    const { id: visitId } = (await env.DB.prepare('SELECT id FROM visits').first<{ id: string }>())!;

    // Not yet begun: no outcome.
    expect((await manage(token, 'visit-outcome', { visitId, outcome: 'fits' })).headers.get('location')).toContain('done=visit_closed');
    expect((await manage(token, 'visit', { visitId, decision: 'accept' })).headers.get('location')).toContain('done=visit_accepted');
    // Decided once: a second answer changes nothing.
    expect((await manage(token, 'visit', { visitId, decision: 'decline' })).headers.get('location')).toContain('done=visit_closed');
    expect((await latestMail('owner@a.example')).subject).toBe('Erika req_a sagt zu');

    await env.DB.prepare("UPDATE visits SET starts_on = '2026-01-10', ends_on = '2026-01-12'").run();
    expect((await manage(token, 'visit-outcome', { visitId, outcome: 'fits' })).headers.get('location')).toContain('done=outcome');
    expect((await w.editorA.post(`/admin/inbox/req_a/visits/${visitId}/outcome`, { outcome: 'does_not_fit' })).headers.get('location')).toContain('notice=outcome');
    expect((await w.viewerA.post(`/admin/inbox/req_a/visits/${visitId}/outcome`, { outcome: 'fits' })).status).toBe(403);
    expect(await env.DB.prepare('SELECT state, seeker_outcome, team_outcome FROM visits').first()).toEqual({ state: 'accepted', seeker_outcome: 'fits', team_outcome: 'does_not_fit' });

    // The seeker's export has the visit and their own view, not the team's.
    const exported = JSON.stringify(await (await SELF.fetch(`https://bt.test/manage/${token}/export`)).json());
    expect(exported).toContain('"seekerOutcome":"fits"');
    expect(exported).not.toContain('does_not_fit');
  });
});

describe('team notifications', () => {
  it('tells each member as they chose: at once, in one daily summary, or not; anyone of the team may still answer by email', async () => {
    const choose = async (who: keyof World, mode: string) => expect((await w[who].post('/admin/settings/notifications', { mode }, { from: '/admin/settings' })).status).toBe(303);
    await choose('ownerA', 'off');
    await choose('editorA', 'daily');
    await choose('viewerA', 'immediate');
    expect(await (await w.editorA.get('/admin/settings')).text()).toMatch(/<option value="daily" selected/);

    await w.editorA.post('/admin/inbox/req_a/reply', { reply: 'Hallo!' });
    const token = manageToken((await latestMail('req_a@example.org')).text);
    await seekerAnswers(token, 'Wir kommen gern.');
    await deliverOutbox();
    const answered = (to: string) => env.DB.prepare("SELECT COUNT(*) AS n FROM dev_mail WHERE \"to\" = ? AND text LIKE '%Wir kommen gern.%'").bind(to).first<number>('n');
    expect([await answered('owner@a.example'), await answered('editor@a.example'), await answered('viewer@a.example')]).toEqual([0, 0, 1]);

    const e = env as unknown as Env;
    await runDailySummaries(database(env.DB), e, Date.now(), 'https://bt.test');
    await runDailySummaries(database(env.DB), e, Date.now(), 'https://bt.test');
    await deliverOutbox();
    const summaries = await env.DB.prepare("SELECT \"to\", subject, text FROM dev_mail WHERE subject LIKE '%Neuigkeit%'").all<{ to: string; subject: string; text: string }>();
    expect(summaries.results.map((m) => m.to)).toEqual(['editor@a.example']);
    expect(summaries.results[0]!.text).toMatch(/Antwort von Erika req_a zu „Hof in Zittau“: https:\/\/bt\.test\/admin\/inbox\/req_a/);

    // The owner hears nothing by mail, but may answer one by email.
    expect(await fileInboundMail(inbound('owner@a.example', rfc822('owner@a.example', 'Bis bald!')), e)).toBe('filed');
  });
});
