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
  it('offers the pool card to the initiative without a name, and sends one interest per form with one mail', async () => {
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

  it('offers initiatives and households to a pool card, and nothing before it is confirmed', async () => {
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
});
