/**
 * The guide ("Wegweiser") in real headless Chromium, on the demo seed: the overview and every
 * section page are axe-clean (any impact) in German and English at 1280 and 320 px, nothing scrolls
 * sideways at 320 px, and no script runs. Then the journey from a watch-out in the widget: on the
 * demo municipal page a seeker who wants only rental sees a co-op's fit, reaches "Mehr im
 * Wegweiser" under the legal-form watch-out by keyboard, and it opens that legal form's entry with
 * the district's advice offices.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readLocal } from './local-db';
import { GUIDE_SECTIONS } from '../../worker/guide/links';
import { DEMO_EMBED_KEY } from '../../worker/seed/demo';
import { launchBrowser, openServerPage } from './browser';
import { answerStepOne, axeAll, named, tabTo } from './widget-helpers';

const { apiOrigin, demoOrigin, persistTo } = inject('e2e');
let browser: Browser;
let listing: { id: string; title: string };

beforeAll(async () => {
  browser = await launchBrowser();
  // A published co-op project of an approved provider with room for a household of two.
  [listing] = readLocal<{ id: string; title: string }>(
    `SELECT l.id, l.title FROM listings l JOIN region_approvals a ON a.provider_id = l.organization_id AND a.state = 'approved'
     WHERE l.status = 'published' AND l.kind = 'project' AND l.legal_form = 'cooperative' AND l.free_places >= 2 ORDER BY l.id LIMIT 1`,
    persistTo,
  ) as [{ id: string; title: string }];
});
afterAll(async () => {
  await browser?.close();
});

async function open(width: number, path: string): Promise<{ page: Page; scripts: string[] }> {
  const { page, scripts, status } = await openServerPage(browser, `${apiOrigin}${path}`, width);
  expect(status, path).toBe(200);
  return { page, scripts };
}

const PAGES = ['/guide', ...GUIDE_SECTIONS.map((s) => `/guide/${s}`), `/guide/financing?embed=${DEMO_EMBED_KEY}`];

describe('the guide in Chromium', () => {
  for (const lang of ['de', 'en'] as const) {
    for (const width of [1280, 320]) {
      it(`is axe-clean, reflows and runs no script (${lang}, ${width} px)`, async () => {
        const findings: Record<string, unknown> = {};
        for (const base of PAGES) {
          const path = lang === 'en' ? `${base}${base.includes('?') ? '&' : '?'}lang=en` : base;
          const { page, scripts } = await open(width, path);
          expect(await page.getAttribute('html', 'lang')).toBe(lang);
          await page.getByRole('heading', { level: 1 }).waitFor();
          expect(scripts, path).toEqual([]);
          const axe = await axeAll(page);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (axe.length || overflow > 0) findings[path] = { axe, overflow };
          await page.close();
        }
        expect(findings).toEqual({});
      });
    }
  }

  it('leads from a legal-form watch-out in the widget to that entry, with the advice offices, by keyboard', async () => {
    const demo = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    await demo.goto(`${demoOrigin}/?bt-listing=${encodeURIComponent(listing.id)}`);
    await answerStepOne(demo);
    for (let step = 2; step <= 5; step++) {
      await demo.getByRole('button', { name: 'Weiter' }).click();
      await demo.getByRole('heading', { name: new RegExp(`Schritt ${step} von 5`) }).waitFor();
      // Only rental will do: the co-op's legal form becomes a watch-out.
      if (step === 3) await demo.getByRole('checkbox', { name: 'Miete', exact: true }).check();
    }
    await demo.getByRole('button', { name: 'Vorschläge anzeigen' }).click();
    await demo.getByRole('heading', { level: 2, name: listing.title }).waitFor();
    // The detail names the district's advice offices too (the embed config's adviceOffices).
    const advice = demo.locator('bring-together-widget section.advice');
    await advice.getByRole('heading', { level: 3, name: 'Beratung vor Ort' }).waitFor();
    const offices = await advice.innerText();
    expect(offices).toMatch(/Wohnberatung im Landratsamt\s+\(öffnet in neuem Fenster\)\s+Sprechzeiten: Di 9–12 Uhr/);
    expect(offices).toMatch(/Netzwerk Gemeinschaftlich Wohnen Oberlausitz e\. V\./);

    const link = await tabTo(demo, named(/Mehr im Wegweiser/, 'a'), 'the guide link under the watch-out', { max: 200 });
    expect(link.name).toMatch(/neuem Fenster/);
    const [guide] = await Promise.all([demo.waitForEvent('popup'), demo.keyboard.press('Enter')]);
    await guide.waitForLoadState();
    const url = new URL(guide.url());
    expect(url.origin).toBe(apiOrigin);
    expect(url.pathname).toBe('/guide/legal-forms');
    expect(url.hash).toBe('#cooperative');
    expect(url.searchParams.get('embed')).toBe(DEMO_EMBED_KEY);
    await guide.getByRole('heading', { level: 2, name: 'Eingetragene Genossenschaft (eG)' }).waitFor();
    // The demo district's advice offices (worker/seed/advice.ts), since the link came from its widget.
    await guide.getByRole('heading', { level: 2, name: 'Beratung vor Ort' }).waitFor();
    await expect(guide.getByRole('heading', { level: 3, name: 'Wohnberatung im Landratsamt' }).isVisible()).resolves.toBe(true);
    await demo.close();
  });
});
