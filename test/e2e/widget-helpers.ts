/**
 * Helpers for the widget's browser tests: keyboard navigation across shadow roots, axe, reflow and
 * screenshots. Playwright locators pierce open shadow roots; `document.activeElement` does not, so
 * the focused element is found by walking `shadowRoot.activeElement`.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/local';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/**
 * A full-page screenshot for a person to look at, when asked for (`E2E_SCREENSHOTS=1 npm test`):
 * no test depends on it, and taking ~70 of them is a tenth of the e2e run.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface Focused {
  tag: string;
  id: string;
  type: string;
  /** Label text, aria-label or text content: what a screen reader would roughly announce. */
  name: string;
  checked: boolean;
}

/** The element that really has focus, inside any shadow roots. */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    if (!el || el === document.body) return null;
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    return { tag: el.tagName.toLowerCase(), id: el.id, type: input.type ?? '', name: label.replace(/\s+/g, ' ').trim(), checked: Boolean(input.checked) };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
export async function tabTo(page: Page, match: (f: Focused) => boolean, what: string, { max = 120, back = false } = {}): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f && match(f)) return f;
  }
  throw new Error(`Tab never reached ${what}; focus is on ${JSON.stringify(await focused(page))}`);
}

export const named = (re: RegExp, tag?: string) => (f: Focused) => re.test(f.name) && (!tag || f.tag === tag);

/** Waits until focus is on the element with this id (inside the widget's shadow root). */
export async function expectFocusOn(page: Page, id: string, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: Focused | null = null;
  while (Date.now() < deadline) {
    last = await focused(page);
    if (last?.id === id) return;
    await page.waitForTimeout(25);
  }
  throw new Error(`focus is not on #${id} but on ${JSON.stringify(last)}`);
}

/** The widget's polite live region text. */
export const liveText = (page: Page) => page.locator('bring-together-widget [role="status"]').first().innerText();

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core on the whole document (it pierces open shadow roots); only serious and critical findings. */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/** axe-core on the whole document (it pierces the widget's shadow roots): every violation, whatever its impact. */
export async function axeAll(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/** Page wider than the viewport (WCAG 1.4.10 reflow: no horizontal scrolling at 320 CSS px). */
export function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; widgetRight: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    widgetRight: Math.round(document.querySelector('bring-together-widget')?.getBoundingClientRect().right ?? 0),
  }));
}

/** axe (serious and critical) at 1280 and 320 px, and no horizontal scrolling at 320 px. */
export async function cleanAtBothWidths(page: Page): Promise<{ width: number; axe: unknown[]; overflow: number }[]> {
  const out = [];
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(250);
    const o = await horizontalOverflow(page);
    out.push({ width, axe: await axeSerious(page), overflow: Math.max(o.scrollWidth - o.innerWidth, o.widgetRight - o.innerWidth, 0) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return out;
}

/** What `cleanAtBothWidths` finds on a clean screen. */
export const clean = [
  { width: 1280, axe: [], overflow: 0 },
  { width: 320, axe: [], overflow: 0 },
];

/**
 * Per screen: axe (no serious/critical), screenshots at 1280 and 375 px, reflow at 320 px.
 * Returns the findings so the test can assert them together with the screen's name.
 */
export async function checkScreen(page: Page, name: string): Promise<{ axe: AxeViolation[]; overflow320: number }> {
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  // Let the screen's entrance animation (opacity) finish, or axe measures contrast mid-fade.
  // (Document.getAnimations() leaves out shadow trees, so every shadow root is asked as well.)
  await page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    const running = roots.flatMap((r) => r.getAnimations()).filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    return Promise.all(running.map((a) => a.finished.catch(() => undefined)));
  });
  await page.waitForTimeout(50);
  const axe = await axeSerious(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, `${name}-375`);
  await page.setViewportSize({ width: 320, height: 640 });
  const o = await horizontalOverflow(page);
  await page.setViewportSize(size);
  return { axe, overflow320: Math.max(o.scrollWidth - o.innerWidth, o.widgetRight - o.innerWidth, 0) };
}

/** Collects the widget's events on the page (installed before any script runs). */
export async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __btEvents: { type: string; detail: unknown }[] };
    w.__btEvents = [];
    for (const type of ['bt-ready', 'bt-step', 'bt-results', 'bt-error', 'bt-contact-sent']) {
      document.addEventListener(type, (e) => w.__btEvents.push({ type, detail: (e as CustomEvent).detail }));
    }
  });
}

export const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { __btEvents: { type: string; detail: Record<string, unknown> }[] }).__btEvents);

/** Starts the questionnaire and answers step 1 as one household of two adults without children. */
export async function answerStepOne(page: Page, start: string | RegExp = 'Fragebogen starten'): Promise<void> {
  await page.getByRole('button', { name: start }).click();
  await page.getByRole('radio', { name: /Ein Haushalt/ }).check();
  await page.getByRole('textbox', { name: /Wie viele Erwachsene/ }).fill('2');
  await page.getByRole('textbox', { name: /Wie viele Kinder/ }).fill('0');
}

/** From step `from`, goes on to each later step (waiting for its heading) and asks for the results. */
export async function finishQuestionnaire(page: Page, from = 1): Promise<void> {
  for (let step = from + 1; step <= 5; step++) {
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('heading', { name: new RegExp(`Schritt ${step} von 5`) }).waitFor();
  }
  await page.getByRole('button', { name: 'Vorschläge anzeigen' }).click();
}
