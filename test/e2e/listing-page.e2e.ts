/**
 * A listing's public page in real headless Chromium, on the demo seed: axe finds nothing (any
 * impact) in German and English at 1280 and 320 px, nothing scrolls sideways at 320 px, the page
 * runs no script, its JSON-LD parses and fits the schema.org types it uses, the keyboard reaches
 * "Passt das zu mir?", and that link's `?bt-listing=` opens the listing's fit in the widget on the
 * demo municipal page once the questionnaire is answered.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readLocal } from './local-db';
import { listingPath } from '../../worker/listings/public-path';
import { ListingJsonLdSchema } from '../support/listing-json-ld';
import { launchBrowser, openServerPage } from './browser';
import { answerStepOne, axeAll, finishQuestionnaire, named, tabTo } from './widget-helpers';

const { apiOrigin, demoOrigin, persistTo } = inject('e2e');
let browser: Browser;
let listing: { id: string; title: string };

beforeAll(async () => {
  browser = await launchBrowser();
  // A published project of an approved provider with photos (the demo region embed shows it).
  [listing] = readLocal<{ id: string; title: string }>(
    `SELECT l.id, l.title FROM listings l JOIN region_approvals a ON a.provider_id = l.organization_id AND a.state = 'approved'
     WHERE l.status = 'published' AND l.kind = 'project' AND l.photos <> '[]' ORDER BY l.id LIMIT 1`,
    persistTo,
  ) as [{ id: string; title: string }];
});
afterAll(async () => {
  await browser?.close();
});

async function open(width: number, path: string): Promise<{ page: Page; scripts: string[] }> {
  const { page, scripts, status } = await openServerPage(browser, `${apiOrigin}${path}`, width);
  expect(status).toBe(200);
  return { page, scripts };
}

describe('listing page in Chromium', () => {
  for (const lang of ['de', 'en'] as const) {
    for (const width of [1280, 320]) {
      it(`is axe-clean, reflows and carries valid JSON-LD (${lang}, ${width} px)`, async () => {
        const path = `${listingPath(listing.id, listing.title)}${lang === 'en' ? '?lang=en' : ''}`;
        const { page, scripts } = await open(width, path);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        await page.getByRole('heading', { level: 1, name: listing.title }).waitFor();
        await expect(page.getByRole('img', { name: lang === 'de' ? /^Karte: / : /^Map: / }).isVisible()).resolves.toBe(true);
        expect(scripts).toEqual([]);

        const ld = await page.locator('script[type="application/ld+json"]').textContent();
        const data = ListingJsonLdSchema.parse(JSON.parse(ld ?? ''));
        expect(data.name).toBe(listing.title);
        expect(data.url).toBe(await page.getAttribute('link[rel="canonical"]', 'href'));

        expect(await axeAll(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.close();
      });
    }
  }

  it('reaches "Passt das zu mir?" by keyboard, and its link opens the listing\'s fit in the widget after the questions', async () => {
    const { page } = await open(1280, listingPath(listing.id, listing.title));
    const link = await tabTo(page, named(/^Passt das zu mir\?/, 'a'), 'the fit link');
    expect(link.name).toMatch(/Zum Fragebogen/);
    const href = new URL((await page.getAttribute('a.button[href*="bt-listing="]', 'href'))!);
    expect(href.searchParams.get('bt-listing')).toBe(listing.id);
    await page.close();

    // The same parameter on the demo municipal page (the link names the embed's first allowed origin,
    // which the test's demo page is one of).
    const demo = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    await demo.goto(`${demoOrigin}/?bt-listing=${encodeURIComponent(listing.id)}`);
    await answerStepOne(demo);
    await finishQuestionnaire(demo);
    await demo.getByRole('heading', { level: 2, name: listing.title }).waitFor();
    await expect(demo.getByRole('button', { name: /Zurück/ }).first().isVisible()).resolves.toBe(true);
    await demo.close();
  });
});
