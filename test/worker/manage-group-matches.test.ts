/**
 * "Wer zu Ihnen passt" on the manage page (worker/manage/groups-matches.tsx): who fits a live pool
 * card or initiative, pseudonymous, and the form that sends an interest from there — once per
 * form, with one mail, refusing what the API refuses.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertFixtures, nextIp } from './fixtures';
import { getJson, joinPool, poolBody, idem, startInitiative } from './groups-support';
import { postJson } from './fixtures';

const BASE = 'https://api.test';
beforeEach(insertFixtures);

const page = async (token: string) => (await SELF.fetch(`${BASE}/manage/${token}`, { headers: { 'cf-connecting-ip': nextIp() } })).text();
const partyOf = async (token: string) => ((await (await getJson(`/v1/groups/${token}`)).json()) as { party: { kind: string; id: string } }).party;

function submit(token: string, fields: Record<string, string>) {
  return SELF.fetch(`${BASE}/manage/${token}/send-interest`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': nextIp(), 'sec-fetch-site': 'same-origin', origin: BASE },
    body: new URLSearchParams(fields).toString(),
  });
}

const done = (res: Response) => new URL(res.headers.get('location') ?? '', BASE).searchParams.get('done');
const count = async (sql: string, ...binds: string[]) => (await env.DB.prepare(sql).bind(...binds).first<{ n: number }>())!.n;

describe('who fits, on the manage page', () => {
  it('offers the pool card to the initiative without a name, and sends one interest per form with one mail', { timeout: 30_000 }, async () => {
    const founder = await startInitiative();
    const seeker = await joinPool();
    const ini = await partyOf(founder);
    const pool = await partyOf(seeker);

    const html = await page(founder);
    const card = html.match(new RegExp(`<article[^>]*data-party="pool:${pool.id}"[\\s\\S]*?</article>`))?.[0];
    expect(card, 'the pool card is offered').toBeTruthy();
    expect(card).toContain('Ein Haushalt aus dem Pool');
    expect(card).toContain('Wir kochen gern für viele.');
    expect(card).toMatch(/Passt zu \d+ %/);
    expect(card).not.toContain('Erika Muster');
    expect(card).not.toContain('erika@example.org');
    const csrf = html.match(/name="csrf" value="([^"]+)"/)![1]!;
    const formId = card!.match(/name="formId" value="([0-9a-f-]{36})"/)![1]!;

    const form = { csrf, lang: 'de', party: `initiative:${ini.id}`, to: `pool:${pool.id}`, formId, message: 'Lust auf ein Kennenlernen?' };
    const mails = () => count(`SELECT COUNT(*) AS n FROM outbox WHERE kind = 'groups.interest' AND "to" = ?`, 'erika@example.org');
    const sent = () => count('SELECT COUNT(*) AS n FROM interests WHERE from_id = ? AND to_id = ?', ini.id, pool.id);

    // Refused: no message, an unknown party, not the page's own party, a forged form id.
    expect(done(await submit(founder, { ...form, message: '  ' }))).toBe('interest_empty');
    expect(done(await submit(founder, { ...form, message: 'x'.repeat(1001) }))).toBe('interest_empty');
    expect(done(await submit(founder, { ...form, to: 'pool:nobody' }))).toBe('group_failed');
    expect(done(await submit(founder, { ...form, to: 'household:x' }))).toBe('group_failed');
    expect(done(await submit(founder, { ...form, party: `pool:${pool.id}` }))).toBe('group_failed');
    expect(done(await submit(founder, { ...form, formId: 'not-a-uuid' }))).toBe('group_failed');
    expect(await sent()).toBe(0);
    expect((await submit(founder, { ...form, csrf: 'forged' })).status).toBe(403);

    // Sent, and sent again with the same form (a double click): one interest, one mail.
    const first = await submit(founder, form);
    expect(first.status).toBe(303);
    expect(done(first)).toBe('interest_sent');
    expect(done(await submit(founder, form))).toBe('interest_sent');
    expect(await sent()).toBe(1);
    expect(await mails()).toBe(1);
    // Another form to the same household: already sent.
    expect(done(await submit(founder, { ...form, formId: crypto.randomUUID() }))).toBe('group_failed');
    expect(await sent()).toBe(1);

    // No longer offered; among the interests instead, still without a name.
    const after = await page(founder);
    expect(after).not.toContain(`data-party="pool:${pool.id}"`);
    expect(after).toMatch(/Gesendet · [^<]+ · Offen<\/p><p class="body">Lust auf ein Kennenlernen\?</);
    expect(after).not.toContain('Erika Muster');

    // The household's side: the initiative's card is offered to them (until the interest above is answered it is in their list instead).
    const theirs = await page(seeker);
    expect(theirs).not.toContain(`data-party="initiative:${ini.id}"`);
    expect(theirs).toContain('Hofgemeinschaft Oberland: Lust auf ein Kennenlernen?');
    expect(theirs).not.toContain('Jonas Beispiel');
  });

  it('offers initiatives and households to a pool card, and nothing before it is confirmed', { timeout: 30_000 }, async () => {
    const founder = await startInitiative();
    const ini = await partyOf(founder);
    const seeker = await joinPool({ email: 'other@example.org' });
    const html = await page(seeker);
    expect(html).toContain(`data-party="initiative:${ini.id}"`);
    expect(html).toMatch(new RegExp(`data-party="initiative:${ini.id}"[\\s\\S]*?Initiative „Hofgemeinschaft Oberland“[\\s\\S]*?3 Haushalte · 5 Erwachsene · 2 Kinder`));
    expect(html).not.toContain('Jonas Beispiel');

    // An unconfirmed card: no one is offered, and it says why.
    const res = await postJson('/v1/pool-entries', poolBody({ email: 'later@example.org' }), { 'idempotency-key': idem('pool') });
    expect(res.status).toBe(202);
    const mail = await env.DB.prepare(`SELECT text FROM outbox WHERE "to" = 'later@example.org' ORDER BY rowid DESC LIMIT 1`).first<{ text: string }>();
    const token = mail!.text.match(/\/manage\/([\w-]{43})/)![1]!;
    const unconfirmed = await page(token);
    expect(unconfirmed).toContain('Sobald Ihr Eintrag bestätigt ist, sehen Sie hier, wer zu Ihnen passt.');
    expect(unconfirmed).not.toContain('data-party=');
  });

  it('blocks and reports from the page: both are hidden from each other, and the municipality gets the report by mail', { timeout: 30_000 }, async () => {
    // The region's municipality: an owner (English) and a viewer (not told).
    const now = Date.now();
    await env.DB.batch([
      env.DB.prepare("INSERT INTO users (id, name, email, locale, email_verified, created_at, updated_at) VALUES ('u_owner', 'Olga', 'olga@town.example', 'en', 1, ?, ?), ('u_viewer', 'Vera', 'vera@town.example', 'de', 1, ?, ?)").bind(now, now, now, now),
      env.DB.prepare("INSERT INTO members (id, organization_id, user_id, role, created_at) VALUES ('m_owner', 'org_town', 'u_owner', 'owner', ?), ('m_viewer', 'org_town', 'u_viewer', 'viewer', ?)").bind(now, now),
    ]);
    const founder = await startInitiative();
    const ini = await partyOf(founder);
    const spammer = await joinPool({ email: 'spam@example.org', text: 'Billige Kredite hier!' });
    const pool = await partyOf(spammer);
    const neighbour = await joinPool({ email: 'nachbar@example.org', text: 'Wir suchen einen Hof.' });
    const other = await partyOf(neighbour);
    const html = await page(founder);
    const csrf = html.match(/name="csrf" value="([^"]+)"/)![1]!;
    expect(html).toContain(`data-party="pool:${pool.id}"`);
    expect(html).toContain(`data-party="pool:${other.id}"`);
    const post = (action: string, fields: Record<string, string>) =>
      SELF.fetch(`${BASE}/manage/${founder}/${action}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': nextIp(), 'sec-fetch-site': 'same-origin', origin: BASE },
        body: new URLSearchParams({ csrf, lang: 'de', party: `initiative:${ini.id}`, ...fields }).toString(),
      });
    const reports = () => count('SELECT COUNT(*) AS n FROM group_reports');

    // Refused: an unknown reason, a note too long, someone who does not exist.
    expect(done(await post('report', { to: `pool:${pool.id}`, reason: 'boring', note: '' }))).toBe('group_failed');
    expect(done(await post('report', { to: `pool:${pool.id}`, reason: 'spam', note: 'x'.repeat(1001) }))).toBe('group_failed');
    expect(done(await post('block', { to: 'pool:nobody' }))).toBe('group_failed');
    expect(await reports()).toBe(0);

    expect(done(await post('report', { to: `pool:${pool.id}`, reason: 'spam', note: 'Wirbt für Kredite.' }))).toBe('reported');
    expect(await env.DB.prepare('SELECT region_organization_id AS r, reported_id AS id, reason, note FROM group_reports').first()).toEqual({ r: 'org_town', id: pool.id, reason: 'spam', note: 'Wirbt für Kredite.' });
    const mails = (await env.DB.prepare("SELECT \"to\", locale, subject, text FROM outbox WHERE kind = 'groups.report'").all<{ to: string; locale: string; subject: string; text: string }>()).results;
    expect(mails.map((m) => [m.to, m.locale, m.subject])).toEqual([['olga@town.example', 'en', 'A report from the group search']]);
    expect(mails[0]!.text).toContain('Billige Kredite hier!');
    expect(mails[0]!.text).toContain('Reason: Advertising or spam');
    expect(mails[0]!.text).toContain('Wirbt für Kredite.');
    // Never who reported.
    expect(mails[0]!.text).not.toMatch(/Hofgemeinschaft|Jonas|jonas@example\.org/);

    expect(done(await post('block', { to: `pool:${other.id}` }))).toBe('blocked');
    const after = await page(founder);
    expect(after).not.toContain(`data-party="pool:${pool.id}"`);
    expect(after).not.toContain(`data-party="pool:${other.id}"`);
    // And the other way round: the initiative is gone from the blocked household's page.
    expect(await page(neighbour)).not.toContain(`data-party="initiative:${ini.id}"`);
  });

  it('invites a co-founder from the page once per form, and not the same address twice', { timeout: 30_000 }, async () => {
    const founder = await startInitiative();
    const html = await page(founder);
    const form = html.match(/<form method="post" action="[^"]+\/cofounder"[\s\S]*?<\/form>/)?.[0];
    expect(form, 'the invitation form').toBeTruthy();
    const fields = {
      csrf: html.match(/name="csrf" value="([^"]+)"/)![1]!, lang: 'de',
      memberId: form!.match(/name="memberId" value="([^"]+)"/)![1]!, formId: form!.match(/name="formId" value="([^"]+)"/)![1]!,
      name: 'Mira Beispiel', email: 'Mira@Example.org',
    };
    const post = (over: Record<string, string> = {}) =>
      SELF.fetch(`${BASE}/manage/${founder}/cofounder`, {
        method: 'POST', redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': nextIp(), 'sec-fetch-site': 'same-origin', origin: BASE },
        body: new URLSearchParams({ ...fields, ...over }).toString(),
      });
    const invited = () => count("SELECT COUNT(*) AS n FROM initiative_members WHERE role = 'cofounder' AND lower(email) = ?", 'mira@example.org');
    const mails = () => count("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'groups.cofounder-invitation' AND lower(\"to\") = ?", 'mira@example.org');

    expect(done(await post({ email: 'not-an-address' }))).toBe('cofounder_invalid');
    expect(done(await post({ name: ' ' }))).toBe('cofounder_invalid');
    expect(done(await post({ formId: 'x' }))).toBe('group_failed');
    expect(done(await post({ memberId: 'someone-else' }))).toBe('group_failed');
    expect(await invited()).toBe(0);

    expect(done(await post())).toBe('cofounder_invited');
    expect(done(await post())).toBe('cofounder_invited');
    expect([await invited(), await mails()]).toEqual([1, 1]);
    // Another form, the same address (in other letters): refused, nothing new.
    expect(done(await post({ formId: crypto.randomUUID(), email: 'mira@example.ORG' }))).toBe('cofounder_refused');
    expect([await invited(), await mails()]).toEqual([1, 1]);
  });
});
