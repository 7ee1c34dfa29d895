/**
 * What goes wrong around the widget, in real headless Chromium: a page whose origin is not allowed,
 * a wrong key, the API down at load and failing mid-way (a retry, never lost answers, never a
 * duplicate request), removing and re-adding the element, several widgets per page, an aggressive
 * host stylesheet, the empty state with nearest partial matches and "notify me", and "notify me"
 * offered under a result list.
 */
import { mailTo } from './mailbox';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server';
import { readLocal } from './local-db';
import { launchBrowser } from './browser';
import { answerStepOne as answerStepOneAs, checkScreen, events, expectFocusOn, liveText, recordEvents, screenshot } from './widget-helpers';
import { freePort } from '../../scripts/free-port';

const { apiOrigin, demoOrigin, persistTo } = inject('e2e');
let browser: Browser;
let foreign: Server | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  foreign?.close();
});


async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await recordEvents(page);
  return page;
}

const widgetText = (page: Page) => page.locator('bring-together-widget .root').first().innerText();

const answerStepOne = (page: Page) => answerStepOneAs(page, /Fragebogen (starten|fortsetzen)/);

async function finish(page: Page, fromStep = 1): Promise<void> {
  for (let step = fromStep; step < 5; step++) await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByRole('button', { name: 'Vorschläge anzeigen' }).click();
}

describe('refusals and failures show their messages', () => {
  it('a page whose origin is not on the allow-list', async () => {
    const port = await freePort();
    foreign = await startDemoServer({ port, apiOrigin });
    const page = await newPage();
    await page.goto(`http://localhost:${port}/`);
    await page.getByRole('heading', { name: 'Die Suche ist hier gerade nicht verfügbar' }).waitFor();
    expect(await widgetText(page)).toContain('Diese Suche ist für diese Website nicht freigeschaltet.');
    expect(await page.getByRole('button', { name: 'Erneut versuchen' }).count()).toBe(0);
    expect((await events(page)).find((e) => e.type === 'bt-error')?.detail).toMatchObject({ code: 'origin_not_allowed', status: 403, stage: 'config' });
    await screenshot(page, 'error-origin-1280');
    await page.close();
  });

  it('a wrong key', async () => {
    const page = await newPage();
    await page.goto(`${demoOrigin}/bare-html/`);
    await page.evaluate((api) => {
      document.querySelector('bring-together-widget')?.remove();
      const el = document.createElement('bring-together-widget');
      el.setAttribute('key', 'pk_nobody_has_this');
      el.setAttribute('api', api);
      document.body.appendChild(el);
    }, apiOrigin);
    await page.getByRole('heading', { name: 'Die Suche ist hier gerade nicht verfügbar' }).waitFor();
    expect(await widgetText(page)).toContain('Der Schlüssel dieses Einbettungscodes ist unbekannt.');
    expect((await events(page)).find((e) => e.type === 'bt-error')?.detail).toMatchObject({ code: 'unknown_key', status: 404 });
    await screenshot(page, 'error-key-1280');
    await page.close();
  });

  it('the API down at load: a message and a retry that works once it is back', async () => {
    const page = await newPage();
    await page.route(`${apiOrigin}/v1/**`, (route) => route.abort('connectionrefused'));
    await page.goto(`${demoOrigin}/`);
    await page.getByRole('button', { name: 'Erneut versuchen' }).waitFor();
    expect(await widgetText(page)).toContain('Keine Verbindung zum Server');
    await screenshot(page, 'error-api-down-1280');
    await page.unroute(`${apiOrigin}/v1/**`);
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await page.getByRole('button', { name: 'Fragebogen starten' }).waitFor();
    await page.close();
  });

  it('the network failing mid-way: retry, answers and the open listing kept across a reload, a contact request never stored twice', async () => {
    const page = await newPage();
    await page.goto(`${demoOrigin}/`);
    await answerStepOne(page);
    await page.route(`${apiOrigin}/v1/matches`, (route) => route.abort('internetdisconnected'));
    await finish(page);
    await page.getByRole('button', { name: 'Erneut versuchen' }).waitFor();
    expect(await widgetText(page)).toMatch(/Keine Verbindung zum Server[\s\S]*Ihre Antworten bleiben erhalten/);
    await expect.poll(() => liveText(page)).toMatch(/konnten nicht geladen werden/);

    // A reload keeps every answer (sessionStorage) and asks again.
    await page.unroute(`${apiOrigin}/v1/matches`);
    await page.reload();
    await page.locator('bring-together-result-card').first().waitFor();
    await page.getByRole('button', { name: 'Antworten ändern' }).click();
    await expect(page.getByRole('textbox', { name: /Wie viele Erwachsene/ }).inputValue()).resolves.toBe('2');
    await finish(page);
    await page.getByRole('button', { name: /^Details ansehen/ }).first().click();
    await page.getByRole('button', { name: 'Projekt kontaktieren' }).waitFor();
    // A reload in the contact form comes back to the same listing's detail (nothing typed there is kept).
    const listing = (await page.locator('bring-together-widget #detail-heading').innerText()).trim();
    expect(listing).not.toMatch(/geladen/);
    await page.getByRole('button', { name: 'Projekt kontaktieren' }).click();
    await page.reload();
    await page.locator('bring-together-widget #detail-heading').filter({ hasText: listing }).waitFor();
    await page.getByRole('button', { name: 'Projekt kontaktieren' }).click();
    const email = `retry-${Date.now()}@example.org`;
    await page.getByRole('textbox', { name: 'Ihr Name' }).fill('Rita Retry');
    await page.getByRole('textbox', { name: 'Ihre E-Mail-Adresse' }).fill(email);
    await page.getByRole('textbox', { name: 'Ihre Nachricht' }).fill('Hallo!');
    await page.getByRole('checkbox', { name: /Ich willige ein, dass bring-together/ }).check();

    // The request reaches the server, but the answer is lost on the way back.
    const keys: string[] = [];
    let first = true;
    await page.route(`${apiOrigin}/v1/contact-requests`, async (route) => {
      if (route.request().method() === 'POST') keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (first && route.request().method() === 'POST') {
        first = false;
        await route.fetch();
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    });
    await page.getByRole('button', { name: 'Anfrage senden' }).click();
    await page.locator('bring-together-widget #error-notice').waitFor();
    expect(await widgetText(page)).toMatch(/Die Anfrage konnte nicht gesendet werden[\s\S]*Ihre Eingaben bleiben erhalten/);
    await expect(page.getByRole('textbox', { name: 'Ihre Nachricht' }).inputValue()).resolves.toBe('Hallo!');
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await page.getByRole('heading', { name: 'Ihre Anfrage ist verschickt' }).waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    const rows = readLocal<{ n: number }>(`SELECT COUNT(*) AS n FROM contact_requests WHERE email = '${email}'`, persistTo);
    expect(rows[0]?.n).toBe(1);
    await page.close();
  }, 90_000);
});

describe('living in someone else’s page', () => {
  it('survives being removed and re-added mid-questionnaire, and several widgets share a page', async () => {
    const page = await newPage();
    await page.goto(`${demoOrigin}/`);
    await answerStepOne(page);
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('heading', { name: /Schritt 2 von 5/ }).waitFor();
    await page.evaluate(() => {
      const el = document.querySelector('bring-together-widget')!;
      const parent = el.parentElement!;
      el.remove();
      (window as unknown as { __bt: Element }).__bt = el;
      setTimeout(() => parent.appendChild(el), 50);
    });
    await page.getByRole('heading', { name: /Schritt 2 von 5/ }).waitFor();
    await page.getByRole('button', { name: 'Zurück' }).click();
    await expect(page.getByRole('textbox', { name: /Wie viele Erwachsene/ }).inputValue()).resolves.toBe('2');

    // A second, hand-written element on the same page (provider scope, English).
    await page.evaluate(
      ([api]) => {
        const el = document.createElement('bring-together-widget');
        el.setAttribute('key', 'pk_demo_coop');
        el.setAttribute('api', api!);
        el.setAttribute('lang', 'en');
        document.querySelector('main')!.appendChild(el);
      },
      [apiOrigin],
    );
    await page.getByRole('button', { name: 'Start the questionnaire' }).waitFor();
    expect(await page.locator('bring-together-widget').count()).toBe(2);
    await expect(page.getByRole('heading', { name: /Schritt 1 von 5/ }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('an aggressive host stylesheet cannot break it, and it leaks no styles or globals', async () => {
    const page = await newPage();
    await page.goto(`${demoOrigin}/aggressive-host/`);
    const start = page.getByRole('button', { name: 'Fragebogen starten' });
    await start.waitFor();
    const inside = await page.evaluate(() => {
      const root = document.querySelector('bring-together-widget')!.shadowRoot!;
      const button = root.querySelector('.button.primary')!;
      const heading = root.querySelector('h2')!;
      const s = getComputedStyle(button);
      const h = getComputedStyle(heading);
      return { display: s.display, transform: s.textTransform, spacing: s.letterSpacing, bg: s.backgroundColor, headingDisplay: h.display, headingBorder: h.borderTopStyle, font: getComputedStyle(root.querySelector('.root')!).fontFamily };
    });
    expect(inside).toMatchObject({ display: 'flex', transform: 'none', spacing: 'normal', bg: 'rgb(11, 94, 85)', headingDisplay: 'block', headingBorder: 'none' });
    expect(inside.font).toMatch(/Comic Sans/); // the host font is inherited on purpose
    await start.click();
    await page.getByRole('radio', { name: /Ein Haushalt/ }).check();
    await page.getByRole('heading', { name: /Schritt 1 von 5/ }).waitFor();
    await screenshot(page, 'aggressive-host-1280');
    const leaks = await page.evaluate(() => {
      const w = window as unknown as { __before: string[]; __sheets: number };
      const before = new Set(w.__before);
      return {
        globals: Object.getOwnPropertyNames(window).filter((k) => !before.has(k) && !k.startsWith('__')),
        sheets: document.styleSheets.length - w.__sheets,
        adopted: document.adoptedStyleSheets.length,
        hostButton: getComputedStyle(document.querySelector('button.host')!).display,
      };
    });
    expect(leaks).toEqual({ globals: [], sheets: 0, adopted: 0, hostButton: 'none' });
    await page.close();
  });

  it('shows nearest partial matches when nothing fits, and sets up "notify me" with double opt-in', async () => {
    const page = await newPage();
    await page.goto(`${demoOrigin}/`);
    await answerStepOne(page);
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('textbox', { name: /Wo möchten Sie wohnen/ }).fill('20095'); // Hamburg
    await page.getByRole('radio', { name: '10 km' }).check();
    await finish(page, 2);
    await page.getByRole('heading', { name: 'Noch nichts Passendes dabei' }).waitFor();
    await expect.poll(() => liveText(page)).toMatch(/Noch nichts Passendes dabei/);
    await page.getByRole('heading', { name: 'Das kommt am nächsten' }).waitFor();
    const failed = page.locator('bring-together-result-card .failed');
    expect(await failed.count()).toBeGreaterThan(0);
    expect(await failed.first().innerText()).toMatch(/Passt nicht, weil/);
    const screen = await checkScreen(page, 'de-6-results-empty');
    expect(screen).toEqual({ axe: [], overflow320: 0 });

    await page.getByRole('textbox', { name: 'Ihre E-Mail-Adresse' }).fill('keine-adresse');
    await page.getByRole('button', { name: 'Benachrichtigung einrichten' }).click();
    expect(await widgetText(page)).toContain('Bitte geben Sie eine gültige E-Mail-Adresse ein');
    expect(await widgetText(page)).toContain('Ohne diese Einwilligung können wir nicht fortfahren.');
    const email = `notify-${Date.now()}@example.org`;
    await page.getByRole('textbox', { name: 'Ihre E-Mail-Adresse' }).fill(email);
    await page.getByRole('checkbox', { name: /informieren Sie mich per E-Mail/ }).check();
    await page.getByRole('button', { name: 'Benachrichtigung einrichten' }).click();
    await page.getByRole('heading', { name: /Fast geschafft/ }).waitFor();
    expect(await widgetText(page)).toContain(email);
    expect((await mailTo(apiOrigin, email, /\/saved-searches\/confirm\//)).subject).toBeTruthy();
    await page.close();
  }, 60_000);

  it('offers "notify me" under a result list too: a button opens the form in its place, focus in the address field', async () => {
    const page = await newPage();
    await page.goto(`${demoOrigin}/`);
    await answerStepOne(page);
    await finish(page);
    await page.locator('bring-together-result-card').first().waitFor();
    expect(await page.getByRole('textbox', { name: 'Ihre E-Mail-Adresse' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Bei neuen passenden Angeboten benachrichtigen' }).click();
    await expectFocusOn(page, 'notify-email', 15_000);
    expect(await page.getByRole('button', { name: 'Bei neuen passenden Angeboten benachrichtigen' }).count()).toBe(0);
    const screen = await checkScreen(page, 'de-6-results-notify');
    expect(screen).toEqual({ axe: [], overflow320: 0 });
    const email = `notify-list-${Date.now()}@example.org`;
    await page.getByRole('textbox', { name: 'Ihre E-Mail-Adresse' }).fill(email);
    await page.getByRole('checkbox', { name: /informieren Sie mich per E-Mail/ }).check();
    await page.getByRole('button', { name: 'Benachrichtigung einrichten' }).click();
    await page.getByRole('heading', { name: /Fast geschafft/ }).waitFor();
    expect((await mailTo(apiOrigin, email, /\/saved-searches\/confirm\//)).subject).toBeTruthy();
    await page.close();
  }, 60_000);
});
