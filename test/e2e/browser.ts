/**
 * Real headless Chromium from Debian (never a downloaded browser). The e2e run starts ONE browser
 * server in its global setup (test/e2e/global-setup.ts) and every test file connects to it; outside
 * that run (the widget bench) a browser of its own is launched.
 */
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const LAUNCH = {
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** The shared browser server of an e2e run (global setup). */
export function startBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(LAUNCH);
}

/** The e2e run's shared browser, when this runs inside it. */
async function sharedEndpoint(): Promise<string | undefined> {
  try {
    const { inject } = await import('vitest');
    return (inject('e2e') as { chromiumEndpoint?: string }).chromiumEndpoint;
  } catch {
    return undefined;
  }
}

/**
 * A browser for this test file: a connection to the shared one (closing it only disconnects), or a
 * new one outside the e2e run.
 * @example
 * browser = await launchBrowser();
 */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = await sharedEndpoint();
  if (!endpoint) return chromium.launch(LAUNCH);
  const browser = await chromium.connect(endpoint);
  // On a connected browser, closing a page of `browser.newPage()` leaves its context (and that
  // context's renderer and memory cache) open, unlike a launched one: close it with the page, so a
  // test starts as fresh as it would in a browser of its own.
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.once('close', () => void page.context().close().catch(() => undefined));
    return page;
  };
  return browser;
}

/**
 * A server-rendered page (the guide, a listing page) in a German browser (English comes from
 * `?lang=en`), with the scripts it loads (a page that needs none must load none) and the status it
 * answered. bypassCSP only so axe can be injected: the page's own CSP is tested in the worker tests.
 * @example
 * const { page, scripts, status } = await openServerPage(browser, `${apiOrigin}/guide`, 320);
 */
export async function openServerPage(browser: Browser, url: string, width: number): Promise<{ page: Page; scripts: string[]; status: number | undefined }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'de-DE', bypassCSP: true });
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const res = await page.goto(url);
  return { page, scripts, status: res?.status() };
}
