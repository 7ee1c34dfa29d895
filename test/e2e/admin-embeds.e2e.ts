/**
 * The municipality's embeds in real headless Chromium: sign in as the demo municipality by magic
 * link, create an embed with a theme by keyboard only (first with a colour too light for white
 * text, then correctly), copy the snippet, and see the live preview run the widget with that theme
 * under the admin's real CSP (no CSP error in the console), through to results. Every page is
 * checked with axe, no violation of any impact (in a second context that may inject it), and for
 * reflow at 375 px.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_MUNICIPALITY_EMAIL } from '../../worker/seed/auth';
import { launchBrowser } from './browser';
import { magicLink as magicLinkFrom } from './mailbox';
import { answerStepOne, axeAll, finishQuestionnaire, type AxeViolation } from './widget-helpers';

const { apiOrigin } = inject('e2e');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const magicLink = (email: string) => magicLinkFrom(apiOrigin, email);

/** Presses Tab until the focused element has this name (or id), like a keyboard user would. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.getAttribute('name') || el?.id || el?.textContent?.trim() || '';
    });
    if (at === name) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** The background colour of the widget's start button, read inside its shadow root. */
const startButtonColour = (page: Page) =>
  page.getByRole('button', { name: 'Fragebogen starten' }).evaluate((b) => getComputedStyle(b).backgroundColor);

describe('municipality embeds, end to end', () => {
  it('creates an embed with a theme by keyboard, previews the widget with it, and every page passes axe', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const name = `Kreis-Webseite ${Date.now().toString(36)}`;

    await page.goto(`${apiOrigin}/admin/embeds`);
    await page.getByLabel('E-Mail-Adresse').fill(DEMO_MUNICIPALITY_EMAIL);
    await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    await page.getByRole('heading', { name: 'Bitte sehen Sie in Ihr Postfach' }).waitFor();
    await page.goto(await magicLink(DEMO_MUNICIPALITY_EMAIL));
    await page.goto(`${apiOrigin}/admin/embeds`);
    await page.getByRole('heading', { name: 'Einbindungen', exact: true }).waitFor();
    const pages: Record<string, string> = { list: page.url() };

    // Keyboard only: to the "new" link, then through the form.
    await tabTo(page, 'Neue Einbindung');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Neue Einbindung' }).waitFor();
    pages.form = page.url();
    await tabTo(page, 'name');
    await page.keyboard.type(name);
    await tabTo(page, 'origins');
    await page.keyboard.type('https://www.beispielgemeinde.example');
    await tabTo(page, 'kinds');
    await page.keyboard.press('Space'); // projects only
    await tabTo(page, 'accent');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('#ffcc00');
    await tabTo(page, 'radius');
    await page.keyboard.type('4px');
    await tabTo(page, 'Speichern');
    await page.keyboard.press('Enter');

    // Too light: the error summary names the field, the input is kept.
    await page.getByRole('heading', { name: 'Es gibt ein Problem' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(/Kontrast von 1,\d\d:1/);
    expect(await page.locator('#f-name').inputValue()).toBe(name);
    pages.formErrors = page.url();
    await page.locator('.error-summary a').first().focus();
    await page.keyboard.press('Enter');
    // Following the link to its field is a fragment navigation, which the browser runs after the key
    // press returns: wait for the focus it moves rather than read it at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5_000 }).toBe('f-accent');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('#7a1f5c');
    await tabTo(page, 'Speichern');
    await page.keyboard.press('Enter');
    await page.getByText('Einbindung angelegt.').waitFor();
    pages.detail = page.url();

    const snippet = await page.getByLabel('Code', { exact: true }).inputValue();
    const key = snippet.match(/data-key="(pk_[A-Za-z0-9]+)"/)?.[1];
    expect(snippet).toBe(`<script src="${apiOrigin}/widget.js" data-key="${key}" async></script>`);

    // The preview runs the widget on the admin origin under the admin's CSP, with the saved theme.
    await page.getByRole('link', { name: 'Vorschau', exact: true }).click();
    await page.getByRole('button', { name: 'Fragebogen starten' }).waitFor({ timeout: 15_000 });
    pages.preview = page.url();
    expect(await startButtonColour(page)).toBe('rgb(122, 31, 92)');
    await answerStepOne(page);
    await finishQuestionnaire(page);
    await page.locator('bring-together-result-card').first().waitFor({ timeout: 15_000 });

    // Try an unsaved look: the page re-renders with a same-origin stylesheet for it.
    // (The widget keeps the session in this tab; start afresh to see its first screen again.)
    await page.evaluate(() => sessionStorage.clear());
    await page.getByLabel('Akzentfarbe').fill('#004488');
    await page.getByRole('button', { name: 'In der Vorschau zeigen' }).click();
    await page.getByRole('button', { name: 'Fragebogen starten' }).waitFor({ timeout: 15_000 });
    expect(await startButtonColour(page)).toBe('rgb(0, 68, 136)');
    pages.previewTry = page.url();
    expect(errors.filter((e) => /Content Security Policy|Refused/.test(e)), errors.join('\n')).toEqual([]);

    // axe and reflow on every page, in a context allowed to inject axe (bypassCSP), same session.
    const audit: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true, storageState: await context.storageState() });
    const checker = await audit.newPage();
    const findings: Record<string, { axe: AxeViolation[]; overflow375: number }> = {};
    for (const [label, url] of Object.entries(pages)) {
      if (label === 'formErrors') {
        await checker.goto(pages.form!);
        await checker.locator('#f-name').fill('x');
        await checker.getByRole('button', { name: 'Speichern' }).click();
        await checker.getByRole('heading', { name: 'Es gibt ein Problem' }).waitFor();
      } else {
        await checker.goto(url);
      }
      if (label.startsWith('preview')) await checker.getByRole('button', { name: 'Fragebogen starten' }).waitFor({ timeout: 15_000 });
      const axe = await axeAll(checker);
      await checker.setViewportSize({ width: 375, height: 800 });
      const overflow375 = await checker.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await checker.setViewportSize({ width: 1280, height: 900 });
      findings[label] = { axe, overflow375 };
    }
    const bad = Object.entries(findings).filter(([, f]) => f.axe.length || f.overflow375 > 0);
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
    await audit.close();
    await context.close();
  }, 120_000);
});
