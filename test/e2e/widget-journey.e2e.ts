/**
 * The whole journey in real headless Chromium, keyboard only, on the demo municipal page (another
 * origin than the API): intro → five steps → results → detail → contact request, stored in D1 with
 * score and reasons. Every screen is checked with axe (no serious or critical findings), for reflow
 * at 320 px, and (with E2E_SCREENSHOTS=1) photographed at 1280 and 375 px into test-results/screenshots/. Then the same
 * screens in English (axe and screenshots), and a group sees buildings and plots.
 */
import { mailTo } from './mailbox';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readLocal } from './local-db';
import { launchBrowser } from './browser';
import { checkScreen, events, expectFocusOn, focused, liveText, named, recordEvents, screenshot, tabTo } from './widget-helpers';

const { apiOrigin, demoOrigin, persistTo } = inject('e2e');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Screen name → findings; asserted once per test so one report shows every screen. */
type Findings = Record<string, Awaited<ReturnType<typeof checkScreen>>>;

async function check(page: Page, findings: Findings, name: string): Promise<void> {
  findings[name] = await checkScreen(page, name);
}

function expectClean(findings: Findings): void {
  const bad = Object.entries(findings).filter(([, f]) => f.axe.length || f.overflow320 > 0);
  expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
}

async function newPage(lang?: 'en'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await recordEvents(page);
  page.on('pageerror', (e) => console.error('page error:', e));
  page.on('response', async (r) => {
    if (r.url().includes('/v1/') && r.status() >= 400) console.error('API', r.status(), r.url(), await r.text().catch(() => ''));
  });
  await page.goto(`${demoOrigin}/`);
  if (lang) await page.evaluate((l) => (document.documentElement.lang = l), lang);
  return page;
}

const press = (page: Page, key: string) => page.keyboard.press(key);

describe('the widget journey, keyboard only (German)', () => {
  it('goes from the intro to a contact request stored with score and reasons', async () => {
    const page = await newPage();
    const findings: Findings = {};
    await page.getByRole('button', { name: 'Fragebogen starten' }).waitFor();
    await check(page, findings, 'de-0-intro');

    // Intro → step 1
    await tabTo(page, named(/^Fragebogen starten$/, 'button'), 'the start button');
    await press(page, 'Enter');
    await expectFocusOn(page, 'step-heading');
    await check(page, findings, 'de-1-step-who');

    // "Weiter" without the required answers: the error summary gets focus, its links lead to the fields.
    await tabTo(page, named(/^Weiter$/, 'button'), 'Weiter');
    await press(page, 'Enter');
    await expectFocusOn(page, 'error-summary');
    await check(page, findings, 'de-1-step-who-errors');
    await tabTo(page, named(/Wer sucht/, 'a'), 'the first error link');
    await press(page, 'Enter');
    expect(await focused(page)).toMatchObject({ type: 'radio', name: expect.stringMatching(/Ein Haushalt/) });
    await press(page, 'Space');
    expect(await focused(page)).toMatchObject({ checked: true });
    await tabTo(page, named(/Wie viele Erwachsene/, 'input'), 'adults');
    await page.keyboard.type('2');
    await tabTo(page, named(/Wie viele Kinder/, 'input'), 'children');
    await page.keyboard.type('1');
    await press(page, 'Enter'); // Enter in a field submits the step

    const steps = ['where', 'home', 'community'];
    for (const [i, step] of steps.entries()) {
      await expectFocusOn(page, 'step-heading');
      await expect(page.locator('bring-together-widget #step-heading').innerText()).resolves.toMatch(new RegExp(`Schritt ${i + 2} von 5`));
      await check(page, findings, `de-${i + 2}-step-${step}`);
      await tabTo(page, named(/^Weiter$/, 'button'), 'Weiter');
      await press(page, 'Enter');
    }

    // Step 5: a health-related answer, so the contact form asks for its separate consent.
    await expectFocusOn(page, 'step-heading');
    await check(page, findings, 'de-5-step-needs');
    const yes = await tabTo(page, (f) => f.type === 'radio', 'the first radio of step 5');
    expect(yes.name).toBe('Ja');
    await press(page, 'Space');
    await tabTo(page, named(/^Vorschläge anzeigen$/, 'button'), 'Vorschläge anzeigen');
    await press(page, 'Enter');

    // Results: focus on the heading, the count announced in the live region.
    await expectFocusOn(page, 'results-heading');
    await expect.poll(() => liveText(page), { timeout: 15_000 }).toMatch(/passende Angebote? gefunden|Ein passendes Angebot gefunden/);
    await page.locator('bring-together-result-card').first().waitFor();
    await check(page, findings, 'de-6-results');

    // Sort by distance with the keyboard; the new order is announced.
    await tabTo(page, (f) => f.tag === 'select', 'the sort control');
    await press(page, 'ArrowDown');
    await expect.poll(() => liveText(page)).toMatch(/Sortiert nach Entfernung/);
    const distances = await page.locator('bring-together-result-card').evaluateAll((cards) =>
      cards.map((c) => (c as unknown as { match: { distanceKm: number | null } }).match.distanceKm),
    );
    const known = distances.filter((d): d is number => d !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));

    // Detail of the second card; back restores focus and scroll position.
    await tabTo(page, named(/^Details ansehen/, 'button'), 'the first card');
    const second = await tabTo(page, named(/^Details ansehen/, 'button'), 'the second card');
    const title = second.name.replace(/^Details ansehen:\s*/, '');
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await press(page, 'Enter');
    await expectFocusOn(page, 'detail-heading');
    await expect(page.locator('bring-together-widget #detail-heading').innerText()).resolves.toBe(title);
    await page.locator('bring-together-widget .dimension').first().waitFor();
    const detailText = await page.locator('bring-together-widget .detail').innerText();
    expect(detailText).toMatch(/Wie es passt – in beide Richtungen/);
    expect(detailText).toMatch(/Passung für Sie/);
    expect(detailText).toMatch(/Passung für das Projekt/);
    expect(await page.locator('bring-together-widget .dimension').count()).toBeGreaterThan(5);
    await check(page, findings, 'de-7-detail');

    await tabTo(page, named(/Zurück zu den Vorschlägen/, 'button'), 'back', { back: true });
    await press(page, 'Enter');
    await expect.poll(async () => (await focused(page))?.name).toBe(`Details ansehen: ${title}`);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThan(5);

    // Detail again (from the cache: no second request), then the contact form.
    await press(page, 'Enter');
    await expectFocusOn(page, 'detail-heading');
    await tabTo(page, named(/^Projekt kontaktieren$/, 'button'), 'contact');
    await press(page, 'Enter');
    await expectFocusOn(page, 'contact-heading');
    await check(page, findings, 'de-8-contact');

    // Sending an empty form shows the error summary.
    await tabTo(page, named(/^Anfrage senden$/, 'button'), 'send');
    await press(page, 'Enter');
    await expectFocusOn(page, 'contact-errors');
    await expect(page.locator('bring-together-widget #contact-errors').innerText()).resolves.toMatch(/Ihr Name.*\n?.*Ihre E-Mail-Adresse/s);
    await check(page, findings, 'de-8-contact-errors');

    const email = `keyboard-${Date.now()}@example.org`;
    await tabTo(page, named(/^Ihr Name$/, 'input'), 'name');
    await page.keyboard.type('Ada Tastatur');
    await tabTo(page, named(/^Ihre E-Mail-Adresse$/, 'input'), 'email');
    await page.keyboard.type(email);
    await tabTo(page, named(/^Ihre Nachricht$/, 'textarea'), 'message');
    await page.keyboard.type('Wir möchten Sie gern kennenlernen.');

    // The preview shows what the project sees: the message, the household, the score, the reasons —
    // and the barrier-free answer only once its own consent is given.
    const preview = page.locator('bring-together-widget .preview');
    await expect(preview.innerText()).resolves.toMatch(/Wir möchten Sie gern kennenlernen\./);
    await expect(preview.innerText()).resolves.toMatch(/2 Erwachsene, 1 Kind/);
    await expect(preview.innerText()).resolves.toMatch(/von 100/);
    await expect(preview.innerText()).resolves.toMatch(/werden nicht übermittelt/);
    const barrierFree = page.locator('bring-together-widget .preview [data-question="needs.barrierFree"]');
    expect(await barrierFree.count()).toBe(0);
    await tabTo(page, named(/^Ich willige ein, dass bring-together/, 'input'), 'consent');
    await press(page, 'Space');
    await tabTo(page, named(/^Ich willige ausdrücklich ein/, 'input'), 'needs consent');
    await press(page, 'Space');
    await expect(preview.innerText()).resolves.toMatch(/werden übermittelt/);
    expect(await barrierFree.count()).toBe(1);
    await check(page, findings, 'de-8-contact-filled');

    await tabTo(page, named(/^Anfrage senden$/, 'button'), 'send');
    await press(page, 'Enter');
    await expectFocusOn(page, 'sent-heading', 15_000);
    const sentText = await page.locator('bring-together-widget .contact.sent').innerText();
    expect(sentText).toMatch(/Ihre Anfrage ist verschickt/);
    expect(sentText).toContain(email);
    expect(sentText).toMatch(/Link/);
    await check(page, findings, 'de-9-contact-sent');

    const sent = (await events(page)).find((e) => e.type === 'bt-contact-sent');
    expect(sent?.detail).toMatchObject({ id: expect.any(String), score: expect.any(Number), confirmationEmail: 'sent' });
    expect(JSON.stringify(sent?.detail)).not.toContain(email);

    // Stored in D1 with score, reasons and the health-related answer (its consent was given).
    const [row] = readLocal<{ score: number; snapshot: string; consent: string; algorithm_version: string; email: string }>(
      `SELECT score, snapshot, consent, algorithm_version, email FROM contact_requests WHERE id = '${String(sent!.detail.id).replace(/'/g, '')}'`,
      persistTo,
    );
    expect(row).toBeDefined();
    expect(row!.email).toBe(email);
    expect(row!.score).toBe(sent!.detail.score);
    expect(row!.algorithm_version).toMatch(/^bt-match\//);
    const snapshot = JSON.parse(row!.snapshot) as { reasons: { text: string }[]; answers: Record<string, unknown>; household: { adults: number } };
    expect(snapshot.reasons.length).toBeGreaterThan(0);
    expect(snapshot.household.adults).toBe(2);
    expect(snapshot.answers['needs.barrierFree']).toEqual({ value: true, importance: 1 });
    expect(JSON.parse(row!.consent)).toMatchObject({ shareNeedsAt: expect.any(Number) });

    // The confirmation mail with the manage link went out.
    expect((await mailTo(apiOrigin, email, /\/manage\//)).text).toMatch(/\/manage\/[\w-]{43}/);

    expectClean(findings);
    await page.close();
  }, 120_000);
});

describe('the widget in English and for groups', () => {
  it('passes axe on every screen in English (follows <html lang>)', async () => {
    const page = await newPage('en');
    const findings: Findings = {};
    const w = (sel: string) => page.locator(`bring-together-widget ${sel}`);
    await page.getByRole('button', { name: 'Start the questionnaire' }).waitFor();
    await check(page, findings, 'en-0-intro');
    await page.getByRole('button', { name: 'Start the questionnaire' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await w('#error-summary').waitFor();
    await check(page, findings, 'en-1-step-who-errors');
    await page.getByRole('radio', { name: /One household/ }).check();
    await page.getByRole('textbox', { name: /How many adults/ }).fill('1');
    await page.getByRole('textbox', { name: /How many children/ }).fill('0');
    await check(page, findings, 'en-1-step-who');
    for (const [i, step] of ['where', 'home', 'community', 'needs'].entries()) {
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { name: new RegExp(`Step ${i + 2} of 5`) }).waitFor();
      await check(page, findings, `en-${i + 2}-step-${step}`);
    }
    await page.getByRole('button', { name: 'Show suggestions' }).click();
    await page.locator('bring-together-result-card').first().waitFor();
    await expect.poll(() => liveText(page)).toMatch(/Found/);
    await check(page, findings, 'en-6-results');
    await page.getByRole('button', { name: /^View details/ }).first().click();
    await w('.dimension').first().waitFor();
    expect(await w('.detail').innerText()).toMatch(/How it fits – both ways/);
    await check(page, findings, 'en-7-detail');
    await page.getByRole('button', { name: 'Contact the project' }).click();
    await w('#contact-heading').waitFor();
    await check(page, findings, 'en-8-contact');
    await page.getByRole('button', { name: 'Send request' }).click();
    await w('#contact-errors').waitFor();
    await check(page, findings, 'en-8-contact-errors');
    expectClean(findings);
    await page.close();
  }, 90_000);

  it('shows a group buildings and plots, with wording to match', async () => {
    const page = await newPage();
    await page.getByRole('button', { name: 'Fragebogen starten' }).click();
    await page.getByRole('radio', { name: /Eine Gruppe mehrerer Haushalte/ }).check();
    await page.getByRole('textbox', { name: /Wie viele Haushalte/ }).fill('4');
    await page.getByRole('textbox', { name: /Wie viele Erwachsene/ }).fill('7');
    await page.getByRole('textbox', { name: /Wie viele Kinder/ }).fill('3');
    for (let step = 2; step <= 5; step++) await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Vorschläge anzeigen' }).click();
    await page.getByRole('heading', { name: 'Gebäude und Grundstücke für Ihre Gruppe' }).waitFor();
    await expect.poll(() => liveText(page), { timeout: 15_000 }).toMatch(/Gebäude|Grundstück|Noch nichts/);
    const kinds = await page.locator('bring-together-result-card').evaluateAll((cards) =>
      cards.map((c) => (c as unknown as { match: { listing: { kind: string } } }).match.listing.kind),
    );
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['property']));
    await expect(page.locator('bring-together-result-card article').first().innerText()).resolves.toMatch(/Gebäude oder Grundstück/);
    await page.getByRole('button', { name: /^Details ansehen/ }).first().click();
    await page.getByRole('button', { name: 'Anbieter kontaktieren' }).waitFor();
    await screenshot(page, 'de-group-detail-1280');
    await page.close();
  }, 60_000);
});
