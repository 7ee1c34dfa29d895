/**
 * Signing in to the hosted admin as a demo login in a page of its own: the sign-in form, the
 * magic link from the dev mailbox, and a check that the header names the organization.
 * @example
 * const admin = await signedIn(browser, apiOrigin, DEMO_MUNICIPALITY_EMAIL, 'Landkreis Görlitz');
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { magicLink } from './mailbox';

export async function signedIn(owner: Browser | BrowserContext, apiOrigin: string, email: string, org: string): Promise<Page> {
  // bypassCSP only so axe can be injected: the admin's CSP allows no inline script.
  const page = 'newContext' in owner ? await owner.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true }) : await owner.newPage();
  await page.goto(`${apiOrigin}/admin/listings`);
  const field = page.getByLabel('E-Mail-Adresse');
  await field.waitFor({ timeout: 15_000 }).catch(async () => {
    throw new Error(`no sign-in form on ${page.url()}:\n${(await page.locator('body').innerText()).slice(0, 600)}`);
  });
  await field.fill(email);
  await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
  await page.getByRole('heading', { name: 'Bitte sehen Sie in Ihr Postfach' }).waitFor();
  const link = await magicLink(apiOrigin, email);
  await page.goto(link);
  await page.waitForLoadState();
  if (!(await page.locator('header').innerText().catch(() => '')).includes(org)) {
    throw new Error(`not signed in after ${link}: ${page.url()}\n${(await page.locator('body').innerText()).slice(0, 400)}`);
  }
  return page;
}
