/**
 * The municipality's side of a group and its building, through the Worker's real fetch: readiness
 * criteria per property (saved, audited, used), the shortlist of the interested groups that
 * agreed to be shown (page and CSV), "takes the building on" (recorded once, audited), who may see
 * it, and the dashboard's figures on forming groups (suppressed and perturbed like every count).
 * The groups' side (declaring interest) is another module's: its rows are inserted directly here.
 */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkForInsert } from '../../worker/db/chunk';
import { database } from '../../worker/db/client';
import { initiativePropertyInterests, initiatives, listings, organizations, regionApprovals } from '../../worker/db/schema';
import { perturb, requestKey } from '../../worker/demand/cell-key';
import { addMember, baseListing, setupWorld, signIn, type Client, type World } from '../admin/helpers';

let w: World;
let municipality: Client;
let otherMunicipality: Client;
const now = Date.now();
const DAY = 86_400_000;

/** Interested groups of lst_prop (5 units): two shown, three that did not consent, one withdrawn, one unconfirmed. */
const G = {
  ready: { id: crypto.randomUUID(), name: 'Hofgemeinschaft Oberland', households: 3, adults: 5, children: 2, open: 2, consent: true, legalForm: 'cooperative', plan: 'KfW 134 und Direktkredite', contact: 'Anna Beispiel', concept: 'Ein Dorfladen im Erdgeschoss; Werkstatt für alle.' },
  partial: { id: crypto.randomUUID(), name: 'Neue Nachbarn Zittau', households: 2, adults: 3, children: 0, open: 3, consent: true, legalForm: null, plan: null, contact: 'Ben', concept: null },
  hidden1: { id: crypto.randomUUID(), name: 'Verborgene Gruppe Eins', households: 1, adults: 2, children: 0, open: 4, consent: false, legalForm: null, plan: null, contact: null, concept: null },
  hidden2: { id: crypto.randomUUID(), name: 'Verborgene Gruppe Zwei', households: 1, adults: 1, children: 1, open: 4, consent: false, legalForm: null, plan: null, contact: null, concept: null },
  hidden3: { id: crypto.randomUUID(), name: 'Verborgene Gruppe Drei', households: 1, adults: 1, children: 0, open: 4, consent: false, legalForm: null, plan: null, contact: null, concept: null },
  withdrawn: { id: crypto.randomUUID(), name: 'Zurückgezogene Gruppe', households: 4, adults: 6, children: 1, open: 1, consent: true, legalForm: 'cooperative', plan: 'x', contact: 'y', concept: null },
  unconfirmed: { id: crypto.randomUUID(), name: 'Unbestätigte Gruppe', households: 4, adults: 6, children: 1, open: 1, consent: true, legalForm: 'cooperative', plan: 'x', contact: 'y', concept: null },
};
type Group = (typeof G)[keyof typeof G];

const initiativeRow = (g: Group, state: 'open' | 'unconfirmed' = 'open'): typeof initiatives.$inferInsert => ({
  id: g.id, regionOrganizationId: 'org_m', name: g.name, text: 'Wir suchen ein Haus.', profile: {},
  seeking: { propertyKinds: ['building'], settlements: ['village'], timeline: 'lt1y', legalForms: ['cooperative'], area: null },
  households: { households: g.households, adults: g.adults, children: g.children, ageBands: [], equityBand: 'unknown', budgetMinBand: 'unknown', budgetMaxBand: 'unknown' },
  openPlaces: g.open, state, legalForm: g.legalForm, financingPlan: g.plan, contactPerson: g.contact, concept: g.concept, createdAt: now, updatedAt: now,
});

beforeAll(async () => {
  w = await setupWorld();
  const db = database(env.DB);
  await db.insert(organizations).values([
    { id: 'org_m', kind: 'municipality', name: 'Landkreis Test', slug: 'lk-test', regionDistrictKeys: ['14626'], createdAt: now },
    { id: 'org_m2', kind: 'municipality', name: 'Nachbarkreis', slug: 'nachbar', regionDistrictKeys: ['14625'], createdAt: now },
  ]);
  await db.insert(regionApprovals).values(['org_m', 'org_m2'].map((municipalityId) => ({ municipalityId, providerId: 'org_a', state: 'approved' as const, createdAt: now, decidedAt: now })));
  municipality = await signIn('wohnen@lk-test.example');
  await addMember('org_m', 'wohnen@lk-test.example', 'owner');
  otherMunicipality = await signIn('wohnen@nachbar.example');
  await addMember('org_m2', 'wohnen@nachbar.example', 'owner');
  const property = baseListing({
    id: 'lst_prop', organizationId: 'org_a', kind: 'property', title: 'Vierseithof Oberland', settlement: 'village', stage: 'forming', unitsTotal: 5, freePlaces: 5, freeUnits: { own_flat: 5 },
    monthlyCostMinCents: null, monthlyCostMaxCents: null,
  });
  for (const part of chunkForInsert(listings, [property])) await db.insert(listings).values(part);
  const rows = [...Object.values(G).filter((g) => g !== G.unconfirmed).map((g) => initiativeRow(g)), initiativeRow(G.unconfirmed, 'unconfirmed')];
  for (const part of chunkForInsert(initiatives, rows)) await db.insert(initiatives).values(part);
  await db.insert(initiativePropertyInterests).values(
    Object.values(G).map((g, i) => ({
      initiativeId: g.id, listingId: 'lst_prop', shortlistConsentAt: g.consent ? now : null, declaredAt: now - (10 - i) * DAY, withdrawnAt: g === G.withdrawn ? now : null,
    })),
  );
});

const shortlist = (c: Client, path = '/admin/properties/lst_prop/shortlist') => c.get(path);
const auditRows = async (action: string) =>
  (await env.DB.prepare('SELECT organization_id, actor_id, entity_id, detail FROM audit_log WHERE action = ? ORDER BY created_at').bind(action).all<{ organization_id: string; actor_id: string; entity_id: string; detail: string }>()).results;

describe('shortlist of a vacant property', () => {
  it('shows only the groups that agreed to be shown, with readiness, concept and contact; the others only as "< 5"', async () => {
    const res = await shortlist(w.ownerA);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(G.ready.name);
    expect(html).toContain(G.partial.name);
    for (const g of [G.hidden1, G.hidden2, G.hidden3, G.withdrawn, G.unconfirmed]) expect(html).not.toContain(g.name);
    // Defaults: 3 households, 60 % of 5 units = 3, legal form, financing plan, contact person.
    expect(html).toMatch(new RegExp(`data-initiative="${G.ready.id}"[\\s\\S]*?data-readiness="true">5 von 5 erfüllt<`));
    expect(html).toMatch(new RegExp(`data-initiative="${G.partial.id}"[\\s\\S]*?data-readiness="true">1 von 5 erfüllt<`));
    expect(html).toContain(G.ready.concept);
    expect(html).toContain(G.ready.plan);
    expect(html).toContain('Anna Beispiel');
    expect(html).toContain('Dazu &lt; 5 Gruppen, die nicht zugestimmt haben');
    // The listing page's panel says the same in short.
    const page = await (await w.ownerA.get('/admin/listings/lst_prop')).text();
    expect(page).toContain('id="criteria-h"');
    expect(page).toMatch(new RegExp(`data-initiative="${G.ready.id}"`));
    expect(page).not.toContain(G.hidden1.name);
    expect(page).toContain('Es gelten die Vorgaben.');
  });

  it('exports the same as CSV (BOM, comma separated, one row per shown group, the others as a last line)', async () => {
    const res = await w.ownerA.get('/admin/properties/lst_prop/shortlist.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".*shortlist.*\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the BOM it has just been shown to hold.
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines[0]).toBe('Gruppe,Haushalte,Erwachsene,Kinder,Noch gesucht,Bereitschaft,Checkliste,Rechtsform,Finanzierungsplan,Ansprechperson,Konzept,Interesse seit,Übernimmt das Gebäude');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(new RegExp(`^${G.ready.name},3,5,2,2,5/5,.*,Genossenschaft,KfW 134 und Direktkredite,Anna Beispiel,"Ein Dorfladen im Erdgeschoss; Werkstatt für alle.",\\d{4}-\\d\\d-\\d\\d,$`));
    expect(lines[2]).toMatch(new RegExp(`^${G.partial.name},2,3,0,3,1/5,`));
    expect(lines[3]).toBe('"Dazu < 5 Gruppen, die nicht zugestimmt haben, gezeigt zu werden."'); // quoted: it holds a comma
  });

  it('is there for the owner organization and the municipality of the region, not for another provider or another region', async () => {
    expect((await shortlist(municipality)).status).toBe(200);
    expect((await shortlist(w.viewerA)).status).toBe(200);
    for (const c of [w.ownerB, otherMunicipality]) {
      expect((await shortlist(c)).status).toBe(404);
      expect((await c.get('/admin/properties/lst_prop/shortlist.csv')).status).toBe(404);
      expect((await c.post('/admin/properties/lst_prop/criteria', { min_households: '2', min_units_share: '0' })).status).toBe(404);
      expect((await c.post(`/admin/properties/lst_prop/shortlist/${G.ready.id}/take-on`, {})).status).toBe(404);
    }
    // A project has no shortlist.
    expect((await shortlist(w.ownerA, '/admin/properties/lst_a/shortlist')).status).toBe(404);
    // Viewers read but do not write.
    expect((await w.viewerA.post('/admin/properties/lst_prop/criteria', { min_households: '2', min_units_share: '0' })).status).toBe(403);
    expect((await w.viewerA.post(`/admin/properties/lst_prop/shortlist/${G.ready.id}/take-on`, {})).status).toBe(403);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM property_readiness_criteria').first<{ n: number }>();
    expect(rows!.n).toBe(0);
  });
});

describe('readiness criteria', () => {
  it('refuses bad input naming the field, and keeps what was typed', async () => {
    const res = await municipality.post('/admin/properties/lst_prop/criteria', { min_households: '0', min_units_share: '150', custom_de_1: 'Ein Dorfladen' }, { from: '/admin/properties/lst_prop/criteria' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('href="#f-min_households"');
    expect(html).toContain('href="#f-min_units_share"');
    expect(html).toContain('value="Ein Dorfladen"');
    expect((await env.DB.prepare('SELECT count(*) AS n FROM property_readiness_criteria').first<{ n: number }>())!.n).toBe(0);
  });

  it('names the row and language of a custom criterion that is wrong', async () => {
    const post = (fields: Record<string, string>) => municipality.post('/admin/properties/lst_prop/criteria', { min_households: '3', min_units_share: '50', ...fields }, { from: '/admin/properties/lst_prop/criteria' });
    // Row 2 has only an English label: its German field is named, with what is missing.
    const onlyEnglish = await post({ custom_de_1: 'Ein Dorfladen', custom_en_2: 'A village shop' });
    expect(onlyEnglish.status).toBe(422);
    const a = await onlyEnglish.text();
    expect(a).toMatch(/<a href="#f-custom_de_2">[^<]*Bitte das Kriterium auf Deutsch angeben/);
    expect(a).not.toContain('href="#f-custom_de_1"');
    // An English label too long: the English field of its row.
    const longEnglish = await post({ custom_de_1: 'Ein Dorfladen', custom_en_1: 'x'.repeat(201) });
    expect(longEnglish.status).toBe(422);
    const b = await longEnglish.text();
    expect(b).toContain('href="#f-custom_en_1"');
    expect(b).not.toContain('href="#f-custom_de_1"');
    expect((await env.DB.prepare('SELECT count(*) AS n FROM property_readiness_criteria').first<{ n: number }>())!.n).toBe(0);
  });

  it('saves the municipality\'s criteria, audits them, and judges the groups by them', async () => {
    const res = await municipality.post(
      '/admin/properties/lst_prop/criteria',
      { min_households: '4', min_units_share: '60', require_legal_form: '1', require_financing_plan: '1', require_contact_person: '1', custom_de_1: 'Nutzungskonzept für das Erdgeschoss', custom_en_1: 'A use for the ground floor' },
      { from: '/admin/properties/lst_prop/criteria' },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/properties/lst_prop/shortlist?notice=criteria');
    expect(await (await municipality.get(res.headers.get('location')!)).text()).toContain('Die Kriterien sind gespeichert.');
    const row = await env.DB.prepare('SELECT min_households, custom, updated_by FROM property_readiness_criteria WHERE listing_id = ?').bind('lst_prop').first<{ min_households: number; custom: string; updated_by: string }>();
    expect(row!.min_households).toBe(4);
    const custom = JSON.parse(row!.custom) as { id: string; label: { de: string; en?: string } }[];
    expect(custom).toEqual([{ id: expect.stringMatching(/^c_[0-9a-f]{8}$/), label: { de: 'Nutzungskonzept für das Erdgeschoss', en: 'A use for the ground floor' } }]);
    const [entry] = await auditRows('listing.readiness_criteria_set');
    expect(entry).toMatchObject({ organization_id: 'org_m', entity_id: 'lst_prop' });
    expect(JSON.parse(entry!.detail)).toMatchObject({ minHouseholds: 4 });
    // 3 households < 4: the households item fails; the new criterion is not ticked: 4 of 6.
    const html = await (await shortlist(municipality)).text();
    expect(html).toMatch(new RegExp(`data-initiative="${G.ready.id}"[\\s\\S]*?data-readiness="true">4 von 6 erfüllt<`));
    expect(html).toContain('Nutzungskonzept für das Erdgeschoss');
    // The group ticks the custom criterion (its side, written directly here): 5 of 6.
    await env.DB.prepare('UPDATE initiative_property_interests SET custom_met = ? WHERE initiative_id = ?').bind(JSON.stringify([custom[0]!.id]), G.ready.id).run();
    // In the member's language (the admin follows the user's setting).
    await env.DB.prepare("UPDATE users SET locale = 'en' WHERE email = ?").bind(municipality.email).run();
    const en = await (await shortlist(municipality)).text();
    await env.DB.prepare("UPDATE users SET locale = 'de' WHERE email = ?").bind(municipality.email).run();
    expect(en).toMatch(new RegExp(`data-initiative="${G.ready.id}"[\\s\\S]*?data-readiness="true">5 of 6 met<`));
    expect(en).toContain('A use for the ground floor');
    // Saving again keeps the criterion's id (the groups' ticks stay).
    await municipality.post(
      '/admin/properties/lst_prop/criteria',
      { min_households: '3', min_units_share: '60', require_legal_form: '1', require_financing_plan: '1', require_contact_person: '1', custom_id_1: custom[0]!.id, custom_de_1: 'Nutzungskonzept (EG)' },
      { from: '/admin/properties/lst_prop/criteria' },
    );
    const again = JSON.parse((await env.DB.prepare('SELECT custom FROM property_readiness_criteria').first<{ custom: string }>())!.custom) as { id: string }[];
    expect(again.map((c) => c.id)).toEqual([custom[0]!.id]);
    const html2 = await (await shortlist(w.ownerA)).text();
    expect(html2).toMatch(new RegExp(`data-initiative="${G.ready.id}"[\\s\\S]*?data-readiness="true">6 von 6 erfüllt<`));
  });
});

describe('takes the building on', () => {
  it('records the outcome once, audited, only for a shown group', async () => {
    const takenOn = async () =>
      (await env.DB.prepare("SELECT COUNT(*) AS n FROM outcome_events WHERE kind = 'building_taken_on' AND region_organization_id = 'org_m'").first<{ n: number }>())!.n;
    const before = await takenOn();
    expect((await municipality.post(`/admin/properties/lst_prop/shortlist/${G.hidden1.id}/take-on`, {})).headers.get('location')).toMatch(/notice=gone/);
    expect((await municipality.post(`/admin/properties/lst_prop/shortlist/${G.withdrawn.id}/take-on`, {})).headers.get('location')).toMatch(/notice=gone/);
    const res = await municipality.post(`/admin/properties/lst_prop/shortlist/${G.ready.id}/take-on`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/notice=takenOn/);
    const row = await env.DB.prepare('SELECT taken_on_at, taken_on_by FROM initiative_property_interests WHERE initiative_id = ?').bind(G.ready.id).first<{ taken_on_at: number; taken_on_by: string }>();
    const user = await env.DB.prepare('SELECT id FROM users WHERE email = ?').bind('wohnen@lk-test.example').first<{ id: string }>();
    expect(row!.taken_on_at).toBeGreaterThan(0);
    expect(row!.taken_on_by).toBe(user!.id);
    expect((await municipality.post(`/admin/properties/lst_prop/shortlist/${G.ready.id}/take-on`, {})).headers.get('location')).toMatch(/notice=gone/);
    // The council's outcome: one event, written with the change, none for the refused attempts.
    expect(await takenOn()).toBe(before + 1);
    const entries = await auditRows('listing.taken_on');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ organization_id: 'org_m', actor_id: user!.id, entity_id: 'lst_prop' });
    expect(JSON.parse(entries[0]!.detail)).toEqual({ initiativeId: G.ready.id });
    const html = await (await shortlist(w.ownerA)).text();
    expect(html).toMatch(new RegExp(`data-initiative="${G.ready.id}"[\\s\\S]*?data-taken-on="true">\\s*Übernimmt das Gebäude \\(eingetragen am`));
  });
});

describe('the dashboard on forming groups', () => {
  // Open initiatives of org_m: all but the unconfirmed one (the withdrawn interest's group is still forming).
  const open = Object.values(G).filter((g) => g !== G.unconfirmed);
  const keyed = (f: (g: Group) => number) => perturb(open.reduce((s, g) => s + f(g), 0), open.reduce((s, g) => s + f(g) * requestKey(g.id), 0));
  const cell = (html: string, table: string, row: string) => html.match(new RegExp(`id="table-${table}"[\\s\\S]*?<th scope="row">${row}</th>\\s*<td class="num (\\w+)">([^<]*)<`))?.slice(1);

  it('shows initiatives forming, their households and the households still sought, perturbed; interested and ready per building, suppressed', async () => {
    const html = await (await municipality.get('/admin/dashboard')).text();
    expect(cell(html, 'initiatives', 'Initiativen in Gründung')).toEqual(['value', String(keyed(() => 1))]);
    expect(cell(html, 'initiatives', 'Haushalte in Initiativen')).toEqual(['value', String(keyed((g) => g.households))]);
    expect(cell(html, 'initiatives', 'Noch gesuchte Haushalte')).toEqual(['value', String(keyed((g) => g.open))]);
    // Five live interests in lst_prop (the withdrawn and the unconfirmed do not count); one is ready (1–4: "< 5").
    const live = [G.ready, G.partial, G.hidden1, G.hidden2, G.hidden3];
    const interested = String(perturb(5, live.reduce((s, g) => s + requestKey(g.id), 0)));
    expect(html).toMatch(new RegExp(`Vierseithof Oberland</a>[\\s\\S]*?<td class="num value">${interested}</td>\\s*<td class="num small">&lt; 5</td>`));
    const csv = await (await municipality.get('/admin/dashboard/export/properties.csv')).text();
    expect(csv).toContain('Objekt,Ort,Passende Haushalte,Passende Gruppen,Interessierte Initiativen,davon bereit\r\n');
    expect(csv).toMatch(new RegExp(`Vierseithof Oberland,Zittau,[^,]+,[^,]+,${interested},< 5\r\n`));
    const initiativesCsv = await (await municipality.get('/admin/dashboard/export/initiatives.csv')).text();
    expect(initiativesCsv).toContain(`Initiativen in Gründung,${keyed(() => 1)}\r\n`);
    const supply = await (await municipality.get('/admin/dashboard/export/supply.csv')).text();
    expect(supply.startsWith('Art,Phase,Rechtsform,Angebote,Freie Plätze\r\nProjekt,bewohnt,Genossenschaft,2,4\r\n')).toBe(true);
    expect(supply).toContain('Summe,,,3,9\r\n'); // lst_a and lst_b (2 free each) and lst_prop (5 free) lie in the region
  });

  it('shows 1–4 initiatives as "< 5"', async () => {
    await env.DB.prepare("UPDATE initiatives SET state = 'closed' WHERE id NOT IN (?, ?)").bind(G.ready.id, G.partial.id).run();
    try {
      const html = await (await municipality.get('/admin/dashboard')).text();
      expect(cell(html, 'initiatives', 'Initiativen in Gründung')).toEqual(['small', '&lt; 5']);
      // 3 + 2 households: 5, perturbed with their keys.
      expect(cell(html, 'initiatives', 'Haushalte in Initiativen')).toEqual(['value', String(perturb(5, 3 * requestKey(G.ready.id) + 2 * requestKey(G.partial.id)))]);
    } finally {
      await env.DB.prepare("UPDATE initiatives SET state = 'open' WHERE id != ?").bind(G.unconfirmed.id).run();
    }
  });

  it('fills the fact sheet with the consenting groups and counts the others', async () => {
    const html = await (await municipality.get('/admin/dashboard/buildings/lst_prop')).text();
    expect(html).toContain('id="sheet-initiatives"');
    expect(html).toMatch(new RegExp(`<th scope="row">${G.ready.name}</th>\\s*<td class="num">3</td>\\s*<td class="num">\\d von \\d</td>`));
    expect(html).toContain(G.partial.name);
    expect(html).not.toContain(G.hidden1.name);
    expect(html).toContain('Dazu &lt; 5 Gruppen, die nicht zugestimmt haben');
    expect(html).toContain('href="/admin/properties/lst_prop/shortlist"');
  });
});
