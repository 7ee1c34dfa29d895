/**
 * The group and its building, through the Worker's real fetch: the properties that fit an
 * initiative (only its region's, only published and curated ones), its readiness against the
 * municipality's checklist, declaring and withdrawing interest with the shortlist consent, the
 * readiness fields, who may do it, the manage page's forms, and the export and erasure.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { chunkForInsert } from '../../worker/db/chunk';
import { database } from '../../worker/db/client';
import { hiddenListings, listings, propertyReadinessCriteria, type NewListing } from '../../worker/db/schema';
import { loadShortlist } from '../../worker/groups/shortlist';
import { ManageExportSchema } from '../../worker/manage/api';
import { household, insertFixtures, nextIp, postJson } from './fixtures';
import { getJson, idem, initiativeBody, joinPool, linksTo, startInitiative } from './groups-support';

const BASE = 'https://api.test';

interface Item { id: string; met: boolean; text: string; criterionId?: string }
interface Entry {
  property: { id: string; title: string; url: string };
  score: number;
  fits: boolean;
  reasons: { code: string; text: string }[];
  watchOuts: { code: string; text: string }[];
  readiness: { met: number; total: number; ready: boolean; items: Item[] };
  interest: { shortlistConsent: boolean; customMet: string[]; withdrawnAt: string | null } | null;
  otherInitiatives: number;
}
interface List { properties: Entry[]; readinessFields: Record<string, string | null> }

const property = (over: Partial<NewListing> & Pick<NewListing, 'id' | 'title'>): NewListing => {
  const now = Date.now();
  return {
    organizationId: 'org_coop', kind: 'property', status: 'published', summary: 'Ein leerstehender Hof.', description: 'Beschreibung.',
    postcode: '02708', place: 'Obercunnersdorf', districtKey: '14626', lat: 51.03, lon: 14.67, settlement: 'village', stage: 'forming', legalForm: 'ownership',
    unitsTotal: 5, freePlaces: 5, freeUnits: { own_flat: 3, house: 2 }, monthlyCostMinCents: null, monthlyCostMaxCents: null, equityRequiredCents: 14_500_000,
    livingSpaceMinSqm: 340, livingSpaceMaxSqm: 340, plotSqm: 3_100, profile: { 'where.timeline': { value: '1to3y' } }, confirmedAt: now, createdAt: now, updatedAt: now,
    ...over,
  };
};

beforeEach(async () => {
  await insertFixtures();
  const db = database(env.DB);
  const rows = [
    property({ id: 'lst_farm', title: 'Umgebindehof Obercunnersdorf' }),
    property({ id: 'lst_paused', title: 'Pausierter Hof', status: 'paused' }),
    property({ id: 'lst_elsewhere', title: 'Hof bei Dresden', postcode: '01067', place: 'Dresden', districtKey: '14612' }),
    property({ id: 'lst_hidden', title: 'Verborgener Hof' }),
    property({ id: 'lst_tiny', title: 'Kleines Haus', unitsTotal: 2, freePlaces: 2, freeUnits: { own_flat: 2 } }),
  ];
  for (const part of chunkForInsert(listings, rows)) await db.insert(listings).values(part);
  await db.insert(hiddenListings).values({ municipalityId: 'org_town', listingId: 'lst_hidden', reason: 'Nicht mehr verfügbar.', createdAt: Date.now() });
});

const list = async (token: string, query = '') => {
  const res = await getJson(`/v1/groups/${token}/properties${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as List;
};
const declare = (token: string, listingId: string, body: unknown, key = idem('pi')) =>
  postJson(`/v1/groups/${token}/properties/${listingId}/interest`, body, { 'idempotency-key': key });
const withdraw = (token: string, listingId: string) => postJson(`/v1/groups/${token}/properties/${listingId}/withdraw`, {});
const readinessOf = (l: List, id: string) => l.properties.find((p) => p.property.id === id)!.readiness;

describe('buildings that fit an initiative', () => {
  it('lists only the region\'s published, curated properties that can house the group, best first, with reasons and the default checklist', async () => {
    const founder = await startInitiative();
    const { properties, readinessFields } = await list(founder);
    const ids = properties.map((p) => p.property.id);
    expect(ids[0]).toBe('lst_farm');
    expect(ids).toContain('lst_property');
    // Paused, another region's, hidden by the municipality, and too small for three households: never.
    for (const id of ['lst_paused', 'lst_elsewhere', 'lst_hidden', 'lst_tiny']) expect(ids).not.toContain(id);
    const farm = properties[0]!;
    expect(farm.fits).toBe(true);
    expect(farm.reasons.map((r) => r.code)).toEqual(['units.fit', 'place_kind.match', 'property_form.fits']);
    expect(farm.reasons[0]!.text).toBe('5 Wohneinheiten für Ihre 5 gesuchten Haushalte');
    expect(farm.watchOuts.map((r) => r.code)).toEqual(['price.near_equity']);
    expect(farm.property.url).toMatch(/\/listings\/lst_farm\//);
    // Defaults: 3 households, 60 % of 5 units = 3, legal form, financing plan, contact person.
    expect(farm.readiness.items.map((i) => [i.id, i.met])).toEqual([['households', true], ['unitsShare', true], ['legalForm', false], ['financingPlan', false], ['contactPerson', false]]);
    expect(farm.readiness.items[0]!.text).toBe('mindestens 3 Haushalte (Ihre Gruppe: 3)');
    expect(farm.interest).toBeNull();
    expect(farm.otherInitiatives).toBe(0);
    expect(readinessFields).toEqual({ legalForm: null, financingPlan: null, contactPerson: null, concept: null });
    // English on request.
    const en = await list(founder, '?locale=en');
    expect(en.properties[0]!.readiness.items[1]!.text).toBe('households found for at least 3 of the 5 units (your group: 3)');
  });

  it('saves the readiness fields and the checklist follows; bad input names the field', async () => {
    const founder = await startInitiative();
    const fields = { legalForm: 'cooperative', financingPlan: null, contactPerson: '  Jonas Beispiel ', concept: 'Werkstatt für das Dorf in der Scheune.' };
    const saved = await postJson(`/v1/groups/${founder}/readiness`, fields);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ legalForm: 'cooperative', financingPlan: null, contactPerson: 'Jonas Beispiel', concept: 'Werkstatt für das Dorf in der Scheune.' });
    expect(readinessOf(await list(founder), 'lst_farm')).toMatchObject({ met: 4, total: 5, ready: false });

    const bad = await postJson(`/v1/groups/${founder}/readiness`, { ...fields, legalForm: 'castle', concept: 'x'.repeat(3001) });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const fieldsNamed = ((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fieldsNamed).toEqual(expect.arrayContaining(['legalForm', 'concept']));
    expect(await env.DB.prepare('SELECT legal_form AS f FROM initiatives').first('f')).toBe('cooperative');
  });

  it('declares interest with the shortlist consent (idempotently), shows it to the municipality, counts other groups, and withdraws', async () => {
    const founder = await startInitiative();
    expect((await declare(founder, 'lst_farm', { shortlistConsent: true }, '')).status).toBe(400);
    const key = idem('pi');
    const first = await declare(founder, 'lst_farm', { shortlistConsent: true, customMet: [] }, key);
    expect(first.status).toBe(200);
    const declared = (await first.json()) as Entry['interest'] & { declaredAt: string; shortlistConsentAt: string };
    expect(declared).toMatchObject({ listingId: 'lst_farm', shortlistConsent: true, withdrawnAt: null, takenOnAt: null });
    // A retry gives the first answer; the same key for another request is refused.
    const retry = await declare(founder, 'lst_farm', { shortlistConsent: true, customMet: [] }, key);
    expect([retry.status, await retry.json()]).toEqual([200, declared]);
    expect((await declare(founder, 'lst_farm', { shortlistConsent: false, customMet: [] }, key)).status).toBe(422);

    // The municipality's shortlist (worker/groups/shortlist.ts) reads the row the group wrote.
    const shortlist = await loadShortlist(env.DB, { id: 'lst_farm', unitsTotal: 5 });
    expect(shortlist.shown.map((s) => s.name)).toEqual(['Hofgemeinschaft Oberland']);
    expect(shortlist.others.n).toBe(0);

    // Not offered (paused, elsewhere, hidden) or unknown: 404, nothing stored.
    for (const id of ['lst_paused', 'lst_elsewhere', 'lst_hidden', 'lst_nope']) {
      const res = await declare(founder, id, { shortlistConsent: true });
      expect(res.status, id).toBe(404);
      expect(((await res.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('listingId');
    }
    expect(await env.DB.prepare('SELECT count(*) AS n FROM initiative_property_interests').first('n')).toBe(1);

    // Another group declares without consent: counted for the first, only counted for the municipality.
    const other = await startInitiative({ name: 'Neue Nachbarn Zittau', founder: { name: 'Ben', email: 'ben@example.org', answers: household } });
    expect((await declare(other, 'lst_farm', { shortlistConsent: false })).status).toBe(200);
    const farm = (await list(founder)).properties.find((p) => p.property.id === 'lst_farm')!;
    expect(farm.otherInitiatives).toBe(1);
    expect(farm.interest).toMatchObject({ shortlistConsent: true, withdrawnAt: null });
    expect((await loadShortlist(env.DB, { id: 'lst_farm', unitsTotal: 5 })).others.n).toBe(1);

    // Taking the consent back keeps the interest, only counted.
    expect(((await (await declare(founder, 'lst_farm', { shortlistConsent: false })).json()) as { shortlistConsent: boolean }).shortlistConsent).toBe(false);
    expect((await loadShortlist(env.DB, { id: 'lst_farm', unitsTotal: 5 })).shown).toEqual([]);

    // Withdrawn: gone from the shortlist and the count; again changes nothing; never declared is 404.
    const gone = await withdraw(founder, 'lst_farm');
    expect(gone.status).toBe(200);
    const withdrawn = (await gone.json()) as { withdrawnAt: string | null; shortlistConsent: boolean };
    expect(withdrawn.withdrawnAt).not.toBeNull();
    expect((await withdraw(founder, 'lst_farm')).status).toBe(200);
    expect((await withdraw(founder, 'lst_property')).status).toBe(404);
    expect((await loadShortlist(env.DB, { id: 'lst_farm', unitsTotal: 5 })).others.n).toBe(1);
    expect((await list(other)).properties.find((p) => p.property.id === 'lst_farm')!.otherInitiatives).toBe(0);
  });

  it('ticks the municipality\'s own criteria by id, and refuses ids the property does not have', async () => {
    const founder = await startInitiative();
    await database(env.DB).insert(propertyReadinessCriteria).values({
      listingId: 'lst_farm', minHouseholds: 3, minUnitsSharePercent: 60, requireLegalForm: true, requireFinancingPlan: false, requireContactPerson: true,
      custom: [{ id: 'c_0000beef', label: { de: 'Besichtigung erfolgt', en: 'Site visit done' } }], updatedAt: Date.now(),
    });
    const before = readinessOf(await list(founder), 'lst_farm');
    expect(before.items.map((i) => i.id)).toEqual(['households', 'unitsShare', 'legalForm', 'contactPerson', 'custom']);
    expect(before.items[4]).toEqual({ id: 'custom', met: false, text: 'Besichtigung erfolgt', criterionId: 'c_0000beef' });

    const bad = await declare(founder, 'lst_farm', { shortlistConsent: true, customMet: ['c_unknown1'] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('customMet');
    expect((await declare(founder, 'lst_farm', { shortlistConsent: true, customMet: ['c_0000beef'] })).status).toBe(200);
    const after = readinessOf(await list(founder, '?locale=en'), 'lst_farm');
    expect(after.items[4]).toMatchObject({ met: true, text: 'Site visit done' });
    expect(after.met).toBe(before.met + 1);
  });

  it('refuses every token that is not a confirmed founder\'s of an open initiative', async () => {
    const seeker = await joinPool();
    for (const res of [
      await getJson(`/v1/groups/${seeker}/properties`),
      await declare(seeker, 'lst_farm', { shortlistConsent: true }),
      await withdraw(seeker, 'lst_farm'),
      await postJson(`/v1/groups/${seeker}/readiness`, { legalForm: null, financingPlan: null, contactPerson: null, concept: null }),
    ]) {
      expect(res.status).toBe(403);
      expect(((await res.json()) as { code: string }).code).toBe('not_a_member');
    }
    expect((await getJson(`/v1/groups/${'A'.repeat(43)}/properties`)).status).toBe(404);
    // A founder who has not confirmed yet cannot speak for the initiative.
    const res = await postJson('/v1/initiatives', initiativeBody({ founder: { name: 'Ute', email: 'ute@example.org', answers: household } }), { 'idempotency-key': idem('ini') });
    expect(res.status).toBe(202);
    const mail = await linksTo('ute@example.org');
    expect((await getJson(`/v1/groups/${mail.manage}/properties`)).status).toBe(409);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM initiative_property_interests').first('n')).toBe(0);
  });
});

describe('the manage page of a founder', () => {
  const page = (token: string) => SELF.fetch(`${BASE}/manage/${token}`, { headers: { 'cf-connecting-ip': nextIp() } });
  const submit = (token: string, action: string, fields: Record<string, string>) =>
    SELF.fetch(`${BASE}/manage/${token}/${action}`, {
      method: 'POST', redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': nextIp(), 'sec-fetch-site': 'same-origin', origin: BASE },
      body: new URLSearchParams(fields).toString(),
    });

  it('shows the buildings with the checklist in words, and its forms declare interest and save the readiness fields', async () => {
    const founder = await startInitiative();
    const html = await (await page(founder)).text();
    expect(html).toContain('Passende Gebäude');
    expect(html).toContain('Umgebindehof Obercunnersdorf');
    expect(html).toContain('mindestens 3 Haushalte (Ihre Gruppe: 3) – erfüllt');
    expect(html).toContain('Rechtsform gewählt – offen');
    expect(html).toContain('Checkliste der Kommune: 2 von 5 erfüllt');
    expect(html).not.toContain('Pausierter Hof');
    expect(html).not.toContain('Hof bei Dresden');
    const csrf = html.match(/name="csrf" value="([^"]+)"/)![1]!;
    const memberId = html.match(/name="memberId" value="([^"]+)"/)![1]!;

    const saved = await submit(founder, 'readiness', { csrf, lang: 'de', memberId, legalForm: 'cooperative', financingPlan: '', contactPerson: 'Jonas Beispiel', concept: 'Scheune als Werkstatt.' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toContain('done=readiness_saved');
    const tooLong = await submit(founder, 'readiness', { csrf, lang: 'de', memberId, legalForm: 'castle', financingPlan: '', contactPerson: '', concept: '' });
    expect(tooLong.headers.get('location')).toContain('done=readiness_invalid');

    // Declared without the consent box ticked: an interest, not on the shortlist.
    const declared = await submit(founder, 'property-interest', { csrf, lang: 'de', memberId, listingId: 'lst_farm', decision: 'declare' });
    expect(declared.headers.get('location')).toContain('done=property_declared');
    expect(await env.DB.prepare("SELECT shortlist_consent_at AS c FROM initiative_property_interests WHERE listing_id = 'lst_farm'").first('c')).toBeNull();
    await submit(founder, 'property-interest', { csrf, lang: 'de', memberId, listingId: 'lst_farm', decision: 'declare', shortlistConsent: 'yes' });
    expect(await env.DB.prepare("SELECT shortlist_consent_at AS c FROM initiative_property_interests WHERE listing_id = 'lst_farm'").first('c')).not.toBeNull();
    const after = await (await page(founder)).text();
    expect(after).toContain('Checkliste der Kommune: 4 von 5 erfüllt');
    expect(after).toContain('Die Kommune sieht Ihre Gruppe auf ihrer Auswahlliste');
    // A forged form changes nothing.
    expect((await submit(founder, 'property-interest', { csrf: 'forged', memberId, listingId: 'lst_farm', decision: 'withdraw' })).status).toBe(403);
    const gone = await submit(founder, 'property-interest', { csrf, lang: 'de', memberId, listingId: 'lst_farm', decision: 'withdraw' });
    expect(gone.headers.get('location')).toContain('done=property_withdrawn');
    expect(await env.DB.prepare("SELECT withdrawn_at IS NOT NULL AS w FROM initiative_property_interests WHERE listing_id = 'lst_farm'").first('w')).toBe(1);
  });

  it('exports the readiness fields and the declared interests; a leaving contact person is no longer named; erasure removes them', async () => {
    const founder = await startInitiative();
    await postJson(`/v1/groups/${founder}/readiness`, { legalForm: 'cooperative', financingPlan: 'KfW 134', contactPerson: 'Jonas Beispiel', concept: 'Ein Hof für alle.' });
    expect((await declare(founder, 'lst_farm', { shortlistConsent: true })).status).toBe(200);
    const doc = (await (await SELF.fetch(`${BASE}/manage/${founder}/export`, { headers: { 'cf-connecting-ip': nextIp() } })).json()) as {
      groups: { initiatives: { initiative: { readiness: Record<string, string> }; propertyInterests: { listingId: string; title: string; shortlistConsentAt: string | null }[] }[] };
    };
    expect(ManageExportSchema.safeParse(doc).success).toBe(true);
    const [mine] = doc.groups.initiatives;
    expect(mine!.initiative.readiness).toEqual({ legalForm: 'cooperative', financingPlan: 'KfW 134', contactPerson: 'Jonas Beispiel', concept: 'Ein Hof für alle.' });
    expect(mine!.propertyInterests).toEqual([expect.objectContaining({ listingId: 'lst_farm', title: 'Umgebindehof Obercunnersdorf', withdrawnAt: null })]);
    expect(mine!.propertyInterests[0]!.shortlistConsentAt).toMatch(/^\d{4}-/);

    // A co-founder joins; when the founder named as contact person leaves, the name goes with them.
    expect((await postJson(`/v1/groups/${founder}/cofounders`, { name: 'Mira Beispiel', email: 'mira@example.org' }, { 'idempotency-key': idem('co') })).status).toBe(202);
    const invite = await linksTo('mira@example.org');
    expect((await SELF.fetch(invite.confirm!, { method: 'POST' })).status).toBe(200);
    expect((await postJson(`/v1/groups/${founder}/withdraw`, {})).status).toBe(200);
    expect(await env.DB.prepare('SELECT contact_person AS c, concept FROM initiatives').first()).toEqual({ c: null, concept: 'Ein Hof für alle.' });
    const left = await list(invite.manage!);
    expect(left.properties.find((p) => p.property.id === 'lst_farm')!.interest).toMatchObject({ shortlistConsent: true });

    const erased = await postJson(`/v1/manage/${invite.manage}/erase`, { confirm: true });
    expect(erased.status).toBe(200);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM initiative_property_interests').first('n')).toBe(0);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM initiatives').first('n')).toBe(0);
  });
});
