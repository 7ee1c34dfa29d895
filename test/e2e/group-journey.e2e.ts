/**
 * From two households to a group on the municipality's shortlist, in real headless Chromium with
 * two browser contexts (two people, two mailboxes' links), keyboard only where a person acts:
 * seeker A starts an initiative in the widget on the demo municipal page; seeker B joins the pool
 * there; on the initiative's manage page A finds B's pseudonymous card among "Wer zu Ihnen passt"
 * and sends an interest; B's manage page shows A's initiative, never A's name or address; B
 * accepts; now both pages show the other's contact; the initiative declares interest in the
 * demo's vacant farmstead with the shortlist consent, and the municipality's shortlist for it shows
 * the group with its readiness. axe finds nothing on the manage pages and the shortlist. Both
 * households are erased at the end, so the demo region is as seeded for the next run.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_MUNICIPALITY_EMAIL } from '../../worker/seed/auth';
import { signedIn } from './admin-session';
import { useBrowser } from './use-browser';
import { answerStepOne, confirmFromMail, initiativeNames, joinPool, openGroups, startInitiative, tick, type Confirmed } from './groups-helpers';
import { axeAll, named, tabTo } from './widget-helpers';

const { apiOrigin, demoOrigin } = inject('e2e');
const browser = useBrowser();

const STAMP = Date.now();
const A = { name: 'Anna Gründerin', email: `anna-${STAMP}@example.org` };
const B = { name: 'Bernd Beispiel', email: `bernd-${STAMP}@example.org` };
const INITIATIVE = `Hofgruppe Neuland ${STAMP}`;
const FARMSTEAD = 'lst_046';

/** One person: a browser context of their own (cookies, storage), German, on the demo municipal page. */
async function person(): Promise<{ context: BrowserContext; page: Page }> {
  // bypassCSP only so axe can be injected into the manage page (its CSP allows no inline script).
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(`${demoOrigin}/`);
  await page.getByRole('button', { name: 'Fragebogen starten' }).waitFor();
  // The groups path asks for step 1 of the questionnaire first.
  await openGroups(page);
  await tabTo(page, named(/^Fragebogen starten$/, 'button'), 'the hint\'s "Fragebogen starten"');
  await page.keyboard.press('Enter');
  await answerStepOne(page);
  await tabTo(page, named(/^Zurück$/, 'button'), 'step 1\'s "Zurück"');
  await page.keyboard.press('Enter');
  await openGroups(page);
  await initiativeNames(page);
  return { context, page };
}

/** What `GET /v1/groups/{token}` says of the party behind a manage token. */
async function party(token: string): Promise<{ party: { kind: string; id: string } }> {
  const res = await fetch(`${apiOrigin}/v1/groups/${token}`, { headers: { origin: demoOrigin } });
  expect(res.status).toBe(200);
  return (await res.json()) as never;
}

/** The manage page's groups section (the pool card, the initiatives, their interests). */
const groupsOf = (page: Page) => page.locator('section[aria-labelledby="groups"]');

const erase = async (link: Confirmed) =>
  (await fetch(`${apiOrigin}/v1/manage/${link.token}/erase`, { method: 'POST', headers: { 'content-type': 'application/json', origin: demoOrigin }, body: JSON.stringify({ confirm: true }) })).status;

describe('two households become a group for the farmstead, end to end', () => {
  it('A starts an initiative, finds B in the pool, both consent, then the group is on the shortlist', { timeout: 240_000 }, async () => {
    const a = await person();
    const b = await person();
    const links: Confirmed[] = [];
    try {
      // A starts the initiative, B joins the pool; each confirms from their mail.
      await startInitiative(a.page, {
        name: INITIATIVE, text: 'Drei Familien suchen einen Vierseithof mit Land.', kinds: ['Hof'], area: 'Oberlausitz',
        households: 3, adults: 5, children: 2, openPlaces: 2, founder: A,
      });
      const founder = await confirmFromMail(browser(), apiOrigin, A.email);
      links.push(founder);
      await joinPool(b.page, { name: B.name, email: B.email, text: 'Wir sind zu zweit und möchten aufs Land, gern mit Garten.' });
      const pooled = await confirmFromMail(browser(), apiOrigin, B.email);
      links.push(pooled);
      const bRef = `pool:${(await party(pooled.token)).party.id}`;
      const initiativeId = (await party(founder.token)).party.id;

      // A's manage page: B's card among those who fit, without a name; an interest with a message.
      await a.page.goto(founder.manageUrl);
      await a.page.getByRole('heading', { name: 'Wer zu Ihnen passt', exact: true }).waitFor();
      const card = a.page.locator(`article[data-party="${bRef}"]`);
      await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
      const cardText = await card.innerText();
      expect(cardText).toContain('Wir sind zu zweit und möchten aufs Land');
      expect(cardText).toMatch(/Passt zu \d+ %/);
      expect(cardText).not.toContain(B.name);
      expect(cardText).not.toContain(B.email);
      expect(await axeAll(a.page)).toEqual([]);
      await card.locator('textarea[name="message"]').focus();
      await a.page.keyboard.type('Hallo! Wir suchen noch zwei Haushalte für einen Hof – Lust auf ein Kennenlernen?');
      await tabTo(a.page, named(/^Interesse senden an: Ein Haushalt aus dem Pool$/, 'button'), 'the card\'s "Interesse senden"');
      await a.page.keyboard.press('Enter');
      await a.page.getByText('Ihr Interesse ist gesendet.').waitFor();
      // Sent: no longer offered, now among the interests, still without B's name.
      expect(await card.count()).toBe(0);
      expect(await groupsOf(a.page).innerText()).not.toContain(B.name);

      // B's manage page (the link from the pool confirmation): A's initiative and message, not A.
      await b.page.goto(pooled.manageUrl);
      await b.page.getByRole('heading', { name: 'Mitstreiter finden', exact: true }).waitFor();
      const incoming = groupsOf(b.page).locator('li').filter({ hasText: 'Erhalten' });
      expect(await incoming.innerText()).toContain(`${INITIATIVE}: Hallo! Wir suchen noch zwei Haushalte`);
      const before = await b.page.locator('main').innerText();
      expect(before).not.toContain(A.name);
      expect(before).not.toContain(A.email);
      expect(await axeAll(b.page)).toEqual([]);
      await tabTo(b.page, named(/^Zustimmen und Kontakt freigeben$/, 'button'), 'B\'s "Zustimmen"');
      await b.page.keyboard.press('Enter');
      await b.page.getByText('Sie haben zugestimmt; Sie sehen nun den Kontakt.').waitFor();
      expect(await groupsOf(b.page).innerText()).toContain(`Kontakt: ${A.name} <${A.email}>`);

      // A sees B's contact now.
      await a.page.reload();
      expect(await groupsOf(a.page).innerText()).toContain(`Kontakt: ${B.name} <${B.email}>`);

      // The initiative declares interest in the farmstead, consenting to the shortlist, by keyboard.
      const farm = a.page.locator(`article[data-property="${FARMSTEAD}"]`);
      await expect.poll(() => farm.count()).toBe(1);
      const checklist = (await farm.innerText()).match(/Checkliste der Kommune: (\d) von (\d) erfüllt/);
      expect(checklist, await farm.innerText()).not.toBeNull();
      await farm.locator('button', { hasText: 'Interesse erklären' }).focus();
      await tick(a.page, /Auswahlliste für dieses Gebäude gezeigt werden/, true);
      await tabTo(a.page, named(/^Interesse erklären$/, 'button'), 'the declare button');
      await a.page.keyboard.press('Enter');
      await a.page.getByText('Das Interesse Ihrer Gruppe ist gespeichert.').waitFor();
      expect(await farm.innerText()).toContain('Die Kommune sieht Ihre Gruppe auf ihrer Auswahlliste für dieses Gebäude.');

      // The municipality's shortlist for the farmstead: the group, its readiness as the group saw it.
      const admin = await signedIn(browser(), apiOrigin, DEMO_MUNICIPALITY_EMAIL, 'Landkreis Görlitz');
      try {
        await admin.goto(`${apiOrigin}/admin/properties/${FARMSTEAD}/shortlist`);
        const entry = admin.locator(`section[data-initiative="${initiativeId}"]`);
        await expect.poll(() => entry.count(), { timeout: 10_000 }).toBe(1);
        expect(await entry.innerText()).toContain(INITIATIVE);
        expect(await entry.locator('[data-readiness]').innerText()).toBe(`${checklist![1]} von ${checklist![2]} erfüllt`);
        expect(await entry.locator('li[data-met="1"]').filter({ hasText: 'mindestens 3 Haushalte' }).count()).toBe(1);
        expect(await entry.innerText()).not.toContain(A.email);
        expect(await axeAll(admin)).toEqual([]);
      } finally {
        await admin.close();
      }
    } finally {
      await a.context.close();
      await b.context.close();
      // Leave the demo region as seeded: the erasure takes the initiative, the card and the interests.
      for (const link of links) expect(await erase(link)).toBe(200);
    }
  });
});
