/**
 * A founder's manage page in real headless Chromium: the buildings that fit the initiative (the
 * demo farmsteads in Obercunnersdorf and Vierkirchen), the municipality's checklist in words, and,
 * by keyboard, the readiness fields saved and interest declared with the separate shortlist consent.
 * axe finds nothing in German and English. The initiative is erased at the end, so the demo's
 * shortlists are as seeded for the journeys after this one.
 */
import { describe, expect, inject, it } from 'vitest';
import { GROUPS_CONSENT_VERSION } from '../../worker/api/groups';
import { DEMO_EMBED_KEY } from '../../worker/seed/organizations';
import { DUMMY_TOKEN } from '../../worker/turnstile/verify';
import { useBrowser } from './use-browser';
import { confirmFromMail, fill, tick } from './groups-helpers';
import { axeAll, named, tabTo } from './widget-helpers';

const { apiOrigin, demoOrigin } = inject('e2e');
const browser = useBrowser();

const STAMP = Date.now();
const EMAIL = `founder-${STAMP}@example.org`;

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${apiOrigin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: demoOrigin, ...headers }, body: JSON.stringify(body) });
}

describe('a founder and the buildings that fit, end to end', () => {
  it('shows the farmstead with its checklist and declares interest with the shortlist consent, accessibly', { timeout: 120_000 }, async () => {
    const started = await post(
      '/v1/initiatives',
      {
        key: DEMO_EMBED_KEY, locale: 'de', name: `Hofgruppe ${STAMP}`, text: 'Drei Haushalte suchen einen Hof mit Land.',
        profile: { 'community.meals': { value: 'weekly', importance: 2 } },
        seeking: { propertyKinds: ['farmstead'], settlements: ['village'], timeline: '1to3y', legalForms: ['cooperative'], area: null },
        households: { households: 3, adults: 5, children: 2, ageBands: ['30-44'], equityBand: '50k-150k', budgetMinBand: '500-799', budgetMaxBand: '800-1099' },
        openPlaces: 2,
        founder: { name: 'Jonas Beispiel', email: EMAIL, answers: { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 1 } } },
        consent: { listed: true, textVersion: GROUPS_CONSENT_VERSION },
        turnstileToken: DUMMY_TOKEN,
      },
      { 'idempotency-key': `group-properties-e2e-${STAMP}` },
    );
    expect(started.status, await started.clone().text()).toBe(202);
    const { manageUrl, token } = await confirmFromMail(browser(), apiOrigin, EMAIL);

    // bypassCSP only so axe can be injected: the page's CSP allows no inline script.
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(manageUrl);
      await page.getByRole('heading', { name: 'Passende Gebäude' }).waitFor();
      const farm = page.locator('article[data-property="lst_046"]');
      await expect.poll(() => farm.count()).toBe(1);
      const farmText = await farm.innerText();
      expect(farmText).toContain('Checkliste der Kommune: 2 von 5 erfüllt');
      expect(farmText).toContain('mindestens 3 Haushalte (Ihre Gruppe: 3) – erfüllt');
      expect(farmText).toContain('Finanzierungsplan angegeben – offen');
      // The seeded Hofgemeinschaft Oberland (at least) has declared interest in the same farmstead.
      expect(farmText).toMatch(/[1-9]\d* andere Gruppen? (hat|haben) Interesse erklärt\./);
      expect(await axeAll(page)).toEqual([]);

      // Keyboard only: the readiness fields (the form follows the buildings).
      await fill(page, /^Ansprechperson/, 'Jonas Beispiel');
      await fill(page, /^Finanzierungsplan/, 'Genossenschaftsanteile und KfW 134', true);
      await tabTo(page, named(/^Angaben speichern$/, 'button'), 'the save button');
      await page.keyboard.press('Enter');
      await page.getByText('Die Angaben sind gespeichert.').waitFor();
      expect(await farm.innerText()).toContain('Checkliste der Kommune: 4 von 5 erfüllt');

      // Declare interest in the other farmstead (Vierkirchen: not the seeded group's, so the journeys
      // on the shortlist of Obercunnersdorf running beside this one see it as seeded), consent ticked.
      const other = page.locator('article[data-property="lst_048"]');
      expect(await other.innerText()).toContain('Checkliste der Kommune: 3 von 5 erfüllt');
      await other.locator('button', { hasText: 'Interesse erklären' }).focus();
      await tick(page, /Auswahlliste für dieses Gebäude gezeigt werden/, true);
      await tabTo(page, named(/^Interesse erklären$/, 'button'), 'the declare button');
      await page.keyboard.press('Enter');
      await page.getByText('Das Interesse Ihrer Gruppe ist gespeichert.').waitFor();
      expect(await other.innerText()).toContain('Die Kommune sieht Ihre Gruppe auf ihrer Auswahlliste für dieses Gebäude.');
      expect(await farm.innerText()).not.toContain('Ihre Gruppe hat am');
      expect(await axeAll(page)).toEqual([]);

      await page.goto(`${manageUrl}?lang=en`);
      await page.getByRole('heading', { name: 'Buildings that fit' }).waitFor();
      expect(await farm.innerText()).toContain("Municipality's checklist: 4 of 5 met");
      expect(await axeAll(page)).toEqual([]);
    } finally {
      await context.close();
      // Leave the demo region as seeded: the erasure takes the initiative and its interest.
      expect((await post(`/v1/manage/${token}/erase`, { confirm: true })).status).toBe(200);
    }
  });
});
