/**
 * "Mitstreiter finden / Gruppe gründen" in real headless Chromium on the demo municipal page
 * (another origin than the API), keyboard only: from the intro without answers the path asks for
 * the questionnaire first; after step 1 it shows the demo region's initiatives that fit, ranked,
 * with their households in aggregate; the pool form refuses an empty submission with an error
 * summary, then joins the pool (consent, text, Turnstile's test key) and says "check your mail";
 * the mail's link confirms it (the card is live only then); an initiative is started and confirmed
 * the same way and then appears among the initiatives that fit, reached from the results as well.
 * axe finds nothing serious in German and English at 1280 and 320 px, and nothing scrolls sideways.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './use-browser';
import { answerStepOne, confirmFromMail, initiativeCard, initiativeNames, joinPool, openGroups, startInitiative } from './groups-helpers';
import { clean, cleanAtBothWidths, expectFocusOn, named, screenshot, tabTo } from './widget-helpers';

const { apiOrigin, demoOrigin } = inject('e2e');
const browser = useBrowser();

const STAMP = Date.now();
const press = (page: Page, key: string) => page.keyboard.press(key);
const widgetText = (page: Page) => page.locator('bring-together-widget .root').innerText();

async function newPage(): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e));
  page.on('response', (r) => {
    if (r.url().includes('/v1/') && r.status() >= 400) console.error('API', r.status(), r.url());
  });
  await page.goto(`${demoOrigin}/`);
  await page.getByRole('button', { name: 'Fragebogen starten' }).waitFor();
  return page;
}

/** What `GET /v1/groups/{token}` says of the party behind a manage token. */
async function party(token: string): Promise<{ live: boolean; pool: { confirmedAt: string | null } | null; initiative: { name: string; state: string } | null }> {
  const res = await fetch(`${apiOrigin}/v1/groups/${token}`, { headers: { origin: demoOrigin } });
  expect(res.status).toBe(200);
  return (await res.json()) as never;
}

/** From the intro: the questionnaire's step 1 by keyboard, then "Zurück" to the intro again. */
async function stepOneThenIntro(page: Page): Promise<void> {
  await tabTo(page, named(/^Fragebogen (starten|fortsetzen)$/, 'button'), 'the questionnaire button');
  await press(page, 'Enter');
  await answerStepOne(page);
  await tabTo(page, named(/^Zurück$/, 'button'), 'step 1\'s "Zurück"');
  await press(page, 'Enter');
  await expectFocusOn(page, 'intro-heading');
}

describe('"Mitstreiter finden / Gruppe gründen" in the widget, keyboard only', () => {
  it('shows fitting initiatives, joins the pool and starts an initiative, each confirmed from the mail', async () => {
    const page = await newPage();

    // Without answers: the path explains itself and asks for the questionnaire first.
    await openGroups(page);
    expect(await widgetText(page)).toContain('Zuerst ein paar Fragen');
    expect(await page.locator('bring-together-widget article.initiative').count()).toBe(0);
    expect(await cleanAtBothWidths(page)).toEqual(clean);
    await tabTo(page, named(/^Fragebogen starten$/, 'button'), 'the hint\'s "Fragebogen starten"');
    await press(page, 'Enter');
    await answerStepOne(page);
    await tabTo(page, named(/^Zurück$/, 'button'), 'step 1\'s "Zurück"');
    await press(page, 'Enter');
    await expectFocusOn(page, 'intro-heading');

    // With step 1 answered: the demo region's initiatives, ranked, households only in aggregate.
    await openGroups(page);
    const names = await initiativeNames(page);
    expect(names).toEqual(expect.arrayContaining(['Hofgemeinschaft Oberland', 'Alte Schule Generationenhaus']));
    const hof = await initiativeCard(page, 'Hofgemeinschaft Oberland').innerText();
    expect(hof).toMatch(/3 Haushalte · 5 Erwachsene · 2 Kinder/);
    expect(hof).toMatch(/Sucht noch\s*2 Haushalte/);
    expect(hof).toMatch(/passt (sehr gut|gut|teilweise|eher wenig)\s*·\s*\d+/);
    expect(hof).not.toMatch(/Jonas|Mira|@/);
    expect(await widgetText(page)).toMatch(/persönlichen Seite aus \(Link in der E-Mail\)/);
    expect(await cleanAtBothWidths(page)).toEqual(clean);
    await screenshot(page, 'groups-initiatives');

    // The pool form: an empty submission lists its problems (focus on the summary), then joining.
    await tabTo(page, named(/^In den Pool$/, 'button'), '"In den Pool"');
    await press(page, 'Enter');
    await expectFocusOn(page, 'pool-heading');
    await tabTo(page, named(/^In den Pool eintragen$/, 'button'), 'the pool form\'s submit button');
    await press(page, 'Enter');
    await expectFocusOn(page, 'pool-errors');
    expect(await page.locator('bring-together-widget #pool-errors li').allInnerTexts()).toEqual([
      'Ihr Name – Bitte füllen Sie dieses Feld aus.',
      'Ihre E-Mail-Adresse – Bitte füllen Sie dieses Feld aus.',
      'Ein paar Worte über Sie – Bitte füllen Sie dieses Feld aus.',
      'Einwilligung für den Pool – Ohne diese Einwilligung können wir nicht fortfahren.',
    ]);
    expect(await cleanAtBothWidths(page)).toEqual(clean);
    await screenshot(page, 'groups-pool-errors');
    const poolEmail = `pool-${STAMP}@example.org`;
    await joinPool(page, { name: 'Greta Gärtnerin', email: poolEmail, text: 'Ich gärtnere gern und suche Menschen für einen Hof.' });
    expect(await widgetText(page)).toContain(`Wir haben eine E-Mail an ${poolEmail} geschickt. Erst wenn Sie den Link darin bestätigen, sehen andere Ihre Karte.`);
    const pooled = await confirmFromMail(browser(), apiOrigin, poolEmail);
    const card = await party(pooled.token);
    expect(card.live).toBe(true);
    expect(card.pool?.confirmedAt).toEqual(expect.any(String));

    // An initiative: started, "check your mail", confirmed; then it is among the initiatives that fit.
    const name = `Dorfhof Zukunft ${STAMP}`;
    const founderEmail = `founder-${STAMP}@example.org`;
    await startInitiative(page, {
      name, text: 'Zwei Familien suchen einen Hof mit Werkstatt und Garten.', kinds: ['Hof'], area: 'rund um Zittau',
      households: 2, adults: 4, children: 3, openPlaces: 3, founder: { name: 'Jonas Gründer', email: founderEmail },
    });
    expect(await widgetText(page)).toContain(`Erst wenn Sie den Link darin bestätigen, wird „${name}“ anderen gezeigt.`);
    expect(await cleanAtBothWidths(page)).toEqual(clean);
    await screenshot(page, 'groups-sent');
    const founded = await confirmFromMail(browser(), apiOrigin, founderEmail);
    expect((await party(founded.token)).initiative).toMatchObject({ name, state: 'open' });

    // From the results: the same path, and the list asked for again (now with the new initiative).
    await tabTo(page, named(/^Zurück$/, 'button'), 'the groups screen\'s "Zurück" under the forms');
    await press(page, 'Enter');
    await expectFocusOn(page, 'intro-heading');
    await tabTo(page, named(/^Fragebogen fortsetzen$/, 'button'), '"Fragebogen fortsetzen"');
    await press(page, 'Enter');
    for (let step = 2; step <= 5; step++) {
      await tabTo(page, named(/^Weiter$/, 'button'), `"Weiter" to step ${step}`);
      await press(page, 'Enter');
      await expect.poll(() => page.locator('bring-together-widget #step-heading').innerText()).toMatch(new RegExp(`Schritt ${step} von 5`));
    }
    await tabTo(page, named(/^Vorschläge anzeigen$/, 'button'), '"Vorschläge anzeigen"');
    await press(page, 'Enter');
    await expectFocusOn(page, 'results-heading');
    await page.locator('bring-together-widget bring-together-result-card').first().waitFor({ timeout: 15_000 });
    await openGroups(page);
    await expect.poll(() => initiativeNames(page), { timeout: 15_000 }).toContain(name);
    expect(await initiativeCard(page, name).innerText()).toMatch(/2 Haushalte · 4 Erwachsene · 3 Kinder[\s\S]*Sucht noch\s*3 Haushalte[\s\S]*Hof/);
    // The forms sent before still say so (nothing is sent twice by coming back).
    expect(await page.locator('bring-together-widget #pool-sent, bring-together-widget #ini-sent').count()).toBe(2);

    // "Neu beginnen" forgets the forms as well: after new answers they are offered afresh.
    await tabTo(page, named(/^Zurück$/, 'button'), 'the groups screen\'s "Zurück" under the forms');
    await press(page, 'Enter');
    await expectFocusOn(page, 'results-heading');
    await tabTo(page, named(/^Neu beginnen$/, 'button'), '"Neu beginnen"');
    await press(page, 'Enter');
    await expectFocusOn(page, 'intro-heading');
    await stepOneThenIntro(page);
    await openGroups(page);
    await initiativeNames(page);
    expect(await page.locator('bring-together-widget #pool-sent, bring-together-widget #ini-sent').count()).toBe(0);
    expect(await page.locator('bring-together-widget .offer button').allInnerTexts()).toEqual(['In den Pool', 'Initiative gründen']);
    await page.close();
  });

  it('is clean in English with both forms open, at 1280 and 320 px', async () => {
    const page = await newPage();
    await stepOneThenIntro(page);
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await openGroups(page, /^Find fellow residents \/ start a group$/);
    expect(await initiativeNames(page)).toContain('Hofgemeinschaft Oberland');
    expect(await initiativeCard(page, 'Hofgemeinschaft Oberland').innerText()).toMatch(/3 households · 5 adults · 2 children/);
    await tabTo(page, named(/^Join the pool$/, 'button'), '"Join the pool"');
    await press(page, 'Enter');
    await expectFocusOn(page, 'pool-heading');
    await tabTo(page, named(/^Start an initiative$/, 'button'), '"Start an initiative"');
    await press(page, 'Enter');
    await expectFocusOn(page, 'ini-heading');
    // The form is filled in from the answers where the questionnaire asked the same.
    expect(await page.locator('bring-together-widget #ini-adults').inputValue()).toBe('2');
    await tabTo(page, named(/^Start the initiative$/, 'button'), 'the initiative form\'s submit button');
    await press(page, 'Enter');
    await expectFocusOn(page, 'ini-errors');
    expect(await page.locator('bring-together-widget #ini-errors li').allInnerTexts()).toContain('Name of the initiative – Please fill in this field.');
    expect(await cleanAtBothWidths(page)).toEqual(clean);
    await screenshot(page, 'groups-forms-en');
    await page.close();
  });
});
