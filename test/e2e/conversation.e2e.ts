/**
 * The conversation end to end, on the real stack (wrangler dev with its mail queue and email
 * trigger): a seeker contacts a project through the public API from the demo page's origin; the
 * provider answers in the inbox (Chromium); the seeker reads it on the manage page from the link
 * in the mail and answers by keyboard; the provider answers that by email, posted to wrangler's
 * local email trigger as a raw RFC 822 message to the conversation's reply address; each message
 * reaches the other side by mail once, through the outbox and the queue. Both pages pass axe.
 */
import { describe, expect, inject, it } from 'vitest';
import { signedIn as signedInAs } from './admin-session';
import { readLocal } from './local-db';
import { CONSENT_TEXT_VERSION } from '../../worker/api/schemas';
import { DEMO_MUNICIPALITY_EMAIL, DEMO_PROVIDER_EMAIL } from '../../worker/seed/auth';
import { DEMO_EMBED_KEY } from '../../worker/seed/organizations';
import { DUMMY_TOKEN } from '../../worker/turnstile/verify';
import { useBrowser } from './use-browser';
import { mailTo } from './mailbox';
import { axeAll, focused, tabTo } from './widget-helpers';

const { apiOrigin, demoOrigin, persistTo } = inject('e2e');
const browser = useBrowser();

const STAMP = Date.now();
const EMAIL = `gespraech-${STAMP}@example.org`;

async function contact(listingId: string): Promise<string> {
  const res = await fetch(`${apiOrigin}/v1/contact-requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: demoOrigin, 'idempotency-key': `conversation-e2e-${STAMP}` },
    body: JSON.stringify({
      key: DEMO_EMBED_KEY, listingId, locale: 'de', name: 'Erika Muster', email: EMAIL, message: 'Wir würden Sie gern kennenlernen.',
      answers: { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 0 } },
      consent: { contact: true, shareNeeds: false, textVersion: CONSENT_TEXT_VERSION }, turnstileToken: DUMMY_TOKEN,
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const signedIn = (email: string, org: string) => signedInAs(browser(), apiOrigin, email, org);

describe('the conversation, end to end', () => {
  it('goes from the inbox to the manage page and back by email, every message mailed once, to a trial stay the funnel counts', { timeout: 150_000 }, async () => {
    const [listing] = readLocal<{ id: string; title: string }>(
      "SELECT id, title FROM listings WHERE organization_id = 'org_gemeinsam_gebirge' AND status = 'published' AND kind = 'project' ORDER BY id LIMIT 1",
      persistTo,
    );
    const id = await contact(listing!.id);

    // The provider answers in the inbox.
    const admin = await signedIn(DEMO_PROVIDER_EMAIL, 'Gemeinsam Wohnen im Zittauer Gebirge eG');
    await admin.goto(`${apiOrigin}/admin/inbox/${id}`);
    // By name, not by label: an earlier test may have switched the demo provider's admin to English.
    const answer = admin.locator('textarea[name="reply"]');
    await answer.waitFor({ timeout: 15_000 }).catch(async () => {
      throw new Error(`no answer field on ${admin.url()}:\n${(await admin.locator('body').innerText()).slice(0, 600)}`);
    });
    await answer.fill('Kommen Sie gern am Samstag um 14 Uhr vorbei.');
    await Promise.all([admin.waitForURL(/notice=replied/), admin.locator(`form[action="/admin/inbox/${id}/reply"] button[type="submit"]`).click()]);
    expect(await axeAll(admin)).toEqual([]);

    // The seeker gets it by mail, with a manage link and the conversation's reply address.
    const toSeeker = await mailTo(apiOrigin, EMAIL, /Samstag um 14 Uhr/);
    expect(toSeeker.replyTo).toMatch(/^reply\+[a-z2-7]{32}@reply\.localhost$/);
    const link = toSeeker.text.match(/https?:\/\/\S+\/manage\/[\w-]{43}/)![0];

    // … reads it on the manage page and answers with the keyboard only.
    const seeker = await browser().newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await seeker.goto(link);
    await seeker.getByRole('heading', { name: /Gespräch mit/ }).waitFor();
    expect(await seeker.locator('.conversation').innerText()).toContain('Kommen Sie gern am Samstag um 14 Uhr vorbei.');
    expect(await axeAll(seeker)).toEqual([]);
    await tabTo(seeker, (f) => f.tag === 'textarea', 'the answer field');
    await seeker.keyboard.type('Samstag passt, wir kommen zu zweit.');
    await seeker.keyboard.press('Tab');
    expect((await focused(seeker))?.name).toBe('Nachricht senden');
    await Promise.all([seeker.waitForURL(/done=message/), seeker.keyboard.press('Enter')]);
    await expect(seeker.locator('[role="status"]').innerText()).resolves.toMatch(/Nachricht ist gesendet/);
    expect(await axeAll(seeker)).toEqual([]);

    // The team is told, and answers that mail from its mail program.
    const toTeam = await mailTo(apiOrigin, DEMO_PROVIDER_EMAIL, /wir kommen zu zweit/);
    expect(toTeam.replyTo).toBe(toSeeker.replyTo);
    const raw = [
      `From: Anbieterin <${DEMO_PROVIDER_EMAIL}>`,
      `To: ${toTeam.replyTo}`,
      `Subject: Re: ${toTeam.subject}`,
      `Message-ID: <${STAMP}@mail.gemeinsam-wohnen-gebirge.example>`,
      'Date: Wed, 2 Dec 2026 09:00:00 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Wunderbar, bis Samstag!',
      '',
      `Am 02.12.2026 schrieb Erika Muster <${toTeam.replyTo}>:`,
      '> Samstag passt, wir kommen zu zweit.',
      '',
    ].join('\r\n');
    const trigger = `${apiOrigin}/cdn-cgi/handler/email?from=${encodeURIComponent(DEMO_PROVIDER_EMAIL)}&to=${encodeURIComponent(toTeam.replyTo!)}`;
    expect((await fetch(trigger, { method: 'POST', body: raw })).ok).toBe(true);
    // Delivered again (mail systems retry): filed once.
    expect((await fetch(trigger, { method: 'POST', body: raw })).ok).toBe(true);

    const back = await mailTo(apiOrigin, EMAIL, /Wunderbar, bis Samstag!/);
    expect(back.text).not.toContain('> Samstag passt');
    await seeker.reload();
    expect(await seeker.locator('.conversation').innerText()).toMatch(/Wunderbar, bis Samstag![\s\S]*per E-Mail/);
    await admin.reload();
    expect(await admin.locator('#conversation').innerText()).toMatch(/Kommen Sie gern[\s\S]*wir kommen zu zweit[\s\S]*Wunderbar, bis Samstag!/);

    // Every message stored once and mailed once.
    const rows = readLocal<{ body: string; mails: number; sent: number }>(
      `SELECT m.body AS body, (SELECT count(*) FROM outbox o WHERE o.cause_id = m.id) AS mails, (SELECT count(*) FROM outbox o WHERE o.cause_id = m.id AND o.state = 'sent') AS sent
       FROM messages m WHERE m.contact_request_id = '${id}' ORDER BY m.created_at`,
      persistTo,
    );
    expect(rows.map((r) => r.body)).toEqual(['Kommen Sie gern am Samstag um 14 Uhr vorbei.', 'Samstag passt, wir kommen zu zweit.', 'Wunderbar, bis Samstag!']);
    for (const r of rows) expect(r.sent).toBe(r.mails);
    expect(rows.map((r) => r.mails)).toEqual([1, rows[1]!.mails, 1]);

    // The municipality's funnel before the trial stay: nobody with one in the region yet.
    const municipality = await signedIn(DEMO_MUNICIPALITY_EMAIL, 'Landkreis Görlitz');
    const trialRow = async () => {
      await municipality.goto(`${apiOrigin}/admin/dashboard?lang=de`);
      return municipality.locator('section[aria-labelledby="h-funnel"] table tr', { hasText: 'mit Probewohnen' }).first().innerText();
    };
    const before = await trialRow();

    // The provider proposes a trial stay starting today; the seeker accepts and says it fits.
    const today = new Date().toISOString().slice(0, 10);
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await admin.locator('select[name="kind"]').selectOption('trial');
    await admin.locator('input[name="startsOn"]').fill(today);
    await admin.locator('input[name="endsOn"]').fill(inTwoDays);
    await admin.locator('input[name="place"]').fill('Gästewohnung im Hof');
    await Promise.all([admin.waitForURL(/notice=visit/), admin.locator(`form[action="/admin/inbox/${id}/visits"] button[type="submit"]`).click()]);
    expect(await axeAll(admin)).toEqual([]);
    const proposal = await mailTo(apiOrigin, EMAIL, /Gästewohnung im Hof/);
    await seeker.goto(proposal.text.match(/https?:\/\/\S+\/manage\/[\w-]{43}/)![0]);
    await tabTo(seeker, (f) => f.tag === 'button' && f.name === 'Probewohnen zusagen', 'the accept button');
    await Promise.all([seeker.waitForURL(/done=visit_accepted/), seeker.keyboard.press('Enter')]);
    // In the provider's language (an earlier test may have switched the demo provider to English).
    await mailTo(apiOrigin, DEMO_PROVIDER_EMAIL, /(Probewohnen bei .* zugesagt|accepted the trial stay)/);
    await tabTo(seeker, (f) => f.tag === 'button' && f.name === 'Es passt', 'the outcome button');
    await Promise.all([seeker.waitForURL(/done=outcome/), seeker.keyboard.press('Enter')]);
    expect(await axeAll(seeker)).toEqual([]);
    expect(readLocal<{ state: string; seeker_outcome: string }>(`SELECT state, seeker_outcome FROM visits WHERE contact_request_id = '${id}'`, persistTo)).toEqual([{ state: 'accepted', seeker_outcome: 'fits' }]);

    // The funnel counts it, suppressed: one more person with a trial stay is never shown as "1".
    const after = await trialRow();
    expect(after).not.toBe(before);
    expect(after).toMatch(/< 5|\b([5-9]|\d{2,})\b/);
    await admin.close();
    await seeker.close();
    await municipality.close();
  });
});
