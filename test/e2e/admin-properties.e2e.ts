/**
 * The demo municipality's vacant buildings in real headless Chromium: sign in by magic link, open
 * a published property, see "demand for this building" (in bands from "< 5" to "50+"), notify the matching
 * saved searches (bands only), open the readiness criteria and the printable shortlist, and opt in
 * to the weekly digest. Every page passes axe (no serious or
 * critical findings) and reflow at 375 px.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_MUNICIPALITY_EMAIL } from '../../worker/seed/auth';
import { launchBrowser } from './browser';
import { magicLink as magicLinkFrom } from './mailbox';
import { axeSerious } from './widget-helpers';

const { apiOrigin } = inject('e2e');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const magicLink = (email: string) => magicLinkFrom(apiOrigin, email);

describe('municipality properties and digest, end to end', () => {
  it('shows the demand panel, notifies saved searches and opts in to the digest; both pages pass axe', async () => {
    // bypassCSP only so axe can be injected: the admin's CSP allows no inline script.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const overflow375 = async () => {
      const size = page.viewportSize()!;
      await page.setViewportSize({ width: 375, height: 800 });
      const o = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await page.setViewportSize(size);
      return o;
    };

    await page.goto(`${apiOrigin}/admin/listings`);
    await page.getByLabel('E-Mail-Adresse').fill(DEMO_MUNICIPALITY_EMAIL);
    await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    await page.getByRole('heading', { name: 'Bitte sehen Sie in Ihr Postfach' }).waitFor();
    await page.goto(await magicLink(DEMO_MUNICIPALITY_EMAIL));
    await page.getByRole('heading', { name: 'Angebote', exact: true }).waitFor();

    // A published building or plot of the municipality.
    const row = page.locator('tbody tr').filter({ hasText: 'Gebäude oder Grundstück' }).filter({ hasText: 'Veröffentlicht' }).first();
    await row.getByRole('link').click();
    await page.getByRole('heading', { name: 'Nachfrage für dieses Gebäude' }).waitFor();
    for (const which of ['households', 'groups']) {
      expect(await page.locator(`[data-demand="${which}"]`).innerText()).toMatch(/^(< 5|5–9|10–19|20–49|50\+)$/);
    }
    expect(await axeSerious(page)).toEqual([]);
    expect(await overflow375()).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Jetzt benachrichtigen' }).click();
    await expect.poll(() => page.locator('#notify [role="status"]').innerText()).toMatch(/Neu benachrichtigt: (< 5|5–9|10–19|20–49|50\+); bereits zuvor benachrichtigt: (< 5|5–9|10–19|20–49|50\+)\./);

    // The readiness criteria and the printable shortlist of interested groups.
    await page.getByRole('link', { name: 'Kriterien ändern' }).click();
    await page.getByRole('heading', { name: /^Bereitschaft einer Gruppe: Kriterien/ }).waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await page.goBack();
    await page.getByRole('link', { name: 'Auswahlliste öffnen (druckbar)' }).click();
    await page.getByRole('heading', { name: /^Auswahlliste: / }).waitFor();
    await page.getByRole('heading', { name: 'Kriterien', exact: true }).waitFor();
    expect(await axeSerious(page)).toEqual([]);
    expect(await overflow375()).toBeLessThanOrEqual(0);
    await page.goBack();

    // Digest settings.
    await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
    const box = page.getByLabel('Wöchentliche Zusammenfassung per E-Mail');
    await box.check();
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByText('Einstellungen gespeichert.').waitFor();
    expect(await page.getByLabel('Wöchentliche Zusammenfassung per E-Mail').isChecked()).toBe(true);
    expect(await axeSerious(page)).toEqual([]);
    expect(await overflow375()).toBeLessThanOrEqual(0);

    // Reports of the group search (the seeded one: a card withdrawn since), marked handled by keyboard.
    await page.getByRole('navigation').getByRole('link', { name: 'Meldungen' }).click();
    await page.getByRole('heading', { name: 'Meldungen aus der Gruppensuche' }).waitFor();
    await page.getByRole('heading', { name: 'Offen (1)' }).waitFor();
    const report = page.locator('tr[data-report="rep_001"]');
    expect(await report.innerText()).toMatch(/Der Eintrag besteht nicht mehr\.[\s\S]*Falsche oder unechte Angaben[\s\S]*Werbe-E-Mail/);
    expect(await axeSerious(page)).toEqual([]);
    expect(await overflow375()).toBeLessThanOrEqual(0);
    const mark = report.getByRole('button', { name: /^Meldung vom .+ als erledigt markieren$/ });
    // By keyboard: a native button in the tab order, sent with Enter.
    expect(await mark.evaluate((b) => (b as HTMLButtonElement).tabIndex)).toBe(0);
    await mark.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Die Meldung ist als erledigt markiert.').waitFor();
    await page.getByText('Keine offenen Meldungen.').waitFor();
    expect(await page.locator('#handled-h ~ .table-wrap tr[data-report="rep_001"]').count()).toBe(1);
    expect(await axeSerious(page)).toEqual([]);

    expect(errors).toEqual([]);
    await context.close();
  });
});
