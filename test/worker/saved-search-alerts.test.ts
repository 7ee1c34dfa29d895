/**
 * Saved-search alerts ("Promises kept"): a listing published in the admin, or one that gets free
 * places back, reaches the confirmed saved searches it fits without a button — engine-checked,
 * each pair once, at most one mail per search and day listing that day's new matches, with a
 * one-click List-Unsubscribe (RFC 8058) the stop route accepts.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawFromListing } from '../../worker/admin/listings/form';
import { chunkForInsert } from '../../worker/db/chunk';
import { database } from '../../worker/db/client';
import { embeds, listings, organizations, regionApprovals, savedSearches, type Listing } from '../../worker/db/schema';
import type { Env } from '../../worker/env';
import { scoreListing } from '../../worker/matching/engine';
import type { Answers } from '../../worker/questionnaire/types';
import { MIN_SCORE } from '../../worker/saved-searches/fitting';
import { runSavedSearchAlerts } from '../../worker/saved-searches/alerts';
import { deliverOutbox } from '../support/outbox';
import { ADMIN, baseListing, setupWorld, type World } from '../admin/helpers';

const DAY = 86_400_000;
let w: World;

/** A couple that wants weekly shared meals in a co-op: fits the projects below. */
const HOUSEHOLD: Answers = {
  'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.householdType': { value: 'couple' },
  'community.meals': { value: 'weekly', importance: 2 }, 'money.legalForms': { value: ['cooperative'], importance: 2 },
};
/** The same couple, but only within 10 km of Dresden: the projects in Zittau are out. */
const FAR: Answers = { ...HOUSEHOLD, 'where.postcode': { value: '01067' }, 'where.radiusKm': { value: 10 } };
/** A forming group: groups get buildings and plots, never projects. */
const GROUP: Answers = {
  'who.seekerType': { value: 'group' }, 'who.households': { value: 4 }, 'who.adults': { value: 7 }, 'who.householdType': { value: 'group' },
  'where.settlement': { value: ['village'], importance: 2 }, 'money.legalForms': { value: ['cooperative'], importance: 2 }, 'community.ecology': { value: 'high', importance: 2 },
};
const PROPERTY_PROFILE: Answers = { 'who.householdType': { value: ['group'], importance: 2 }, 'where.settlement': { value: ['village'], importance: 1 }, 'community.ecology': { value: 'high', importance: 1 } };

const draft = (id: string, over: Partial<Listing> = {}) =>
  baseListing({ id, organizationId: 'org_a', status: 'draft', title: `Hof ${id}`, website: `https://${id}.example`, ...over });

async function addListings(...rows: ReturnType<typeof draft>[]) {
  for (const part of chunkForInsert(listings, rows)) await database(env.DB).insert(listings).values(part);
}

beforeAll(async () => {
  w = await setupWorld();
  const db = database(env.DB);
  const now = Date.now();
  await db.insert(organizations).values({ id: 'org_m', kind: 'municipality', name: 'Landkreis Test', slug: 'lk-test', regionDistrictKeys: ['14626'], createdAt: now });
  await db.insert(regionApprovals).values({ municipalityId: 'org_m', providerId: 'org_a', state: 'approved', createdAt: now, decidedAt: now });
  await db.insert(embeds).values({ id: 'emb_m', organizationId: 'org_m', name: 'Website', publishableKey: 'pk_emb_m', allowedOrigins: ['https://lk-test.example'], scope: 'region', createdAt: now });
});

/** Every test starts with no mail, no told pair, nothing pending, and these saved searches. */
beforeEach(async () => {
  await env.DB.batch(
    ['outbox', 'dev_mail', 'property_notifications', 'listing_alerts_pending', 'saved_searches'].map((t) => env.DB.prepare(`DELETE FROM ${t}`)),
  );
  await env.DB.prepare("DELETE FROM listings WHERE id NOT IN ('lst_a', 'lst_b')").run();
  const search = (id: string, answers: Answers, over: Partial<typeof savedSearches.$inferInsert> = {}) => ({
    id, embedId: 'emb_m', email: `${id}@seekers.example`, answers, confirmedAt: Date.now() - DAY, createdAt: Date.now() - DAY, ...over,
  });
  await database(env.DB).insert(savedSearches).values([
    search('ss_fit', HOUSEHOLD),
    search('ss_fit_en', HOUSEHOLD, { locale: 'en' }),
    search('ss_unconfirmed', HOUSEHOLD, { confirmedAt: null }),
    search('ss_far', FAR),
    search('ss_group', GROUP),
  ]);
});

const publish = async (id: string) => {
  const res = await w.editorA.post(`/admin/listings/${id}/status`, { action: 'publish' }, { from: `/admin/listings/${id}` });
  expect(res.status).toBe(303);
};
const run = (now = Date.now()) => runSavedSearchAlerts(env as unknown as Env, now, ADMIN);
interface Delivered {
  to: string;
  subject: string;
  text: string;
  headers: Record<string, string> | null;
}
const delivered = async (): Promise<Delivered[]> => {
  await deliverOutbox();
  const { results } = await env.DB.prepare('SELECT "to", subject, text, headers FROM dev_mail WHERE "to" LIKE \'%@seekers.example\' ORDER BY "to", created_at').all<Delivered & { headers: string | null }>();
  return results.map((r) => ({ ...r, headers: r.headers ? (JSON.parse(r.headers) as Record<string, string>) : null }));
};
const pending = async () => (await env.DB.prepare('SELECT listing_id AS id, reason FROM listing_alerts_pending ORDER BY listing_id').all()).results;

describe('saved-search alerts', () => {
  it('uses answers the engine scores as fitting (and not fitting) for the fixtures', async () => {
    const project = { ...draft('x'), status: 'published' } as Listing;
    expect(scoreListing(HOUSEHOLD, project, {})!.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(scoreListing(GROUP, project, {})).toBeNull();
  });

  it('mails a published project to the fitting confirmed household searches once, in their language, with one-click unsubscribe', async () => {
    await addListings(draft('lst_new'));
    // A draft is nobody's business yet.
    expect(await run()).toMatchObject({ checked: 0, mails: 0 });
    await publish('lst_new');
    expect(await pending()).toEqual([{ id: 'lst_new', reason: 'published' }]);

    const r = await run();
    expect(r).toEqual({ checked: 1, settled: 1, mails: 2, pairs: 2, deferred: 0 });
    const mails = await delivered();
    // Not the unconfirmed search, not the one searching around Dresden, not the group.
    expect(mails.map((m) => m.to)).toEqual(['ss_fit@seekers.example', 'ss_fit_en@seekers.example']);
    const [de, en] = mails as [Delivered, Delivered];
    expect(de.subject).toBe('Neu und passend: Hof lst_new');
    expect(de.text).toContain('Dieses Angebot passt neu zu Ihrer gespeicherten Suche');
    expect(de.text).toContain('1. Hof lst_new');
    expect(de.text).toContain('Wohnprojekt · 02763 Zittau');
    expect(de.text).toMatch(/Passung: \d+ von 100/);
    expect(de.text).toContain('Mehr dazu: https://admin.test/listings/lst_new/hof-lst-new\n');
    expect(en.text).toContain('More: https://admin.test/listings/lst_new/hof-lst-new?lang=en\n');
    const stop = de.text.match(/Keine solchen E-Mails mehr \(gespeicherte Suche löschen\): (\S+)/)?.[1];
    expect(stop).toMatch(/^https:\/\/admin\.test\/saved-searches\/stop\/ss_fit\.[\w-]{43}$/);
    expect(de.headers).toEqual({ 'List-Unsubscribe': `<${stop}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(en.subject).toBe('New and fitting: Hof lst_new');
    expect(en.text).toContain('Housing project · 02763 Zittau');
    expect(en.headers?.['List-Unsubscribe']).toMatch(/^<https:\/\/admin\.test\/saved-searches\/stop\/ss_fit_en\.[\w-]{43}>$/);

    // Nothing pending any more; the job run again (today or any later day) mails nothing.
    expect(await pending()).toEqual([]);
    expect(await run()).toEqual({ checked: 0, settled: 0, mails: 0, pairs: 0, deferred: 0 });
    expect(await run(Date.now() + 2 * DAY)).toMatchObject({ mails: 0 });
    // Published again after a pause: the pairs are told already.
    await w.editorA.post('/admin/listings/lst_new/status', { action: 'pause' }, { from: '/admin/listings/lst_new' });
    await publish('lst_new');
    expect(await run()).toMatchObject({ checked: 1, settled: 1, mails: 0 });
    expect(await delivered()).toHaveLength(2);
    const pairs = await env.DB.prepare("SELECT saved_search_id AS id FROM property_notifications WHERE listing_id = 'lst_new' ORDER BY id").all();
    expect(pairs.results).toEqual([{ id: 'ss_fit' }, { id: 'ss_fit_en' }]);
  });

  it('lists two listings published the same day in one mail per search, and a third of that day in the next day’s mail', async () => {
    await addListings(draft('lst_one'), draft('lst_two', { monthlyCostMinCents: 50_000 }), draft('lst_three'));
    await publish('lst_one');
    await publish('lst_two');
    expect(await run()).toMatchObject({ checked: 2, settled: 2, mails: 2, pairs: 4 });
    let mails = await delivered();
    expect(mails.map((m) => m.to)).toEqual(['ss_fit@seekers.example', 'ss_fit_en@seekers.example']);
    const de = mails[0]!;
    expect(de.subject).toBe('2 neue passende Angebote für Ihre Suche');
    expect(de.text).toContain('Diese 2 Angebote passen neu');
    expect(de.text).toContain('Hof lst_one');
    expect(de.text).toContain('Hof lst_two');
    expect(de.text).toContain('https://admin.test/listings/lst_one/hof-lst-one\n');
    expect(de.text).toContain('https://admin.test/listings/lst_two/hof-lst-two\n');
    expect(mails[1]!.subject).toBe('2 new fitting listings for your search');

    // Later that day: these searches had their mail of the day, so the third waits (still pending) …
    await publish('lst_three');
    expect(await run()).toMatchObject({ checked: 1, settled: 0, mails: 0, deferred: 2 });
    expect(await pending()).toEqual([{ id: 'lst_three', reason: 'published' }]);
    expect(await delivered()).toHaveLength(2);
    // … for the next day's mail, which has it alone.
    expect(await run(Date.now() + DAY)).toMatchObject({ checked: 1, settled: 1, mails: 2, pairs: 2 });
    mails = await delivered();
    expect(mails).toHaveLength(4);
    expect(mails.filter((m) => m.to === 'ss_fit@seekers.example').map((m) => m.subject)).toEqual(['2 neue passende Angebote für Ihre Suche', 'Neu und passend: Hof lst_three']);
    expect(await pending()).toEqual([]);
  });

  it('tells the searches when a published project gets free places back, and not for an edit that changes nothing they match on', async () => {
    await addListings(draft('lst_full', { status: 'published', freePlaces: 0, freeUnits: {} }));
    const row = (await database(env.DB).select().from(listings).all()).find((l) => l.id === 'lst_full')!;
    const edit = (fields: Record<string, string>) => w.editorA.post('/admin/listings/lst_full', { ...rawFromListing(row), ...fields }, { from: '/admin/listings/lst_full' });

    // Saved once as the admin form stores it (the form adds the listing's facts to its profile:
    // a change of what it looks for, but with no free place nobody fits it).
    expect((await edit({})).status).toBe(303);
    expect(await pending()).toEqual([{ id: 'lst_full', reason: 'profile' }]);
    expect(await run()).toMatchObject({ checked: 1, settled: 1, mails: 0 });
    // A new title: nothing they match on, nothing queued.
    expect((await edit({ title: 'Hof voll' })).status).toBe(303);
    expect(await pending()).toEqual([]);

    // Two places free again.
    expect((await edit({ title: 'Hof voll', 'free.own_flat': '2' })).status).toBe(303);
    expect(await pending()).toEqual([{ id: 'lst_full', reason: 'free_places' }]);
    expect(await run()).toMatchObject({ checked: 1, mails: 2 });
    const mails = await delivered();
    expect(mails.map((m) => m.subject)).toEqual(['Neu und passend: Hof voll', 'New and fitting: Hof voll']);
  });

  it('queues a published listing whose cost changes, and a search saved after the change does not hear of it', async () => {
    await addListings(draft('lst_cost', { status: 'published' }));
    const row = (await database(env.DB).select().from(listings).all()).find((l) => l.id === 'lst_cost')!;
    await env.DB.prepare("UPDATE saved_searches SET created_at = ? WHERE id = 'ss_fit_en'").bind(Date.now() + DAY).run();
    const res = await w.editorA.post('/admin/listings/lst_cost', { ...rawFromListing(row), costMin: '550' }, { from: '/admin/listings/lst_cost' });
    expect(res.status).toBe(303);
    expect(await pending()).toEqual([{ id: 'lst_cost', reason: 'cost' }]);
    expect(await run()).toMatchObject({ mails: 1 });
    expect((await delivered()).map((m) => m.to)).toEqual(['ss_fit@seekers.example']);
  });

  it('stops every further mail after a one-click unsubscribe (a POST without our form), which a cross-site form without it still cannot do', async () => {
    await addListings(draft('lst_first'), draft('lst_later'));
    await publish('lst_first');
    await run();
    const mail = (await delivered()).find((m) => m.to === 'ss_fit@seekers.example')!;
    const url = mail.headers!['List-Unsubscribe']!.slice(1, -1);

    // A plain POST from another site (no one-click body) is refused; the search stays.
    const forged = await SELF.fetch(url, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(forged.status).toBe(403);
    // Nor is more than a few KiB read.
    const big = await SELF.fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `List-Unsubscribe=One-Click&x=${'a'.repeat(10_000)}` });
    expect(big.status).toBe(413);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM saved_searches WHERE id = 'ss_fit'").first('n')).toBe(1);
    // The mail client's one-click POST: no Origin, no cookie, no CSRF token.
    const oneClick = await SELF.fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM saved_searches WHERE id = 'ss_fit'").first('n')).toBe(0);
    // Also as multipart (RFC 8058 allows both); the search is gone, so: 404.
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    expect((await SELF.fetch(url, { method: 'POST', body: form })).status).toBe(404);

    await publish('lst_later');
    expect(await run(Date.now() + DAY)).toMatchObject({ mails: 1 });
    expect((await delivered()).filter((m) => m.to === 'ss_fit@seekers.example')).toHaveLength(1);
  });

  it('tells group searches of buildings and plots, and shares the pairs with "notify now"', async () => {
    await addListings(
      draft('lst_prop', { kind: 'property', title: 'Umgebindehaus', settlement: 'village', stage: 'forming', unitsTotal: 5, freePlaces: 5, freeUnits: { own_flat: 5 }, monthlyCostMinCents: null, monthlyCostMaxCents: null, petsAllowed: 'dog', profile: PROPERTY_PROFILE }),
      draft('lst_prop2', { kind: 'property', title: 'Alte Mühle', settlement: 'village', stage: 'forming', unitsTotal: 5, freePlaces: 5, freeUnits: { own_flat: 5 }, monthlyCostMinCents: null, monthlyCostMaxCents: null, petsAllowed: 'dog', profile: PROPERTY_PROFILE }),
    );
    await publish('lst_prop');
    // The renamed button is on the page …
    expect(await (await w.editorA.get('/admin/listings/lst_prop')).text()).toContain('Jetzt benachrichtigen');
    // … and mails the group at once; the daily job then has nothing left to tell about it.
    const now = await w.editorA.post('/admin/properties/lst_prop/notify', {}, { from: '/admin/listings/lst_prop' });
    expect(now.status).toBe(303);
    let mails = await delivered();
    expect(mails.map((m) => [m.to, m.subject])).toEqual([['ss_group@seekers.example', 'Neu und passend: Umgebindehaus']]);
    expect(mails[0]!.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mails[0]!.headers?.['List-Unsubscribe']).toMatch(/^<https?:\/\/[^>]+\/saved-searches\/stop\/ss_group\.[\w-]{43}>$/);
    expect(await run()).toMatchObject({ checked: 1, settled: 1, mails: 0 });

    await publish('lst_prop2');
    expect(await run()).toMatchObject({ mails: 1, pairs: 1 });
    mails = await delivered();
    expect(mails.map((m) => m.subject)).toEqual(['Neu und passend: Umgebindehaus', 'Neu und passend: Alte Mühle']);
    expect(mails[1]!.text).toContain('Gebäude oder Grundstück · 02763 Zittau');
  });
});
