/**
 * A provider starts an initiative in the hosted admin, in real headless Chromium, keyboard only:
 * sign in as the demo provider, open "Initiativen", send the empty form (the error summary names
 * the fields, focus can reach it), fill it in by keyboard and send it; the initiative is listed and
 * the founder's manage link arrives by mail and opens the initiative's manage page. axe finds
 * nothing on the page with and without errors.
 */
import { describe, expect, inject, it } from 'vitest';
import { DEMO_PROVIDER_EMAIL } from '../../worker/seed/auth';
import { signedIn } from './admin-session';
import { fill, tick } from './groups-helpers';
import { mailTo } from './mailbox';
import { useBrowser } from './use-browser';
import { axeAll, named, tabTo } from './widget-helpers';

const { apiOrigin } = inject('e2e');
const browser = useBrowser();
const NAME = `Genossenschaftshof ${Date.now()}`;

describe('a provider starts an initiative in the admin, end to end', () => {
  it('refuses the empty form naming the fields, then starts it by keyboard and mails the founder the link', { timeout: 120_000 }, async () => {
    const page = await signedIn(browser(), apiOrigin, DEMO_PROVIDER_EMAIL, 'Gemeinsam Wohnen im Zittauer Gebirge eG');
    try {
      // An earlier journey may have switched the demo provider's admin to English: back to German.
      if ((await page.locator('html').getAttribute('lang')) === 'en') {
        await page.getByRole('button', { name: 'Deutsch', exact: true }).click();
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('de');
      }
      await page.getByRole('link', { name: 'Initiativen', exact: true }).click();
      await page.getByRole('heading', { name: 'Neue Initiative' }).waitFor();
      expect(await axeAll(page)).toEqual([]);

      // The empty form: 422 with an error summary whose links lead to the fields.
      await page.getByRole('button', { name: 'Initiative anlegen' }).focus();
      await page.keyboard.press('Enter');
      const summary = page.locator('.error-summary, [role="alert"]').first();
      await summary.waitFor();
      const links = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expect.arrayContaining(['#f-name', '#f-text', '#f-households', '#f-adults', '#f-openPlaces']));
      expect(await axeAll(page)).toEqual([]);

      // By keyboard, from the top of the form.
      await page.locator('#f-name').focus();
      await page.keyboard.type(NAME);
      await fill(page, /^Wer Sie sind und was Sie vorhaben/, 'Wir bauen einen Vierseithof für drei Familien um.');
      await tick(page, /^Hof$/);
      await fill(page, /^Haushalte/, '3');
      await fill(page, /^Erwachsene/, '5');
      await fill(page, /^Kinder/, '2');
      await fill(page, /^Wie viele Haushalte suchen Sie noch/, '2');
      await tabTo(page, named(/^Initiative anlegen$/, 'button'), 'the submit button');
      await page.keyboard.press('Enter');
      await page.getByText('Die Initiative ist angelegt.').waitFor();
      const row = page.locator('tr', { hasText: NAME });
      expect(await row.innerText()).toMatch(/Landkreis Görlitz\s+sichtbar\s+3\s+2\s+1/);
      expect(await axeAll(page)).toEqual([]);

      // The founder's link opens the initiative's manage page.
      const mail = await mailTo(apiOrigin, DEMO_PROVIDER_EMAIL, new RegExp(`${NAME}[\\s\\S]*\\/manage\\/`));
      await page.goto(mail.text.match(/https?:\/\/\S+\/manage\/[\w-]+/)![0]);
      await page.getByRole('heading', { name: NAME }).waitFor();
      expect(await page.getByRole('heading', { name: 'Wer zu Ihnen passt', exact: true }).count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
