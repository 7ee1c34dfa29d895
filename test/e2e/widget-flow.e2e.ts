/**
 * The whole loop in real headless Chromium: the demo municipal page on its own origin embeds the
 * widget with one script tag; a visitor answers the questions and sees result cards from the real
 * Worker and the seeded D1.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { answerStepOne, finishQuestionnaire } from './widget-helpers';

const { apiOrigin, demoOrigin } = inject('e2e');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openDemoPage(): Promise<{ page: Page; apiRequests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const apiRequests: string[] = [];
  page.on('request', (req) => {
    if (req.url().startsWith(`${apiOrigin}/v1/`) && req.method() !== 'OPTIONS') apiRequests.push(`${req.method()} ${new URL(req.url()).pathname}`);
  });
  await page.goto(`${demoOrigin}/`);
  return { page, apiRequests };
}

describe('widget on the demo municipal page (another origin)', () => {
  it('mounts after its script tag and shows the questions in its shadow root after one API request', async () => {
    const { page, apiRequests } = await openDemoPage();
    expect(new URL(demoOrigin).origin).not.toBe(new URL(apiOrigin).origin);
    const start = page.getByRole('button', { name: 'Fragebogen starten' });
    await start.waitFor();
    // Mounted right after the script tag, inside a shadow root.
    const placement = await page.evaluate(() => {
      const el = document.querySelector('bring-together-widget');
      return { afterScript: el?.previousElementSibling?.tagName, shadow: Boolean(el?.shadowRoot) };
    });
    expect(placement).toEqual({ afterScript: 'SCRIPT', shadow: true });
    await start.click();
    await page.getByRole('heading', { name: /Schritt 1 von 5/ }).waitFor();
    await expect(page.getByRole('radio', { name: /Ein Haushalt/ }).isVisible()).resolves.toBe(true);
    expect(apiRequests).toEqual(['GET /v1/embeds/pk_demo_goerlitz/config']);
    await page.close();
  });

  it('answers the questionnaire and shows explained result cards from the seeded region', async () => {
    const { page, apiRequests } = await openDemoPage();
    await answerStepOne(page);
    await finishQuestionnaire(page);
    const cards = page.getByRole('article');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    const first = await cards.first().innerText();
    expect(first).toMatch(/Passt, weil/);
    expect(first).toMatch(/von 100/);
    expect(apiRequests).toContain('POST /v1/matches');
    await page.close();
  });
});
