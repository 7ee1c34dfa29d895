/**
 * Page objects for "Mitstreiter finden / Gruppe gründen" in the widget, keyboard only, in German
 * (the demo page's language), for the groups journeys: open the path, answer the first step, read
 * the initiative cards, join the pool, start an initiative, and confirm either from the dev
 * mailbox. Each returns what the next step needs (the manage link from the mail), so a journey
 * across the widget, the manage page and the municipality's shortlist can chain them.
 */
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mailTo } from './mailbox';
import { expectFocusOn, focused, named, tabTo, type Focused } from './widget-helpers';

const press = (page: Page, key: string) => page.keyboard.press(key);

/** Types into the field that has focus (after selecting what it holds, so a prefilled value is replaced). */
async function typeHere(page: Page, text: string): Promise<void> {
  await press(page, 'Control+A');
  await page.keyboard.type(text);
}

/** Tabs (forward, or back with `back`) to the text field whose label matches, then types `text` into it. */
export async function fill(page: Page, label: RegExp, text: string, back = false): Promise<void> {
  const field = (f: Focused) => (f.tag === 'textarea' || (f.tag === 'input' && f.type !== 'checkbox' && f.type !== 'radio')) && label.test(f.name);
  await tabTo(page, field, `the field ${label}`, { back });
  await typeHere(page, text);
}

/** Tabs to a checkbox by its label and ticks it with Space (fails if it was ticked already). */
export async function tick(page: Page, label: RegExp, back = false): Promise<void> {
  const box = await tabTo(page, (f) => f.type === 'checkbox' && label.test(f.name), `the checkbox ${label}`, { back });
  expect(box.checked, `${label} was already ticked`).toBe(false);
  await press(page, 'Space');
  expect((await focused(page))?.checked).toBe(true);
}

/**
 * From the intro or the results: Tab to "Mitstreiter finden / Gruppe gründen" and Enter; focus
 * lands on the screen's heading.
 */
export async function openGroups(page: Page, label: RegExp = /^Mitstreiter finden \/ Gruppe gründen$/): Promise<void> {
  await tabTo(page, named(label, 'button'), 'the groups button');
  await press(page, 'Enter');
  await expectFocusOn(page, 'groups-heading');
}

/** Step 1 of the questionnaire by keyboard: one household, `adults` adults, `children` children. */
export async function answerStepOne(page: Page, adults = 2, children = 0): Promise<void> {
  await expectFocusOn(page, 'step-heading');
  // A radio group is one Tab stop; Space picks the focused choice ("Ein Haushalt" comes first).
  const radio = await tabTo(page, (f) => f.type === 'radio', 'the first choice of step 1');
  expect(radio.name).toMatch(/^Ein Haushalt/);
  await press(page, 'Space');
  expect((await focused(page))?.checked).toBe(true);
  await fill(page, /Wie viele Erwachsene/, String(adults));
  await fill(page, /Wie viele Kinder/, String(children));
}

/** The initiative cards' names, in order, once the list has loaded. */
export async function initiativeNames(page: Page): Promise<string[]> {
  const count = page.locator('bring-together-widget #initiatives-count');
  const empty = page.locator('bring-together-widget .initiatives .empty');
  await expect.poll(async () => (await count.count()) + (await empty.count()), { timeout: 15_000 }).toBeGreaterThan(0);
  return page.locator('bring-together-widget article.initiative h4.title').allInnerTexts();
}

/** One initiative card's text (name, facts, reasons, watch-outs), by its name. */
export const initiativeCard = (page: Page, name: string) => page.locator('bring-together-widget article.initiative').filter({ hasText: name });

export interface PoolEntry {
  name: string;
  email: string;
  text: string;
}

/**
 * Opens "In den Pool" on the groups screen (unless the form is open: then it goes on from where the
 * focus is), fills it in by keyboard and sends it; ends on "check your mail".
 */
export async function joinPool(page: Page, entry: PoolEntry): Promise<void> {
  if (!(await page.locator('bring-together-widget #pool-heading').count())) {
    await tabTo(page, named(/^In den Pool$/, 'button'), '"In den Pool"');
    await press(page, 'Enter');
    await expectFocusOn(page, 'pool-heading');
  }
  await fill(page, /^Ihr Name/, entry.name);
  await fill(page, /^Ihre E-Mail-Adresse/, entry.email);
  await fill(page, /^Ein paar Worte über Sie/, entry.text);
  await tick(page, /^Ja, zeigen Sie meine Karte/);
  await tabTo(page, named(/^In den Pool eintragen$/, 'button'), 'the pool form\'s submit button');
  await press(page, 'Enter');
  await expectFocusOn(page, 'pool-sent', 15_000);
}

export interface NewInitiative {
  name: string;
  text: string;
  /** Kinds of place to tick, by their label ("Hof", "Gebäude", "Grundstück"). */
  kinds: string[];
  area?: string;
  households: number;
  adults: number;
  children: number;
  openPlaces: number;
  founder: { name: string; email: string };
}

/** Opens "Initiative gründen" (unless open), fills it in by keyboard and sends it; ends on "check your mail". */
export async function startInitiative(page: Page, i: NewInitiative): Promise<void> {
  if (!(await page.locator('bring-together-widget #ini-heading').count())) {
    await tabTo(page, named(/^Initiative gründen$/, 'button'), '"Initiative gründen"');
    await press(page, 'Enter');
    await expectFocusOn(page, 'ini-heading');
  }
  await fill(page, /^Name der Initiative/, i.name);
  await fill(page, /^Wer Sie sind und was Sie vorhaben/, i.text);
  for (const kind of i.kinds) await tick(page, new RegExp(`^${kind}$`));
  if (i.area) await fill(page, /^Gegend/, i.area);
  await fill(page, /^Haushalte$/, String(i.households));
  await fill(page, /^Erwachsene$/, String(i.adults));
  await fill(page, /^Kinder$/, String(i.children));
  await fill(page, /^Wie viele Haushalte suchen Sie noch/, String(i.openPlaces));
  await fill(page, /^Ihr Name/, i.founder.name);
  await fill(page, /^Ihre E-Mail-Adresse/, i.founder.email);
  await tick(page, /^Ja, zeigen Sie die Initiative/);
  await tabTo(page, named(/^Initiative anlegen$/, 'button'), 'the initiative form\'s submit button');
  await press(page, 'Enter');
  await expectFocusOn(page, 'ini-sent', 15_000);
}

export interface Confirmed {
  /** The manage page the mail links to (`/manage/{token}`): interests are sent from there. */
  manageUrl: string;
  /** The manage token (the link's last segment), for the `/v1/groups/{token}` routes. */
  token: string;
}

/**
 * Takes the confirmation link from the mail to `email`, opens it in a page of its own and confirms
 * by keyboard (the page asks first: a link scanner must not confirm). Returns the manage link.
 */
export async function confirmFromMail(browser: Browser, apiOrigin: string, email: string): Promise<Confirmed> {
  const confirm = /https?:\/\/\S+\/groups\/confirm\/[\w-]+/;
  const manage = /https?:\/\/\S+\/manage\/([\w-]+)/;
  const mail = await mailTo(apiOrigin, email, confirm);
  const page = await browser.newPage({ locale: 'de-DE' });
  try {
    await page.goto(mail.text.match(confirm)![0]);
    await tabTo(page, named(/^Bestätigen$/, 'button'), 'the confirmation page\'s button');
    await press(page, 'Enter');
    await page.getByRole('heading', { name: 'Bestätigt' }).waitFor();
  } finally {
    await page.close();
  }
  const [manageUrl, token] = mail.text.match(manage)!;
  return { manageUrl: manageUrl!, token: token! };
}
