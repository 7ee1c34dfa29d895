/**
 * The run's Chromium for one journey file: connected before its tests, disconnected after
 * (test/e2e/browser.ts `launchBrowser`). Call it at the top of the file; the getter is valid in tests.
 * @example
 * const browser = useBrowser();
 * it('…', async () => { const page = await browser().newPage(); });
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';

export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is there only inside tests');
    return browser;
  };
}
