/**
 * The provider's loop in real headless Chromium: sign in by magic link from the dev mailbox, create
 * a listing with a photo and the questionnaire, publish it, find it in the widget's results on the
 * demo municipal page, send a contact request from the widget, find it in the inbox with its
 * reasons, and move it through the pipeline to "moved in". Every admin page is checked with axe
 * (no serious or critical findings) and for reflow at 375 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PROVIDER_EMAIL } from '../../worker/seed/auth';
import { launchBrowser } from './browser';
import { magicLink as magicLinkFrom, mailTo } from './mailbox';
import { answerStepOne, axeSerious, finishQuestionnaire, screenshot, type AxeViolation } from './widget-helpers';

const { apiOrigin, demoOrigin } = inject('e2e');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A real 2×2 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGNk+M/AwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

type Findings = Record<string, { axe: AxeViolation[]; overflow375: number }>;

async function check(page: Page, findings: Findings, name: string): Promise<void> {
  const axe = await axeSerious(page);
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow375 = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await screenshot(page, `admin-${name}-375`);
  await page.setViewportSize(size);
  findings[name] = { axe, overflow375 };
}

const magicLink = (email: string) => magicLinkFrom(apiOrigin, email);

describe('provider admin, end to end', () => {
  it('signs in, publishes a listing, receives a request from the widget and moves it to "moved in"', async () => {
    const findings: Findings = {};
    // bypassCSP only so axe can be injected: the admin's CSP allows no inline script (tested in the worker tests).
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    const admin = await context.newPage();
    admin.on('pageerror', (e) => console.error('page error:', e));
    const title = `Hofgemeinschaft Mücka ${Date.now().toString(36)}`;

    // Sign in by magic link.
    await admin.goto(`${apiOrigin}/admin/listings`);
    await admin.getByRole('heading', { name: 'Anmelden' }).waitFor();
    await check(admin, findings, 'sign-in');
    await admin.getByLabel('E-Mail-Adresse').fill(DEMO_PROVIDER_EMAIL);
    await admin.getByRole('button', { name: 'Anmeldelink senden' }).click();
    await admin.getByRole('heading', { name: 'Bitte sehen Sie in Ihr Postfach' }).waitFor();
    await admin.goto(await magicLink(DEMO_PROVIDER_EMAIL));
    await admin.getByRole('heading', { name: 'Angebote', exact: true }).waitFor();
    expect(await admin.locator('header').innerText()).toContain('Gemeinsam Wohnen im Zittauer Gebirge eG');
    const cookies = await admin.context().cookies();
    expect(cookies.find((c) => c.name.includes('session_token'))).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await check(admin, findings, 'listings');

    // Create: first with a mistake (errors next to the field, input kept), then correctly.
    await admin.getByRole('link', { name: 'Neues Angebot' }).click();
    await admin.getByRole('heading', { name: 'Neues Angebot' }).waitFor();
    await check(admin, findings, 'new');
    await admin.getByLabel('Titel').fill(title);
    await admin.getByLabel('Kurzbeschreibung').fill('Acht Wohnungen auf einem Vierseithof, Garten und Werkstatt.');
    await admin.getByLabel('Beschreibung', { exact: true }).fill('Wir sind eine Hofgemeinschaft in der Heide und suchen Menschen, die mitgestalten.');
    await admin.getByLabel('Stand').selectOption('occupied');
    await admin.getByLabel('Postleitzahl').fill('99999');
    await admin.getByLabel('Umgebung').selectOption('village');
    await admin.getByLabel('Einheiten insgesamt').fill('8');
    await admin.getByLabel('Eigene Wohnungen').fill('2');
    await admin.getByLabel('Monatliche Kosten ab (€, warm)').fill('450');
    await admin.getByLabel('Monatliche Kosten bis (€, warm)').fill('750');
    await admin.getByLabel('Wie oft wird gemeinsam gegessen?', { exact: true }).selectOption('weekly');
    await admin.getByLabel('Wichtigkeit: Wie oft wird gemeinsam gegessen?').selectOption('2');
    await admin.getByLabel('Paare').check();
    await admin.getByRole('button', { name: 'Speichern' }).click();
    await admin.getByRole('heading', { name: 'Es gibt ein Problem' }).waitFor();
    expect(await admin.locator('#f-postcode-error').innerText()).toBe('Diese Postleitzahl kennen wir nicht.');
    await expect(admin.getByLabel('Titel').inputValue()).resolves.toBe(title);
    await check(admin, findings, 'new-errors');
    await admin.getByLabel('Postleitzahl').fill('02906');
    await admin.getByRole('button', { name: 'Speichern' }).click();
    await admin.getByText('Angebot als Entwurf gespeichert.').waitFor();
    expect(await admin.locator('#f-postcode-hint').innerText()).toContain('Mücka (Landkreis Landkreis Görlitz)'.replace('Landkreis Landkreis', 'Landkreis Landkreis'));
    await check(admin, findings, 'edit');

    // A photo with alt text.
    await admin.locator('#f-photo').setInputFiles({ name: 'hof.png', mimeType: 'image/png', buffer: PNG });
    await admin.getByLabel('Alternativtext (was das Foto zeigt)').fill('Der Hof mit Garten im Sommer');
    await admin.getByRole('button', { name: 'Foto hochladen' }).click();
    await admin.getByText('Foto hinzugefügt.').waitFor();
    await expect(admin.getByRole('img', { name: 'Der Hof mit Garten im Sommer' }).isVisible()).resolves.toBe(true);

    // Preview with a sample match, then publish.
    await admin.getByRole('link', { name: 'Vorschau' }).click();
    await admin.getByText(/\d+ von 100/).first().waitFor();
    await check(admin, findings, 'preview');
    await admin.goBack();
    await admin.getByRole('button', { name: 'Veröffentlichen' }).click();
    await admin.getByText('Status ist jetzt: Veröffentlicht.').waitFor();

    // The widget on the demo municipal page finds it.
    const demo = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await demo.goto(`${demoOrigin}/`);
    await answerStepOne(demo);
    await demo.getByRole('button', { name: 'Weiter' }).click();
    await demo.getByRole('heading', { name: /Schritt 2 von 5/ }).waitFor();
    await demo.getByRole('textbox', { name: /Wo möchten Sie wohnen/ }).fill('02906');
    await demo.getByRole('radio', { name: '10 km' }).check();
    await finishQuestionnaire(demo, 2);
    const card = demo.locator('bring-together-result-card', { hasText: title });
    await card.waitFor({ timeout: 15_000 });
    await card.getByRole('button', { name: /Details ansehen/ }).click();
    await demo.getByRole('button', { name: 'Projekt kontaktieren' }).click();
    const seekerEmail = `seeker-${Date.now()}@example.org`;
    await demo.getByRole('textbox', { name: 'Ihr Name' }).fill('Mira Suchend');
    await demo.getByRole('textbox', { name: 'Ihre E-Mail-Adresse' }).fill(seekerEmail);
    await demo.getByRole('textbox', { name: 'Ihre Nachricht' }).fill('Wir würden Ihren Hof gern besuchen.');
    await demo.getByRole('checkbox', { name: /^Ich willige ein, dass bring-together/ }).check();
    await demo.getByRole('button', { name: 'Anfrage senden' }).click();
    await demo.getByRole('heading', { name: 'Ihre Anfrage ist verschickt' }).waitFor({ timeout: 15_000 });
    await demo.close();

    // The inbox shows it with its reasons; the pipeline moves it to "moved in".
    await admin.getByRole('link', { name: 'Anfragen' }).click();
    await admin.getByRole('heading', { name: 'Anfragen', exact: true }).waitFor();
    await check(admin, findings, 'inbox');
    await admin.getByRole('link', { name: 'Mira Suchend' }).first().click();
    await admin.getByRole('heading', { name: new RegExp(`Mira Suchend → ${title}`) }).waitFor();
    const detail = await admin.locator('main').innerText();
    expect(detail).toContain('Wir würden Ihren Hof gern besuchen.');
    expect(detail).toMatch(/Das Projekt passt zu den Suchenden: \d+ von 100/);
    expect(await admin.locator('ul.reasons li').count()).toBeGreaterThan(0);
    await check(admin, findings, 'request');
    for (const [value, label] of [['in_conversation', 'Im Gespräch'], ['visit', 'Besuch oder Probewohnen'], ['accepted', 'Zusage'], ['moved_in', 'Eingezogen']]) {
      await admin.getByLabel('Status ändern').selectOption(value!);
      await admin.getByRole('button', { name: 'Status ändern' }).click();
      await admin.getByText(`Status geändert: ${label}.`).waitFor();
    }
    await admin.getByRole('textbox', { name: /^Notiz/ }).fill('Einzug am 1. Mai.');
    await admin.getByRole('button', { name: 'Notiz hinzufügen' }).click();
    await admin.getByText('Notiz hinzugefügt.').waitFor();

    // Team and audit log (the demo login is an owner).
    await admin.getByRole('link', { name: 'Team' }).click();
    await admin.getByRole('heading', { name: 'Team', exact: true }).waitFor();
    await check(admin, findings, 'team');
    await admin.getByRole('link', { name: 'Protokoll' }).click();
    await admin.getByRole('heading', { name: 'Protokoll' }).waitFor();
    expect(await admin.locator('main').innerText()).toContain('contact_request.status');
    await check(admin, findings, 'audit');

    // English.
    await admin.getByRole('button', { name: 'English' }).click();
    await admin.getByRole('heading', { name: 'Audit log' }).waitFor();
    await admin.goto(`${apiOrigin}/admin/listings`);
    await check(admin, findings, 'listings-en');

    await admin.getByRole('button', { name: 'Sign out' }).click();
    await admin.getByText('You are signed out.').waitFor();

    const bad = Object.entries(findings).filter(([, f]) => f.axe.length || f.overflow375 > 0);
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
    await context.close();
  }, 180_000);

  it('a new provider registers, invites a colleague by email, and the colleague accepts', async () => {
    const findings: Findings = {};
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    const founder = await context.newPage();
    const stamp = Date.now().toString(36);
    const founderEmail = `gruenderin-${stamp}@example.org`;
    const colleagueEmail = `kollege-${stamp}@example.org`;

    await founder.goto(`${apiOrigin}/admin/sign-in`);
    await founder.getByLabel('E-Mail-Adresse').fill(founderEmail);
    await founder.getByRole('button', { name: 'Anmeldelink senden' }).click();
    await founder.getByRole('heading', { name: 'Bitte sehen Sie in Ihr Postfach' }).waitFor();
    await founder.goto(await magicLink(founderEmail));
    await founder.getByRole('heading', { name: 'Willkommen' }).waitFor();
    await check(founder, findings, 'welcome');
    await founder.getByLabel('Name der Organisation').fill(`Wohnprojekt Heide ${stamp}`);
    await founder.getByRole('button', { name: 'Organisation anlegen' }).click();
    await founder.getByRole('heading', { name: 'Angebote', exact: true }).waitFor();
    expect(await founder.locator('header').innerText()).toContain(`Wohnprojekt Heide ${stamp}`);

    await founder.getByRole('link', { name: 'Team' }).click();
    await founder.getByRole('textbox', { name: /^E-Mail/ }).fill(colleagueEmail);
    await founder.getByLabel('Rolle', { exact: true }).selectOption('editor');
    await founder.getByRole('button', { name: 'Einladung senden' }).click();
    await founder.getByText(`Einladung an ${colleagueEmail} gesendet.`).waitFor();
    await check(founder, findings, 'team-invited');

    // The colleague gets the invitation by email, signs in with that address and accepts.
    const colleague = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true })).newPage();
    const invitation = (await mailTo(apiOrigin, colleagueEmail, /\/admin\/invitations\//)).text.match(/https?:\/\/\S+\/admin\/invitations\/[\w-]+/)![0];
    await colleague.goto(invitation);
    await colleague.getByLabel('E-Mail-Adresse').fill(colleagueEmail);
    await colleague.getByRole('button', { name: 'Anmeldelink senden' }).click();
    await colleague.getByRole('heading', { name: 'Bitte sehen Sie in Ihr Postfach' }).waitFor();
    await colleague.goto(await magicLink(colleagueEmail));
    await colleague.getByRole('heading', { name: 'Einladung' }).waitFor();
    await check(colleague, findings, 'invitation');
    await colleague.getByRole('button', { name: 'Einladung annehmen' }).click();
    await colleague.getByText('Willkommen im Team.').waitFor();
    expect(await colleague.locator('header').innerText()).toContain('Bearbeiter:in');

    const bad = Object.entries(findings).filter(([, f]) => f.axe.length || f.overflow375 > 0);
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
    await context.close();
    await colleague.context().close();
  }, 120_000);
});
