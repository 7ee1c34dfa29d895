/**
 * Vacant buildings and plots in the admin: both organization kinds list properties, the property
 * page shows the suppressed "demand for this building", and "notify the matching saved searches"
 * mails exactly the fitting, confirmed, reachable searches once, with a stop link that only a POST
 * from its page acts on.
 */
import { deliverOutbox } from '../support/outbox';
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkForInsert } from '../../worker/db/chunk';
import { database } from '../../worker/db/client';
import { demandRecords, embeds, listings, organizations, regionApprovals, savedSearches, type DemandRecord } from '../../worker/db/schema';
import { isoWeek } from '../../worker/demand/bands';
import { perturb } from '../../worker/demand/cell-key';
import type { Answers } from '../../worker/questionnaire/types';
import { ADMIN, addMember, baseListing, setupWorld, signIn, type Client, type World } from '../admin/helpers';

let w: World;
let municipality: Client;
const now = Date.now();
const WEEK = 7 * 86_400_000;

const FITTING_GROUP: Answers = {
  'who.seekerType': { value: 'group' }, 'who.households': { value: 4 }, 'who.adults': { value: 7 }, 'who.children': { value: 2 },
  'who.householdType': { value: 'group' }, 'where.settlement': { value: ['village'], importance: 2 }, 'where.timeline': { value: 'lt1y', importance: 2 },
  'money.legalForms': { value: ['cooperative'], importance: 2 }, 'community.ecology': { value: 'high', importance: 2 },
};
/** Passes every hard filter but scores 51: below the minimum score. */
const WEAK_GROUP: Answers = {
  'who.seekerType': { value: 'group' }, 'who.households': { value: 4 }, 'who.adults': { value: 7 },
  'where.settlement': { value: ['town'], importance: 2 }, 'where.timeline': { value: 'flexible', importance: 2 }, 'community.ecology': { value: 'low', importance: 2 },
};
const HOUSEHOLD: Answers = { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 } };
/** Fits, but searches around Dresden within 10 km: the radius rules the property out. */
const FAR_GROUP: Answers = { ...FITTING_GROUP, 'where.postcode': { value: '01067' }, 'where.radiusKm': { value: 10 } };

const PROPERTY_PROFILE: Answers = {
  'who.householdType': { value: ['group'], importance: 2 }, 'where.settlement': { value: ['village'], importance: 1 },
  'where.timeline': { value: 'lt1y', importance: 1 }, 'community.ecology': { value: 'high', importance: 1 },
};
const property = (id: string, organizationId: string, over: Parameters<typeof baseListing>[0] extends infer T ? Partial<T> : never = {}) =>
  baseListing({
    id, organizationId, kind: 'property', title: `Umgebindehaus ${id}`, settlement: 'village', stage: 'forming', unitsTotal: 5, freePlaces: 5, freeUnits: { own_flat: 5 },
    monthlyCostMinCents: null, monthlyCostMaxCents: null, petsAllowed: 'dog', profile: PROPERTY_PROFILE, website: 'https://haus.example', ...over,
  });

beforeAll(async () => {
  w = await setupWorld();
  const db = database(env.DB);
  await db.insert(organizations).values([
    { id: 'org_m', kind: 'municipality', name: 'Landkreis Test', slug: 'lk-test', regionDistrictKeys: ['14626'], createdAt: now },
    { id: 'org_m2', kind: 'municipality', name: 'Nachbarkreis', slug: 'nachbar', regionDistrictKeys: ['14625'], createdAt: now },
  ]);
  // Both municipalities have approved both providers (worker/curation).
  await db.insert(regionApprovals).values(
    ['org_m', 'org_m2'].flatMap((municipalityId) => ['org_a', 'org_b'].map((providerId) => ({ municipalityId, providerId, state: 'approved' as const, createdAt: now, decidedAt: now }))),
  );
  municipality = await signIn('wohnen@lk-test.example');
  await addMember('org_m', 'wohnen@lk-test.example', 'owner');
  const rows = [
    property('lst_prop', 'org_a'),
    property('lst_prop_draft', 'org_a', { status: 'draft' }),
    property('lst_mprop', 'org_m', { title: 'Alte Schule' }),
    property('lst_outside', 'org_a', { districtKey: '14612', postcode: '01067', place: 'Dresden', lat: 51.05, lon: 13.73 }),
  ];
  for (const part of chunkForInsert(listings, rows)) await db.insert(listings).values(part);
  const embed = (id: string, organizationId: string, over: Partial<typeof embeds.$inferInsert> = {}) => ({
    id, organizationId, name: id, publishableKey: `pk_${id}`, allowedOrigins: [`https://${id}.example`], scope: 'region' as const, createdAt: now, ...over,
  });
  await db.insert(embeds).values([
    embed('emb_m', 'org_m'),
    embed('emb_m_en', 'org_m', { defaultLocale: 'en' }),
    embed('emb_m_projects', 'org_m', { scopeKinds: ['project'] }),
    embed('emb_m_other_provider', 'org_m', { scopeOrganizationIds: ['org_b'] }),
    embed('emb_revoked', 'org_m', { revokedAt: now }),
    embed('emb_b', 'org_b', { scope: 'provider' }),
    embed('emb_m2', 'org_m2'),
  ]);
  const search = (id: string, embedId: string, answers: Answers, confirmed = true) => ({
    id, embedId, email: `${id}@seekers.example`, answers, confirmedAt: confirmed ? now : null, createdAt: now,
  });
  await db.insert(savedSearches).values([
    search('ss_fit', 'emb_m', FITTING_GROUP),
    search('ss_fit_en', 'emb_m_en', FITTING_GROUP),
    search('ss_unconfirmed', 'emb_m', FITTING_GROUP, false),
    search('ss_weak', 'emb_m', WEAK_GROUP),
    search('ss_household', 'emb_m', HOUSEHOLD),
    search('ss_far', 'emb_m', FAR_GROUP),
    search('ss_projects_only', 'emb_m_projects', FITTING_GROUP),
    search('ss_other_provider', 'emb_m_other_provider', FITTING_GROUP),
    search('ss_revoked', 'emb_revoked', FITTING_GROUP),
    search('ss_provider_b', 'emb_b', FITTING_GROUP),
    search('ss_other_region', 'emb_m2', FITTING_GROUP),
  ]);
});

const demand = (region: string, n: number, over: Partial<DemandRecord> = {}): DemandRecord[] =>
  Array.from({ length: n }, () => ({
    id: crypto.randomUUID(), embedId: null, regionOrganizationId: region, originDistrictKey: null, isoWeek: isoWeek(now), seekerType: 'group', householdType: 'group',
    sizeBand: 'group', ageBands: [], budgetBand: 'unknown', equityBand: 'unknown', legalForms: ['cooperative'], timeline: 'lt1y', priorities: [], barrierFreeNeed: false,
    bestScoreBand: 'none', anyMatch: false, cellKey: 0, ...over,
  }));
/**
 * A count of 5 or more as the page shows it: the band its cell-key value (all keys 0 here) falls
 * in. Bands are written out here, not taken from the module.
 */
const banded = (n: number) => {
  const v = perturb(n, 0);
  return v >= 50 ? '50+' : v >= 20 ? '20–49' : v >= 10 ? '10–19' : '5–9';
};
async function addDemand(rows: DemandRecord[]) {
  for (const part of chunkForInsert(demandRecords, rows)) await database(env.DB).insert(demandRecords).values(part);
}
const shown = (html: string, which: 'households' | 'groups') => html.match(new RegExp(`data-demand="${which}">([^<]*)<`))?.[1];
const mailsTo = async () => {
  await deliverOutbox();
  return (await env.DB.prepare("SELECT \"to\", subject, text FROM dev_mail WHERE \"to\" LIKE '%@seekers.example' ORDER BY \"to\"").all<{ to: string; subject: string; text: string }>()).results;
};

describe('properties in the admin', () => {
  it('providers and municipalities can both create a vacant building or plot', async () => {
    const form = {
      kind: 'property', title: 'Leerer Gasthof', summary: 'Gasthof mit Saal, für eine Gruppe.', description: 'Ein Gasthof.', stage: 'forming', legalForm: 'ownership',
      postcode: '02797', settlement: 'village', unitsTotal: '6', 'free.own_flat': '6', 'free.cluster_flat': '0', 'free.shared_flat': '0', 'free.house': '0',
      costMin: '', costMax: '', equity: '95000', spaceMin: '', spaceMax: '', plot: '2800', childrenWelcome: '1', petsAllowed: 'dog', contactEmail: '', website: '',
    };
    for (const [who, org] of [[w.ownerA, 'org_a'], [municipality, 'org_m']] as const) {
      const html = await (await who.get('/admin/listings/new')).text();
      expect(html).toMatch(/<option value="property"/);
      const res = await who.post('/admin/listings', form, { from: '/admin/listings/new' });
      expect(res.status).toBe(303);
      const id = res.headers.get('location')!.match(/listings\/([\w-]+)/)![1]!;
      expect(await env.DB.prepare('SELECT kind, organization_id AS org FROM listings WHERE id = ?').bind(id).first()).toEqual({ kind: 'property', org });
      await env.DB.prepare('DELETE FROM listings WHERE id = ?').bind(id).run();
    }
  });
});

describe('demand for this building', () => {
  it('shows "< 5" with no demand and below five, and a band from five on, from the region containing the listing only', async () => {
    let html = await (await w.ownerA.get('/admin/listings/lst_prop')).text();
    expect(html).toContain('Nachfrage für dieses Gebäude');
    expect(shown(html, 'groups')).toBe('&lt; 5');
    expect(html).toContain('Nachfrage aus: Landkreis Test.');

    // Another region's pool, records older than 12 weeks, and groups that cannot fit never count.
    await addDemand([
      ...demand('org_m2', 9),
      ...demand('org_m', 6, { isoWeek: isoWeek(now - 13 * WEEK) }),
      ...demand('org_m', 6, { legalForms: ['rental'] }),
      ...demand('org_m', 6, { barrierFreeNeed: true }),
      ...demand('org_m', 3),
      ...demand('org_m', 2, { seekerType: 'household', householdType: 'couple', sizeBand: '2' }),
    ]);
    html = await (await w.ownerA.get('/admin/listings/lst_prop')).text();
    expect(shown(html, 'groups')).toBe('&lt; 5');
    expect(shown(html, 'households')).toBe('&lt; 5');

    await addDemand([...demand('org_m', 4, { isoWeek: isoWeek(now - 11 * WEEK) }), ...demand('org_m', 5, { seekerType: 'household', householdType: 'family', sizeBand: '3-4' })]);
    html = await (await w.ownerA.get('/admin/listings/lst_prop')).text();
    expect(shown(html, 'groups')).toBe(banded(7));
    expect(shown(html, 'households')).toBe(banded(7));
    // 20 more fitting groups: the next bands up.
    await addDemand(demand('org_m', 20));
    html = await (await w.ownerA.get('/admin/listings/lst_prop')).text();
    expect(shown(html, 'groups')).toBe(banded(27));
    expect(html).not.toMatch(/data-demand="(groups|households)">\d+</);
  });

  it("shows the municipality its own listing's demand, and says so when no region contains a listing", async () => {
    const own = await (await municipality.get('/admin/listings/lst_mprop')).text();
    expect(shown(own, 'groups')).toBe(banded(27));
    const outside = await (await w.ownerA.get('/admin/listings/lst_outside')).text();
    expect(outside).toContain('Keine Kommune zeigt dieses Angebot in ihrem Widget');
    expect(shown(outside, 'groups')).toBeUndefined();
  });

  it('is not shown for projects, and viewers see demand but no notify button', async () => {
    expect(await (await w.ownerA.get('/admin/listings/lst_a')).text()).not.toContain('Nachfrage für dieses Gebäude');
    const viewer = await (await w.viewerA.get('/admin/listings/lst_prop')).text();
    expect(viewer).toContain('Nachfrage für dieses Gebäude');
    expect(viewer).not.toContain('/admin/properties/lst_prop/notify');
  });
});

describe('notify the matching saved searches', () => {
  it("mails exactly the confirmed, fitting searches whose embed reaches the listing, in the seeker's language, once", async () => {
    await env.DB.prepare("UPDATE saved_searches SET locale = 'en' WHERE id = 'ss_fit_en'").run();
    const res = await w.editorA.post('/admin/properties/lst_prop/notify', {}, { from: '/admin/listings/lst_prop' });
    expect(res.status).toBe(303);
    // Two sent, none before: both counts only as the band "< 5".
    expect(res.headers.get('location')).toBe('/admin/listings/lst_prop?notified=%3C+5&already=%3C+5#notify');
    const mails = await mailsTo();
    expect(mails.map((m) => m.to)).toEqual(['ss_fit@seekers.example', 'ss_fit_en@seekers.example']);
    const [de, en] = mails as [(typeof mails)[0], (typeof mails)[0]];
    expect(de.subject).toBe('Neu und passend: Umgebindehaus lst_prop');
    expect(de.text).toContain('02763 Zittau');
    expect(de.text).toContain('Warum es passt:');
    expect(de.text).toContain('Das Projekt sucht Gruppen wie Ihre');
    expect(de.text).toContain('https://admin.test/listings/lst_prop/umgebindehaus-lst-prop\n');
    expect(en.text).toContain('https://admin.test/listings/lst_prop/umgebindehaus-lst-prop?lang=en\n');
    expect(de.text).toMatch(/\/saved-searches\/stop\/ss_fit\.[\w-]{43}\n/);
    expect(en.subject).toBe('New and fitting: Umgebindehaus lst_prop');
    expect(en.text).toContain('Why it fits:');

    // The member sees bands only, never an address or an exact count (a number in the query is ignored).
    const page = await (await w.editorA.get('/admin/listings/lst_prop?notified=%3C+5&already=%3C+5')).text();
    expect(page).toContain('Neu benachrichtigt: &lt; 5; bereits zuvor benachrichtigt: &lt; 5.');
    expect(page).not.toContain('@seekers.example');
    expect(await (await w.editorA.get('/admin/listings/lst_prop?notified=2&already=0')).text()).not.toContain('Neu benachrichtigt');
    const audit = await env.DB.prepare("SELECT actor_id IS NOT NULL AS actor, detail FROM audit_log WHERE action = 'listing.saved_searches_notified'").all<{ actor: number; detail: string }>();
    expect(audit.results).toHaveLength(1);
    expect(JSON.parse(audit.results[0]!.detail)).toEqual({ sent: '< 5', already: '< 5', capped: false, failed: false });
    expect(audit.results[0]!.detail).not.toContain('@');

    // A second click within 7 days sends nothing and says when it is possible again.
    const again = await w.ownerA.post('/admin/properties/lst_prop/notify', {}, { from: '/admin/listings/lst_prop' });
    expect(again.headers.get('location')).toBe('/admin/listings/lst_prop?notify=wait#notify');
    expect(await (await w.ownerA.get('/admin/listings/lst_prop?notify=wait')).text()).toContain('wieder möglich ab');
    expect(await mailsTo()).toHaveLength(2);
    // A week later, each pair is still told only once.
    await env.DB.prepare("UPDATE listings SET searches_notified_at = ? WHERE id = 'lst_prop'").bind(now - 8 * 86_400_000).run();
    const later = await w.ownerA.post('/admin/properties/lst_prop/notify', {}, { from: '/admin/listings/lst_prop' });
    expect(later.headers.get('location')).toBe('/admin/listings/lst_prop?notified=%3C+5&already=%3C+5#notify');
    expect(await mailsTo()).toHaveLength(2);
    const pairs = await env.DB.prepare("SELECT saved_search_id AS id FROM property_notifications WHERE listing_id = 'lst_prop' ORDER BY id").all();
    expect(pairs.results).toEqual([{ id: 'ss_fit' }, { id: 'ss_fit_en' }]);
  });

  it('is for editors and owners of the listing, and for published properties only', async () => {
    expect((await w.viewerA.post('/admin/properties/lst_prop/notify', {}, { from: '/admin/listings/lst_prop' })).status).toBe(403);
    expect((await w.ownerB.post('/admin/properties/lst_prop/notify', {}, { from: '/admin/listings' })).status).toBe(404);
    expect((await w.ownerA.post('/admin/properties/lst_prop_draft/notify', {}, { from: '/admin/listings/lst_prop_draft' })).status).toBe(400);
    expect((await w.ownerA.post('/admin/properties/lst_a/notify', {}, { from: '/admin/listings/lst_a' })).status).toBe(400);
    expect((await w.ownerA.post('/admin/properties/lst_prop/notify', {}, { from: '/admin/listings/lst_prop', csrf: 'forged' })).status).toBe(403);
    expect(await mailsTo()).toHaveLength(2);
  });
});

describe('stop link', () => {
  const stopPath = async (to: string) => {
    await deliverOutbox();
    const row = await env.DB.prepare('SELECT text FROM dev_mail WHERE "to" = ?').bind(to).first<{ text: string }>();
    return new URL(row!.text.match(/https?:\/\/\S+\/saved-searches\/stop\/\S+/)![0]).pathname;
  };
  const exists = async (id: string) => (await env.DB.prepare('SELECT count(*) AS n FROM saved_searches WHERE id = ?').bind(id).first<{ n: number }>())!.n;
  const post = (path: string, headers: Record<string, string> = { origin: ADMIN }) => SELF.fetch(`${ADMIN}${path}`, { method: 'POST', headers });

  it('asks on GET without deleting, deletes on POST from its page', async () => {
    const path = await stopPath('ss_fit@seekers.example');
    const page = await SELF.fetch(`${ADMIN}${path}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await page.text();
    expect(html).toContain('Gespeicherte Suche löschen');
    // The frame shared with the manage page keeps this page's stricter policy in its meta tag too.
    expect(html).toMatch(/<meta name="referrer" content="no-referrer"/);
    expect(html).not.toContain('same-origin');
    expect(await exists('ss_fit')).toBe(1);

    expect((await post(path, { origin: 'https://evil.example' })).status).toBe(403);
    expect(await exists('ss_fit')).toBe(1);

    const done = await post(path);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Gespeicherte Suche gelöscht');
    expect(await exists('ss_fit')).toBe(0);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM property_notifications WHERE saved_search_id = 'ss_fit'").first('n')).toBe(0);
    // Used once: the link now leads nowhere.
    expect((await SELF.fetch(`${ADMIN}${path}`)).status).toBe(404);
  });

  it("speaks the seeker's language and answers 404 to a bad or borrowed signature", async () => {
    const path = await stopPath('ss_fit_en@seekers.example');
    expect(await (await SELF.fetch(`${ADMIN}${path}`)).text()).toContain('Delete saved search');
    const sig = path.split('.')[1]!;
    const tampered = `${path.slice(0, -1)}${path.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [tampered, `/saved-searches/stop/ss_weak.${sig}`, '/saved-searches/stop/ss_weak', '/saved-searches/stop/%00..x']) {
      expect((await SELF.fetch(`${ADMIN}${bad}`)).status).toBe(404);
      expect((await post(bad)).status).toBe(404);
    }
    expect(await exists('ss_fit_en')).toBe(1);
    expect(await exists('ss_weak')).toBe(1);
  });
});
