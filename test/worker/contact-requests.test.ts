import { deliverOutbox } from '../support/outbox';
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONSENT_TEXT_VERSION } from '../../worker/api/schemas';
import { eq } from 'drizzle-orm';
import { hashToken } from '../../worker/contact/token';
import { database } from '../../worker/db/client';
import { listings } from '../../worker/db/schema';
import { scoreListing } from '../../worker/matching/engine';
import type { Answers } from '../../worker/questionnaire/types';
import { DUMMY_TOKEN } from '../../worker/turnstile/verify';
import { household, insertFixtures, KEY, postJson } from './fixtures';

beforeEach(insertFixtures);

const request = (over: Record<string, unknown> = {}) => ({
  key: KEY,
  listingId: 'lst_oybin',
  answers: { ...household, 'needs.barrierFree': { value: true, importance: 3 }, 'community.meals': { value: 'weekly', importance: 2 } },
  locale: 'de',
  name: 'Erika Muster',
  email: 'erika@example.org',
  message: 'Wir würden Sie gern kennenlernen.',
  consent: { contact: true, shareNeeds: false, textVersion: CONSENT_TEXT_VERSION },
  turnstileToken: DUMMY_TOKEN,
  ...over,
});
const rows = async () => (await env.DB.prepare('SELECT * FROM contact_requests').all<Record<string, string | number>>()).results;

describe('POST /v1/contact-requests', () => {
  it('stores the request with the server-computed score, reasons and consent, and mails a manage link', async () => {
    const res = await postJson('/v1/contact-requests', request(), { 'idempotency-key': 'contact-0001' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; score: number; algorithm: string; confirmationEmail: string };
    expect(body).toMatchObject({ algorithm: 'bt-match/1', confirmationEmail: 'sent' });
    const [row] = await rows();
    // The score recomputed here by the engine itself from the stored listing: the route must store
    // and answer exactly that (not 0, not what a client might send).
    const listing = await database(env.DB).select().from(listings).where(eq(listings.id, 'lst_oybin')).get();
    const expected = scoreListing(request().answers as Answers, listing!, {});
    expect(expected?.score).toBeGreaterThan(0);
    expect(body.score).toBe(expected!.score);
    expect(row).toMatchObject({ id: body.id, listing_id: 'lst_oybin', organization_id: 'org_coop', status: 'new', algorithm_version: 'bt-match/1', score: expected!.score });
    const snapshot = JSON.parse(String(row?.snapshot));
    expect(snapshot.household).toMatchObject({ seekerType: 'household', adults: 2, children: 0 });
    // The health-related need stays private without its separate consent.
    expect(snapshot.answers['needs.barrierFree']).toBeUndefined();
    expect(snapshot.answers['community.meals']).toEqual({ value: 'weekly', importance: 2 });
    expect(JSON.parse(String(row?.consent))).toMatchObject({ textVersion: CONSENT_TEXT_VERSION, shareNeedsAt: null });

    await deliverOutbox();
    const mail = await env.DB.prepare("SELECT * FROM dev_mail WHERE \"to\" = 'erika@example.org'").first<{ text: string }>();
    const token = mail?.text.match(/\/manage\/([\w-]+)/)?.[1];
    expect(token).toBeTruthy();
    expect(row?.manage_token_hash).toBe(await hashToken(token!));
    expect(JSON.stringify(row)).not.toContain(token!);
  });

  it('shares a health-related need only with its own consent', async () => {
    await postJson('/v1/contact-requests', request({ consent: { contact: true, shareNeeds: true, textVersion: CONSENT_TEXT_VERSION } }), { 'idempotency-key': 'contact-0002' });
    const [row] = await rows();
    expect(JSON.parse(String(row?.snapshot)).answers['needs.barrierFree']).toEqual({ value: true, importance: 3 });
    expect(JSON.parse(String(row?.consent)).shareNeedsAt).toEqual(expect.any(Number));
  });

  it('never stores a retried request twice', async () => {
    const first = await postJson('/v1/contact-requests', request(), { 'idempotency-key': 'contact-0003' });
    const second = await postJson('/v1/contact-requests', request(), { 'idempotency-key': 'contact-0003' });
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    expect(await rows()).toHaveLength(1);
  });

  it('refuses missing keys, missing consent, failed Turnstile and listings outside the scope', async () => {
    const noKey = await postJson('/v1/contact-requests', request());
    expect(noKey.status).toBe(400);
    const noConsent = await postJson('/v1/contact-requests', request({ consent: { contact: false, textVersion: CONSENT_TEXT_VERSION } }), { 'idempotency-key': 'contact-0004' });
    expect(noConsent.status).toBe(400);
    expect(JSON.stringify(await noConsent.json())).toContain('consent.contact');
    const bot = await postJson('/v1/contact-requests', request({ turnstileToken: 'forged' }), { 'idempotency-key': 'contact-0005' });
    expect(bot.status).toBe(403);
    expect(JSON.stringify(await bot.json())).toContain('turnstileToken');
    for (const listingId of ['lst_draft', 'lst_dresden', 'lst_nope']) {
      const res = await postJson('/v1/contact-requests', request({ listingId }), { 'idempotency-key': `contact-${listingId}` });
      expect(res.status).toBe(404);
    }
    const badEmail = await postJson('/v1/contact-requests', request({ email: 'not-an-email' }), { 'idempotency-key': 'contact-0006' });
    expect(JSON.stringify(await badEmail.json())).toContain('"field":"email"');
    expect(await rows()).toHaveLength(0);
  });

  it("tells the project's team and contact address in their mail language, with the conversation's reply address as Reply-To", async () => {
    await env.DB.batch([
      env.DB.prepare("UPDATE listings SET contact_email = 'kontakt@coop.example' WHERE id = 'lst_oybin'"),
      env.DB.prepare("UPDATE organizations SET locale = 'en' WHERE id = 'org_coop'"),
    ]);
    const res = await postJson('/v1/contact-requests', request({ name: 'Erika\r\nBcc: x@evil.example' }), { 'idempotency-key': 'contact-0007' });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    await deliverOutbox();
    const mail = await env.DB.prepare("SELECT subject, text, reply_to FROM dev_mail WHERE \"to\" = 'kontakt@coop.example'").first<{ subject: string; text: string; reply_to: string }>();
    expect(mail?.subject).toMatch(/^New request: Haus in Oybin \(fit \d+\)$/);
    expect(mail?.text).toContain(`/admin/inbox/${id}`);
    const { reply_token } = (await env.DB.prepare('SELECT reply_token FROM contact_requests WHERE id = ?').bind(id).first<{ reply_token: string }>())!;
    expect(reply_token).toMatch(/^[a-z2-7]{32}$/);
    expect(mail?.reply_to).toBe(`reply+${reply_token}@${env.MAIL_REPLY_DOMAIN}`);
    // Every mail was written once, with the request as its cause, and delivered once.
    const outbox = await env.DB.prepare("SELECT kind, state FROM outbox WHERE cause_id = ? ORDER BY kind, \"to\"").bind(id).all();
    expect(outbox.results.map((r) => `${r.kind}:${r.state}`)).toEqual(['contact.confirmation:sent', 'contact.new-request:sent']);
    // The seeker's own confirmation stays in the seeker's language (German here).
    const own = await env.DB.prepare("SELECT subject FROM dev_mail WHERE \"to\" = 'erika@example.org'").first<{ subject: string }>();
    expect(own?.subject).toBe('Ihre Anfrage an „Haus in Oybin“');
  });
});
