/**
 * The seeker's manage page (/manage/{token}) in real headless Chromium: two contact requests sent
 * through the public API from the demo page's origin, the manage link taken from the dev mailbox;
 * axe finds nothing (any impact) in German and English; keyboard only: withdraw one request,
 * download the JSON export, erase everything after ticking the confirmation. Afterwards the link
 * answers with the "gone" page and the database holds nothing of the seeker.
 */
import { mailTo } from './mailbox';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONSENT_TEXT_VERSION } from '../../worker/api/schemas';
import { DEMO_EMBED_KEY } from '../../worker/seed/organizations';
import { DUMMY_TOKEN } from '../../worker/turnstile/verify';
import { readLocal } from './local-db';
import { launchBrowser } from './browser';
import { axeAll, focused, tabTo, named } from './widget-helpers';

const { apiOrigin, demoOrigin, persistTo } = inject('e2e');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ANSWERS = {
  'who.seekerType': { value: 'household' },
  'who.adults': { value: 2 },
  'who.children': { value: 0 },
  'community.meals': { value: 'weekly', importance: 2 },
};
const STAMP = Date.now();
const EMAIL = `seeker-${STAMP}@example.org`;

async function api(path: string, body: unknown, idem?: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${apiOrigin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: demoOrigin, ...(idem ? { 'idempotency-key': idem } : {}) },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return (await res.json()) as Record<string, unknown>;
}

async function manageLink(email: string): Promise<string> {
  const pattern = /https?:\/\/\S+\/manage\/[\w-]+/;
  return (await mailTo(apiOrigin, email, pattern)).text.match(pattern)![0];
}

const seekerRows = () =>
  readLocal<{ requests: number; searches: number; keys: number }>(
    `SELECT (SELECT count(*) FROM contact_requests WHERE lower(email) = '${EMAIL}') AS requests,
            (SELECT count(*) FROM saved_searches WHERE lower(email) = '${EMAIL}') AS searches,
            (SELECT count(*) FROM idempotency_keys WHERE key LIKE 'manage-e2e-${STAMP}-%' OR body LIKE '%${EMAIL}%') AS keys`,
    persistTo,
  )[0]!;

describe('seeker manage page, end to end', () => {
  it('is accessible in German and English and lets a keyboard user withdraw, export and erase everything', { timeout: 120_000 }, async () => {
    // Two requests to two listings of the demo region, as the widget would send them.
    const { matches } = (await api('/v1/matches', { key: DEMO_EMBED_KEY, answers: ANSWERS, locale: 'de', limit: 5, statsOptOut: true })) as { matches: { listing: { id: string; title: string } }[] };
    expect(matches.length).toBeGreaterThanOrEqual(2);
    const [first, second] = [matches[0]!.listing, matches[1]!.listing];
    for (const [i, listing] of [first, second].entries()) {
      await api(
        '/v1/contact-requests',
        {
          key: DEMO_EMBED_KEY, listingId: listing.id, answers: ANSWERS, locale: 'de', name: 'Erika Muster', email: EMAIL, message: 'Wir würden gern vorbeikommen.',
          consent: { contact: true, shareNeeds: i === 0, textVersion: CONSENT_TEXT_VERSION }, turnstileToken: DUMMY_TOKEN,
        },
        `manage-e2e-${STAMP}-${i}`,
      );
    }
    expect(seekerRows().requests).toBe(2);
    const link = await manageLink(EMAIL);

    // bypassCSP only so axe can be injected: the page's CSP allows no inline script.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));

    // German (the seeker's language) and English (?lang=en and the language switch).
    await page.goto(link);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await expect(page.locator('h1').innerText()).resolves.toBe('Ihre Daten bei bring-together');
    expect(await axeAll(page)).toEqual([]);
    await page.click('a[hreflang="en"]');
    await page.waitForURL(/lang=en/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await axeAll(page)).toEqual([]);
    await page.goto(`${link}?lang=de`);

    // Keyboard only: the skip link comes first, then the withdraw button of the first request.
    await page.keyboard.press('Tab');
    expect((await focused(page))?.name).toMatch(/Zum Inhalt/);
    const withdraw = await tabTo(page, (f) => f.tag === 'button' && f.name === `Anfrage an „${first.title}“ zurückziehen`, 'the withdraw button');
    expect(withdraw.tag).toBe('button');
    await Promise.all([page.waitForURL(/done=withdrawn/), page.keyboard.press('Enter')]);
    await expect(page.locator('[role="status"]').innerText()).resolves.toMatch(/zurückgezogen/i);
    const statuses = readLocal<{ status: string; listing_id: string }>(`SELECT status, listing_id FROM contact_requests WHERE lower(email) = '${EMAIL}' ORDER BY listing_id`, persistTo);
    expect(statuses.find((r) => r.listing_id === first.id)?.status).toBe('withdrawn');
    expect(statuses.find((r) => r.listing_id === second.id)?.status).toBe('new');
    expect(await axeAll(page)).toEqual([]);

    // The export downloads a JSON file with the seeker's data.
    await tabTo(page, named(/JSON|herunterladen|Export/i, 'a'), 'the export link');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^bring-together-export-\d{4}-\d{2}-\d{2}\.json$/);
    // The shared browser runs as a server: the download is saved to a local file to read it.
    const file = join(tmpdir(), `bt-export-${STAMP}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    rmSync(file, { force: true });
    const text = JSON.stringify(exported);
    expect(text).toContain(EMAIL);
    expect(text).toContain(first.id);
    expect(text).toContain(second.id);

    // Erase: the button alone does nothing (the confirmation box is required) …
    const erase = await tabTo(page, named(/^Alles endgültig löschen$/, 'button'), 'the erase button');
    expect(erase.tag).toBe('button');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(page.url()).not.toMatch(/erase/);
    expect(seekerRows().requests).toBe(2);
    // … after ticking it with the space bar, it erases everything.
    await tabTo(page, (f) => f.type === 'checkbox', 'the confirmation box', { back: true });
    await page.keyboard.press('Space');
    expect((await focused(page))?.checked).toBe(true);
    await page.keyboard.press('Tab');
    expect((await focused(page))?.tag).toBe('button');
    await Promise.all([page.waitForURL(/\/erase$/), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/gelöscht/i);
    expect(await axeAll(page)).toEqual([]);

    // The link is gone, and so is everything of the seeker.
    const gone = await page.goto(link);
    expect(gone?.status()).toBe(404);
    expect(await axeAll(page)).toEqual([]);
    const exportGone = await fetch(`${link}/export`);
    expect(exportGone.status).toBe(404);
    expect(seekerRows()).toEqual({ requests: 0, searches: 0, keys: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
