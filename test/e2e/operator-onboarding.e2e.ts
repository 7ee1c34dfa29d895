/**
 * A municipality onboarded without SQL, in real headless Chromium: the demo operator signs in by
 * magic link, finds the district by name, creates the municipality and invites its first owner; the
 * owner (another browser, English) signs in by magic link, accepts the invitation, sets the region
 * and creates an embed with its one-tag snippet. Every page passes axe (any impact) in German and
 * in English, in a second context allowed to inject axe.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exampleDevVars } from '../../scripts/dev-vars';
import { launchBrowser } from './browser';
import { magicLink as magicLinkFrom } from './mailbox';
import { axeAll, type AxeViolation } from './widget-helpers';

const { apiOrigin } = inject('e2e');
const OPERATOR = exampleDevVars().OPERATOR_EMAILS!.split(',')[0]!.trim();
const stamp = Date.now().toString(36);
const MUNICIPALITY = `Gemeinde Oberland ${stamp}`;
const OWNER = `amt-${stamp}@oberland.example`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signInAs(page: Page, email: string, start: string, labels: { email: string; submit: string; sent: string }) {
  await page.goto(`${apiOrigin}${start}`);
  await page.getByLabel(labels.email).fill(email);
  await page.getByRole('button', { name: labels.submit }).click();
  await page.getByRole('heading', { name: labels.sent }).waitFor();
  // The same browser opens the link: it signs in at once (worker/admin/auth/binding.ts).
  await page.goto(await magicLinkFrom(apiOrigin, email));
}

/** axe on each recorded page (same session, CSP bypassed so axe can be injected). */
async function audit(context: BrowserContext, pages: Record<string, string>): Promise<[string, AxeViolation[]][]> {
  const checker = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, storageState: await context.storageState() });
  const page = await checker.newPage();
  const out: [string, AxeViolation[]][] = [];
  for (const [label, url] of Object.entries(pages)) {
    await page.goto(url);
    out.push([label, await axeAll(page)]);
  }
  await checker.close();
  return out.filter(([, v]) => v.length > 0);
}

describe('operator onboarding, end to end', () => {
  it('an operator creates a municipality, its owner signs in, sets the region and creates an embed', async () => {
    // The operator, in German.
    const opContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const op = await opContext.newPage();
    await signInAs(op, OPERATOR, '/admin/operator', { email: 'E-Mail-Adresse', submit: 'Anmeldelink senden', sent: 'Bitte sehen Sie in Ihr Postfach' });
    await op.getByRole('heading', { name: 'Plattformbetrieb' }).waitFor();
    const opPages: Record<string, string> = { overview: op.url() };

    await op.getByLabel('Name oder Kreisschlüssel').fill('Görlitz');
    await op.getByRole('button', { name: 'Suchen' }).click();
    const hit = op.locator('section[aria-labelledby="search-h"]').getByRole('row', { name: /Landkreis Görlitz/ });
    await hit.waitFor();
    expect(await hit.locator('code').innerText()).toBe('14626');
    opPages.search = op.url();

    const create = op.locator('section[aria-labelledby="create-h"]');
    await create.getByLabel(/^Name/).fill(MUNICIPALITY);
    await create.getByLabel('Landkreise (Kreisschlüssel)').fill('14626');
    await create.getByLabel(/E-Mail der ersten Inhaberin/).fill(OWNER);
    await op.getByRole('button', { name: 'Anlegen und einladen' }).click();
    await op.getByText(`${MUNICIPALITY} angelegt; die Einladung ging an ${OWNER}.`).waitFor();
    await op.getByRole('link', { name: MUNICIPALITY }).click();
    await op.getByRole('heading', { name: MUNICIPALITY }).waitFor();
    expect(await op.getByText(`${OWNER} (Inhaber`).count()).toBe(1);
    opPages.organization = op.url();
    await op.goto(`${apiOrigin}/admin/operator`);
    await op.getByRole('link', { name: 'Betriebsprotokoll' }).click();
    await op.getByText('hat die Organisation angelegt').first().waitFor();
    opPages.audit = op.url();
    const bad = await audit(opContext, opPages);

    // The first owner, in English, in a browser of their own.
    const ownerContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', extraHTTPHeaders: { 'accept-language': 'en-GB,en' } });
    const owner = await ownerContext.newPage();
    await signInAs(owner, OWNER, '/admin', { email: 'Email address', submit: 'Send sign-in link', sent: 'Check your email' });
    // A new account starts in German: switch the admin to English once.
    await owner.getByRole('button', { name: 'English' }).click();
    await owner.getByRole('heading', { name: 'Welcome' }).waitFor();
    const ownerPages: Record<string, string> = { welcome: owner.url() };
    await owner.getByRole('link', { name: new RegExp(MUNICIPALITY) }).click();
    await owner.getByRole('button', { name: 'Accept invitation' }).click();
    await owner.getByText('Welcome to the team.').waitFor();

    await owner.getByRole('navigation').getByRole('link', { name: 'Region' }).click();
    await owner.getByRole('heading', { name: 'Region', exact: true }).waitFor();
    expect(await owner.getByText('Landkreis Görlitz (14626)').count()).toBe(1);
    await owner.getByLabel('Additional postcodes').fill('01067');
    await owner.getByRole('button', { name: 'Save' }).click();
    await owner.getByText('Region saved.').waitFor();
    ownerPages.region = owner.url();

    await owner.getByRole('navigation').getByRole('link', { name: 'Embeds' }).click();
    await owner.getByRole('link', { name: 'New embed' }).click();
    await owner.getByLabel(/^Name/).fill('Website Oberland');
    await owner.getByLabel(/Allowed websites/).fill('https://www.oberland.example');
    await owner.getByRole('button', { name: 'Save' }).click();
    await owner.getByText('Embed created. Copy the snippet into the website.').waitFor();
    const snippet = await owner.getByLabel('Snippet', { exact: true }).inputValue();
    expect(snippet).toMatch(new RegExp(`^<script src="${apiOrigin}/widget.js" data-key="pk_[A-Za-z0-9]+" async></script>$`));
    ownerPages.embed = owner.url();
    ownerPages.providers = `${apiOrigin}/admin/providers`;

    bad.push(...(await audit(ownerContext, ownerPages)));

    // The operator's pages in English too.
    await op.getByRole('button', { name: 'English' }).click();
    await op.goto(`${apiOrigin}/admin/operator`);
    await op.getByRole('heading', { name: 'Platform operations' }).waitFor();
    bad.push(...(await audit(opContext, { overviewEn: op.url(), organizationEn: opPages.organization!, auditEn: opPages.audit! })));
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
    await ownerContext.close();
    await opContext.close();
  }, 120_000);
});
