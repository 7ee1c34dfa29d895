/**
 * "Browse all" in real headless Chromium on the demo municipal page (another origin than the API),
 * keyboard only: open it from the intro, load more, filter for barrier-free offers, move through
 * the map's markers and on into the list, open a listing's public page link, and "Does this fit
 * me?" into the questionnaire (no answers yet) and into the fit view (answers complete), back to the
 * same card. axe finds nothing serious at 1280 and 320 px, in German and English, and the view
 * reflows at 320 px. Listing titles are the demo providers' own words, so nothing here depends on
 * them: only on our texts and on what the API answered.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { clean, cleanAtBothWidths, expectFocusOn, finishQuestionnaire, focused, named, tabTo } from './widget-helpers';

const { demoOrigin } = inject('e2e');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(lang?: 'en'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e));
  page.on('response', (r) => {
    if (r.url().includes('/v1/') && r.status() >= 400) console.error('API', r.status(), r.url());
  });
  await page.goto(`${demoOrigin}/`);
  if (lang) await page.evaluate((l) => (document.documentElement.lang = l), lang);
  return page;
}

const press = (page: Page, key: string) => page.keyboard.press(key);
const count = (page: Page) => page.locator('bring-together-widget #browse-count').innerText();
const cards = (page: Page) => page.locator('bring-together-widget bring-together-result-card');
const markers = (page: Page) => page.locator('bring-together-widget .map g.marker');

describe('"Browse all" in the widget, keyboard only', () => {
  it('lists, loads more, filters, and leads from the map into the list and from a card into the questionnaire or the fit', async () => {
    const page = await newPage();
    await page.getByRole('button', { name: 'Fragebogen starten' }).waitFor();

    await tabTo(page, named(/^Alle ansehen$/, 'button'), '"Alle ansehen" on the intro');
    await press(page, 'Enter');
    await expectFocusOn(page, 'browse-heading');
    await expect.poll(() => count(page), { timeout: 15_000 }).toMatch(/Angebote gefunden/);
    const total = Number(/(\d+) Angebote gefunden/.exec(await count(page))?.[1]);
    expect(total).toBeGreaterThan(12);
    expect(await cards(page).count()).toBe(12);
    expect(await cleanAtBothWidths(page)).toEqual(clean);

    // "More": the next page below, focus on its first card.
    await tabTo(page, named(/^Weitere Angebote anzeigen$/, 'button'), '"more"');
    await press(page, 'Enter');
    await expect.poll(() => cards(page).count(), { timeout: 15_000 }).toBe(Math.min(24, total));
    const thirteenth = await cards(page).nth(12).evaluate((c) => (c as unknown as { match: { listing: { title: string } } }).match.listing.title);
    await expect.poll(async () => (await focused(page))?.name, { timeout: 5_000 }).toBe(`Passt das zu mir?: ${thirteenth}`);

    // Filter: barrier-free only, applied with the form's button.
    await tabTo(page, named(/^Nur barrierefreie Angebote$/, 'input'), 'the barrier-free filter', { back: true });
    await press(page, 'Space');
    await tabTo(page, named(/^Angebote anzeigen$/, 'button'), 'the apply button');
    await press(page, 'Enter');
    await expect.poll(async () => Number(/^(\d+|Ein) /.exec(await count(page))?.[1]?.replace('Ein', '1') ?? NaN), { timeout: 15_000 }).toBeLessThan(total);
    const shown = await cards(page).count();
    expect(shown).toBeGreaterThan(0);
    for (let i = 0; i < shown; i++) expect(await cards(page).nth(i).locator('dl.facts').innerText()).toMatch(/Barrierefrei\s*ja/);

    // The map: one focusable marker per place, named by the place and its listings, in order.
    const places = await markers(page).count();
    expect(places).toBeGreaterThan(0);
    const labels = await markers(page).evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));
    const first = await tabTo(page, (f) => f.tag === 'g', 'the first map marker');
    expect(first.name).toBe(labels[0]);
    const visited = [first.name];
    for (let i = 1; i < places; i++) {
      await press(page, 'Tab');
      visited.push((await focused(page))?.name ?? '');
    }
    expect(visited).toEqual(labels);
    // Enter on the last marker: focus on its first listing's card in the list.
    await press(page, 'Enter');
    const inList = await focused(page);
    expect(inList?.name).toMatch(/^Passt das zu mir\?: /);
    expect(labels.at(-1)).toContain(inList!.name.replace('Passt das zu mir?: ', ''));

    // On through the list: the card's public page, then the next card's "Passt das zu mir?".
    await press(page, 'Tab');
    const link = await focused(page);
    expect(link).toMatchObject({ tag: 'a' });
    expect(link?.name).toMatch(/^Projektseite: /);
    const href = await page.evaluate(() => {
      let el = document.activeElement as HTMLElement | null;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
      return (el as HTMLAnchorElement).href;
    });
    expect(href).toMatch(/\/listings\/[^/]+\/[a-z0-9-]+$/);

    // "Passt das zu mir?" without answers: the questionnaire, from its first step.
    await tabTo(page, named(/^Passt das zu mir\?: /, 'button'), 'a card\'s "Passt das zu mir?"', { back: true });
    await press(page, 'Enter');
    await expectFocusOn(page, 'step-heading');

    // With every answer given: results → "Alle ansehen" (filters kept) → "Passt das zu mir?" → the fit view and back.
    await page.getByRole('radio', { name: /Ein Haushalt/ }).check();
    await page.getByRole('textbox', { name: /Wie viele Erwachsene/ }).fill('2');
    await page.getByRole('textbox', { name: /Wie viele Kinder/ }).fill('0');
    await finishQuestionnaire(page);
    await page.getByRole('heading', { name: /Ihre Vorschläge/ }).waitFor();
    await page.getByRole('button', { name: 'Alle ansehen' }).focus();
    await press(page, 'Enter');
    await expectFocusOn(page, 'browse-heading');
    await expect.poll(() => cards(page).count(), { timeout: 15_000 }).toBe(shown);
    await tabTo(page, named(/^Passt das zu mir\?: /, 'button'), 'the first card\'s "Passt das zu mir?"');
    const title = (await focused(page))!.name.replace('Passt das zu mir?: ', '');
    await press(page, 'Enter');
    await expectFocusOn(page, 'detail-heading');
    await expect.poll(() => page.locator('bring-together-widget #detail-heading').innerText(), { timeout: 15_000 }).toBe(title);
    await page.getByRole('button', { name: 'Zurück zu allen Angeboten' }).focus();
    await press(page, 'Enter');
    await expect.poll(async () => (await focused(page))?.name, { timeout: 5_000 }).toBe(`Passt das zu mir?: ${title}`);
    await page.close();
  });

  it('is clean in English too, at 1280 and 320 px', async () => {
    const page = await newPage('en');
    await page.getByRole('button', { name: 'Browse all' }).waitFor();
    await tabTo(page, named(/^Browse all$/, 'button'), '"Browse all" on the intro');
    await press(page, 'Enter');
    await expectFocusOn(page, 'browse-heading');
    await expect.poll(() => count(page), { timeout: 15_000 }).toMatch(/offers found/);
    await markers(page).first().waitFor();
    expect(await cleanAtBothWidths(page)).toEqual(clean);
    await page.close();
  });
});
