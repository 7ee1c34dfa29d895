/**
 * The widget in chunks, in real headless Chromium on the demo page (another origin): widget.js,
 * the entry and its static chunks before the first question, every later screen's chunk only when
 * the seeker gets there (served with CORS from the API host), no globals from any of them, and a
 * chunk that cannot be fetched failing like a request — a message, a retry, never a blank widget.
 * The English texts and the resumption of a kept session load only where needed, together with the
 * first chunk.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { answerStepOne, events, expectFocusOn, finishQuestionnaire, liveText, recordEvents } from './widget-helpers';

const { apiOrigin, demoOrigin } = inject('e2e');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The results' chunk, and the one of the other later screens (views/later.ts). */
const LATER = /\/widget\/(results|later)-[^/]+\.js$/;
const ENGLISH = /\/widget\/core-en-[^/]+\.js$/;
const RESUME = /\/widget\/resume-[^/]+\.js$/;
/** A screen whose chunk is fetched first may take longer on a busy machine. */
const CHUNK_WAIT = 15_000;

async function newPage(): Promise<{ page: Page; scripts: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await recordEvents(page);
  await page.addInitScript(() => {
    (window as unknown as { __globals: string[] }).__globals = Object.getOwnPropertyNames(window);
  });
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.url().startsWith(`${apiOrigin}/widget`)) scripts.push(new URL(req.url()).pathname);
  });
  return { page, scripts };
}

const widgetText = (page: Page) => page.locator('bring-together-widget .root').first().innerText();
const later = (scripts: string[]) => scripts.filter((s) => LATER.test(s)).map((s) => LATER.exec(s)![1]);

describe('the widget in chunks', () => {
  it('loads later screens only when they are used, with CORS, and leaves no globals', async () => {
    const { page, scripts } = await newPage();
    await page.goto(`${demoOrigin}/`);
    await answerStepOne(page);
    await page.getByRole('heading', { name: /Schritt 1 von 5/ }).waitFor();
    expect(scripts[0]).toBe('/widget.js');
    expect(scripts.some((s) => /^\/widget\/entry-[^/]+\.js$/.test(s))).toBe(true);
    expect(later(scripts)).toEqual([]);
    // A German page and a first visit: neither the English texts nor the resumption.
    expect(scripts.filter((s) => ENGLISH.test(s) || RESUME.test(s))).toEqual([]);

    await finishQuestionnaire(page);
    await page.locator('bring-together-result-card').first().waitFor();
    expect(later(scripts)).toEqual(['results']);
    await page.getByRole('button', { name: /^Details ansehen/ }).first().click();
    await page.getByRole('button', { name: 'Projekt kontaktieren' }).click();
    await expectFocusOn(page, 'contact-heading', CHUNK_WAIT);
    // Detail and contact from one chunk, fetched once.
    expect(later(scripts)).toEqual(['results', 'later']);

    const chunk = scripts.find((s) => LATER.test(s))!;
    const res = await fetch(`${apiOrigin}${chunk}`, { headers: { Origin: demoOrigin } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-type')).toMatch(/javascript/);

    const globals = await page.evaluate(() => {
      const before = new Set((window as unknown as { __globals: string[] }).__globals);
      return Object.getOwnPropertyNames(window).filter((k) => !before.has(k) && !k.startsWith('__'));
    });
    expect(globals).toEqual([]);
    await page.close();
  });

  it('a later screen that cannot be fetched says so, keeps the answers and loads on retry', async () => {
    const { page } = await newPage();
    await page.route(/\/widget\/results-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto(`${demoOrigin}/`);
    await answerStepOne(page);
    await finishQuestionnaire(page);
    await page.getByRole('button', { name: 'Erneut versuchen' }).waitFor();
    expect(await widgetText(page)).toMatch(/Dieser Teil der Suche konnte nicht geladen werden[\s\S]*Keine Verbindung zum Server[\s\S]*Ihre Antworten bleiben erhalten/);
    await expectFocusOn(page, 'error-notice', CHUNK_WAIT);
    await expect.poll(() => liveText(page)).toMatch(/konnte nicht geladen werden/);
    expect((await events(page)).filter((e) => e.type === 'bt-error').map((e) => e.detail)).toEqual([{ code: 'network', status: 0, stage: 'matches' }]);
    // The matches arrived, but no screen shows them: neither said nor reported as shown.
    expect((await events(page)).filter((e) => e.type === 'bt-results')).toEqual([]);
    expect(await liveText(page)).not.toMatch(/gefunden/);

    await page.unroute(/\/widget\/results-[^/]+\.js$/);
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await page.locator('bring-together-result-card').first().waitFor();
    await expectFocusOn(page, 'results-heading', CHUNK_WAIT);
    await expect.poll(() => liveText(page)).toMatch(/\d+ passende Angebote gefunden/);
    await expect.poll(async () => (await events(page)).filter((e) => e.type === 'bt-results').length).toBe(1);
    await page.close();
  });

  it('the later screens\' chunk failing on one screen loads on its retry, and the next screen opens without one', async () => {
    const { page, scripts } = await newPage();
    const laterChunk = /\/widget\/later-[^/]+\.js$/;
    await page.route(laterChunk, (route) => route.abort('internetdisconnected'));
    await page.goto(`${demoOrigin}/`);
    await answerStepOne(page);
    await finishQuestionnaire(page);
    await page.getByRole('button', { name: /^Details ansehen/ }).first().click();
    await page.getByRole('button', { name: 'Erneut versuchen' }).waitFor();
    expect(await widgetText(page)).toMatch(/Dieser Teil der Suche konnte nicht geladen werden[\s\S]*Keine Verbindung zum Server/);

    await page.unroute(laterChunk);
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await page.getByRole('button', { name: 'Projekt kontaktieren' }).click({ timeout: CHUNK_WAIT });
    // Contact comes from the chunk the retry fetched: no failure of its own, no further fetch.
    await expectFocusOn(page, 'contact-heading', CHUNK_WAIT);
    expect(later(scripts)).toEqual(['results', 'later', 'later']);
    expect((await events(page)).filter((e) => e.type === 'bt-error').map((e) => e.detail)).toEqual([{ code: 'network', status: 0, stage: 'detail' }]);
    await page.close();
  });

  it("the search's chunk failing when fetched after the first question loads with the results, no failure shown", async () => {
    const { page, scripts } = await newPage();
    const searchChunk = /\/widget\/search-[^/]+\.js$/;
    const failed: string[] = [];
    page.on('requestfailed', (req) => failed.push(new URL(req.url()).pathname));
    await page.route(searchChunk, (route) => route.abort('internetdisconnected'));
    await page.goto(`${demoOrigin}/`);
    await answerStepOne(page);
    // Fetched once the first question is on screen, and lost.
    await expect.poll(() => failed.filter((s) => searchChunk.test(s)).length, { timeout: CHUNK_WAIT }).toBe(1);

    await page.unroute(searchChunk);
    await finishQuestionnaire(page);
    await page.locator('bring-together-result-card').first().waitFor({ timeout: CHUNK_WAIT });
    // The results asked for it again (under a fresh URL, the browser keeps the failed one): no retry button, no error.
    expect(scripts.filter((s) => searchChunk.test(s))).toHaveLength(2);
    expect((await events(page)).filter((e) => e.type === 'bt-error')).toEqual([]);
    expect(await page.getByRole('button', { name: 'Erneut versuchen' }).count()).toBe(0);
    await page.close();
  });

  it('the widget itself failing to load shows the unavailable message and a retry in its place', async () => {
    const { page } = await newPage();
    await page.route(/\/widget\/entry-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto(`${demoOrigin}/`);
    const retry = page.locator('bring-together-widget').getByRole('button', { name: 'Erneut versuchen' });
    await retry.waitFor();
    const fallback = await page.locator('bring-together-widget').innerText();
    expect(fallback).toMatch(/Die Suche ist hier gerade nicht verfügbar[\s\S]*Keine Verbindung zum Server/);
    expect((await events(page)).find((e) => e.type === 'bt-error')?.detail).toEqual({ code: 'network', status: 0, stage: 'config' });

    await page.unroute(/\/widget\/entry-[^/]+\.js$/);
    await retry.click();
    await page.getByRole('button', { name: 'Fragebogen starten' }).waitFor();
    expect(await page.locator('bring-together-widget [data-bring-together-unavailable]').count()).toBe(0);
    await page.close();
  });
  it('an English page fetches its texts together with the first chunk; a reload fetches the resumption and keeps the answers', async () => {
    const { page, scripts } = await newPage();
    // Requests and their arrivals in one order.
    const log: string[] = [];
    page.on('request', (req) => log.push(`asked ${new URL(req.url()).pathname}`));
    page.on('requestfinished', (req) => log.push(`arrived ${new URL(req.url()).pathname}`));
    await page.goto(`${demoOrigin}/english-page/`);
    await page.getByRole('button', { name: 'Start the questionnaire' }).click();
    await page.getByRole('heading', { name: /Step 1 of 5/ }).waitFor();
    const english = scripts.find((s) => ENGLISH.test(s));
    const entry = scripts.find((s) => /^\/widget\/entry-[^/]+\.js$/.test(s));
    expect(english && entry).toBeTruthy();
    // Asked for by widget.js together with the entry, not by the widget once the entry had run.
    expect(log.indexOf(`asked ${english}`)).toBeGreaterThan(-1);
    expect(log.indexOf(`asked ${english}`)).toBeLessThan(log.indexOf(`arrived ${entry}`));
    expect(scripts.filter((s) => RESUME.test(s))).toEqual([]);
    await page.getByRole('radio', { name: /One household/ }).check();

    scripts.length = 0;
    await page.reload();
    // Back at the step it was on, the answer kept (restored by the resumption's chunk).
    await page.getByRole('heading', { name: /Step 1 of 5/ }).waitFor();
    expect(await page.getByRole('radio', { name: /One household/ }).isChecked()).toBe(true);
    expect(scripts.filter((s) => RESUME.test(s))).toHaveLength(1);
    await page.close();
  });

  it('English texts that cannot be fetched: the widget speaks German rather than nothing', async () => {
    const { page } = await newPage();
    await page.route(ENGLISH, (route) => route.abort('internetdisconnected'));
    await page.goto(`${demoOrigin}/english-page/`);
    await page.getByRole('button', { name: 'Fragebogen starten' }).waitFor();
    expect(await page.locator('bring-together-widget .root').first().getAttribute('lang')).toBe('de');
    await page.close();
  });

  it('the configuration failing while its failure screen cannot be fetched either: no connection, and a retry that works once both are back', async () => {
    const { page } = await newPage();
    const failureChunk = /\/widget\/config-failure-[^/]+\.js/;
    await page.route(`${apiOrigin}/v1/**`, (route) => route.abort('internetdisconnected'));
    await page.route(failureChunk, (route) => route.abort('internetdisconnected'));
    await page.goto(`${demoOrigin}/`);
    const retry = page.getByRole('button', { name: 'Erneut versuchen' });
    await retry.waitFor();
    expect(await widgetText(page)).toMatch(/Die Suche ist hier gerade nicht verfügbar[\s\S]*Keine Verbindung zum Server[\s\S]*Fehlercode: network/);
    await page.unroute(`${apiOrigin}/v1/**`);
    await page.unroute(failureChunk);
    await retry.click();
    await page.getByRole('button', { name: 'Fragebogen starten' }).waitFor();
    await page.close();
  });
});
