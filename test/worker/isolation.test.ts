/**
 * Isolation of publishable keys: every public route that takes a key (read from the OpenAPI
 * document at test time, so later routes join automatically) × the keys of OTHER embeds — a second
 * municipality and a provider-scoped embed. A key only ever reaches published listings in its own
 * scope, only from its own origins, and writes land under its own embed.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONSENT_TEXT_VERSION } from '../../worker/api/schemas';
import { chunkForInsert } from '../../worker/db/chunk';
import { database } from '../../worker/db/client';
import { embeds, listings, organizations, regionApprovals, type NewListing } from '../../worker/db/schema';
import { GROUPS_CONSENT_VERSION } from '../../worker/groups/pool';
import { DUMMY_TOKEN } from '../../worker/turnstile/verify';
import { household, insertFixtures, KEY, nextIp, ORIGIN } from './fixtures';

const BASE = 'https://api.test';
const OTHER_KEY = 'pk_test_other_town';
const OTHER_ORIGIN = 'https://other-town.example';
const BUILDER_KEY = 'pk_test_builder';
const BUILDER_ORIGIN = 'https://builder.example';

const ALL_LISTINGS = ['lst_zittau', 'lst_oybin', 'lst_draft', 'lst_dresden', 'lst_property', 'lst_builder', 'lst_dresden_draft'];

interface Tenant {
  name: string;
  key: string;
  origin: string;
  embedId: string;
  /** The published listings this key may reach. */
  scope: string[];
}

const TOWN: Tenant = { name: 'town (region Görlitz)', key: KEY, origin: ORIGIN, embedId: 'emb_town', scope: ['lst_zittau', 'lst_oybin', 'lst_property', 'lst_builder'] };
const OTHERS: Tenant[] = [
  { name: 'other municipality (region Dresden)', key: OTHER_KEY, origin: OTHER_ORIGIN, embedId: 'emb_other', scope: ['lst_dresden'] },
  { name: 'provider embed (own listings only)', key: BUILDER_KEY, origin: BUILDER_ORIGIN, embedId: 'emb_builder', scope: ['lst_builder'] },
];

beforeEach(async () => {
  await insertFixtures();
  const db = database(env.DB);
  const now = Date.now();
  await db.insert(organizations).values([
    { id: 'org_other', kind: 'municipality', name: 'Andere Stadt', slug: 'andere-stadt', regionDistrictKeys: ['14612'], createdAt: now },
    { id: 'org_builder', kind: 'provider', name: 'Baugruppe', slug: 'baugruppe', createdAt: now },
  ]);
  // The other municipality has approved the co-op (its region's only provider) for its widget.
  await db.insert(regionApprovals).values({ municipalityId: 'org_other', providerId: 'org_coop', state: 'approved', createdAt: now, decidedAt: now });
  await db.insert(embeds).values([
    { id: 'emb_other', organizationId: 'org_other', name: 'Andere', publishableKey: OTHER_KEY, allowedOrigins: [OTHER_ORIGIN], scope: 'region', createdAt: now },
    { id: 'emb_builder', organizationId: 'org_builder', name: 'Baugruppe', publishableKey: BUILDER_KEY, allowedOrigins: [BUILDER_ORIGIN], scope: 'provider', createdAt: now },
  ]);
  const base: Omit<NewListing, 'id' | 'title' | 'organizationId'> = {
    kind: 'project', status: 'published', summary: 'Projekt.', description: 'Beschreibung.', postcode: '02763', place: 'Zittau', lat: 50.9, lon: 14.8,
    districtKey: '14626', settlement: 'small_town', stage: 'occupied', legalForm: 'cooperative', unitsTotal: 10, freePlaces: 2,
    freeUnits: { own_flat: 2 }, monthlyCostMinCents: 60_000, monthlyCostMaxCents: 90_000, equityRequiredCents: 0, confirmedAt: now, createdAt: now, updatedAt: now,
  };
  const rows: NewListing[] = [
    { ...base, id: 'lst_builder', organizationId: 'org_builder', title: 'Baugruppe Zittau' },
    { ...base, id: 'lst_dresden_draft', organizationId: 'org_coop', title: 'Entwurf Dresden', status: 'draft', postcode: '01067', place: 'Dresden', lat: 51.05, lon: 13.73, districtKey: '14612' },
  ];
  for (const part of chunkForInsert(listings, rows)) await db.insert(listings).values(part);
});

type Schema = Record<string, unknown>;
let idem = 0;

/** Every listing id anywhere in a JSON answer. */
function listingIds(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && ALL_LISTINGS.includes(value)) found.add(value);
  else if (Array.isArray(value)) value.forEach((v) => listingIds(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => listingIds(v, found));
  return found;
}

const ANSWERS = { ...household };
const BODIES: Record<string, (key: string, listingId: string) => Record<string, unknown>> = {
  'POST /v1/matches': (key) => ({ key, answers: ANSWERS, limit: 50 }),
  'POST /v1/listings/{id}/fit': (key) => ({ key, answers: ANSWERS }),
  'POST /v1/contact-requests': (key, listingId) => ({
    key, listingId, answers: ANSWERS, name: 'Erika', email: 'erika@example.org', message: 'Hallo',
    consent: { contact: true, shareNeeds: false, textVersion: CONSENT_TEXT_VERSION }, turnstileToken: DUMMY_TOKEN,
  }),
  'POST /v1/saved-searches': (key) => ({ key, answers: ANSWERS, email: 'erika@example.org', consent: { notify: true, textVersion: CONSENT_TEXT_VERSION }, turnstileToken: DUMMY_TOKEN }),
  'POST /v1/pool-entries': (key) => ({
    key, answers: ANSWERS, name: 'Erika', email: 'erika@example.org', text: 'Wir suchen Mitbewohnende.', consent: { pool: true, textVersion: GROUPS_CONSENT_VERSION }, turnstileToken: DUMMY_TOKEN,
  }),
  'POST /v1/initiatives': (key) => ({
    key, name: 'Hofgemeinschaft Oberland', text: 'Wir suchen einen Hof.', profile: { 'community.meals': { value: 'weekly', importance: 2 } },
    seeking: { propertyKinds: ['farmstead'], settlements: ['village'], timeline: '1to3y', legalForms: ['cooperative'], area: 'Oberlausitz' },
    households: { households: 3, adults: 5, children: 2, ageBands: ['30-44'], equityBand: '50k-150k', budgetMinBand: '500-799', budgetMaxBand: '800-1099' },
    openPlaces: 3, founder: { name: 'Jonas', email: 'jonas@example.org', answers: ANSWERS }, consent: { listed: true, textVersion: GROUPS_CONSENT_VERSION }, turnstileToken: DUMMY_TOKEN,
  }),
  'POST /v1/initiatives/matches': (key) => ({ key, answers: ANSWERS }),
};

interface KeyedRoute {
  route: string;
  method: string;
  template: string;
  keyIn: 'path' | 'body';
  /** Where a listing id goes, if the route addresses one listing. */
  listingIn?: 'path' | 'body';
}

async function keyedRoutes(): Promise<KeyedRoute[]> {
  const doc = (await (await SELF.fetch(`${BASE}/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, Schema>>; components: { schemas: Record<string, Schema> } };
  const out: KeyedRoute[] = [];
  for (const [template, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = ((op.parameters ?? []) as { name: string; in: string }[]).filter((p) => p.in === 'path').map((p) => p.name);
      let body = ((op.requestBody as Schema | undefined)?.content as Record<string, { schema: Schema }> | undefined)?.['application/json']?.schema;
      if (body && typeof body.$ref === 'string') body = doc.components.schemas[body.$ref.split('/').pop()!];
      const props = Object.keys((body?.properties ?? {}) as Schema);
      const keyIn = params.includes('key') ? 'path' : props.includes('key') ? 'body' : undefined;
      if (!keyIn) continue;
      const listingIn = template.includes('/listings/{id}') ? 'path' : props.includes('listingId') ? 'body' : undefined;
      out.push({ route: `${method.toUpperCase()} ${template}`, method: method.toUpperCase(), template, keyIn, listingIn });
    }
  }
  return out;
}

function call(r: KeyedRoute, key: string, origin: string, listingId = 'lst_zittau'): Promise<Response> {
  const path = r.template.replace('{key}', key).replace('{id}', listingId);
  const make = BODIES[r.route];
  if (r.method !== 'GET' && !make) throw new Error(`${r.route} takes a publishable key; add a valid body for it to BODIES in isolation.test.ts`);
  return SELF.fetch(`${BASE}${path}`, {
    method: r.method,
    headers: {
      origin,
      'cf-connecting-ip': nextIp(),
      ...(r.method === 'GET' ? {} : { 'content-type': 'application/json', 'idempotency-key': `isolation-${++idem}` }),
    },
    body: r.method === 'GET' ? undefined : JSON.stringify(make!(key, listingId)),
  });
}

describe('isolation: every keyed public route × the key of another embed', () => {
  it('covers the routes named in the issue', async () => {
    const routes = (await keyedRoutes()).map((r) => r.route);
    for (const r of ['GET /v1/embeds/{key}/config', 'POST /v1/matches', 'POST /v1/contact-requests']) expect(routes).toContain(r);
  });

  for (const tenant of OTHERS) {
    it(`${tenant.name}: reaches only its own scope, only from its own origins`, async () => {
      const routes = await keyedRoutes();
      for (const r of routes) {
        // Another embed's key from the first embed's page, and the first key from the other's page: refused.
        const crossOrigin = await call(r, tenant.key, ORIGIN);
        expect(crossOrigin.status, `${r.route} with ${tenant.key} from ${ORIGIN}`).toBe(403);
        const crossKey = await call(r, KEY, tenant.origin);
        expect(crossKey.status, `${r.route} with ${KEY} from ${tenant.origin}`).toBe(403);

        for (const listingId of r.listingIn ? ALL_LISTINGS : [undefined]) {
          const res = await call(r, tenant.key, tenant.origin, listingId);
          const label = `${r.route} ${tenant.key} ${listingId ?? ''}`;
          expect(res.status, label).toBeLessThan(500);
          const body = await res.json();
          if (listingId) {
            // A listing outside the scope is indistinguishable from one that does not exist.
            if (tenant.scope.includes(listingId)) expect(res.status, label).toBeLessThan(300);
            else {
              expect(res.status, label).toBe(404);
              expect((body as { code: string }).code, label).toBe('listing_not_found');
            }
          } else expect(res.status, label).toBeLessThan(300);
          const leaked = [...listingIds(body)].filter((id) => !tenant.scope.includes(id));
          expect(leaked, label).toEqual([]);
        }
      }
    });

    it(`${tenant.name}: writes land under its own embed and region`, async () => {
      const match = await call({ route: 'POST /v1/matches', method: 'POST', template: '/v1/matches', keyIn: 'body' }, tenant.key, tenant.origin);
      const results = ((await match.json()) as { matches: { listing: { id: string } }[] }).matches.map((m) => m.listing.id);
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((id) => tenant.scope.includes(id))).toBe(true);
      const demand = await env.DB.prepare('SELECT embed_id, region_organization_id FROM demand_records').all();
      expect(demand.results).toEqual([{ embed_id: tenant.embedId, region_organization_id: tenant.embedId === 'emb_other' ? 'org_other' : 'org_builder' }]);

      const contact = await call({ route: 'POST /v1/contact-requests', method: 'POST', template: '/v1/contact-requests', keyIn: 'body', listingIn: 'body' }, tenant.key, tenant.origin, tenant.scope[0]);
      expect(contact.status).toBe(201);
      const stored = await env.DB.prepare('SELECT embed_id, listing_id FROM contact_requests').all();
      expect(stored.results).toEqual([{ embed_id: tenant.embedId, listing_id: tenant.scope[0] }]);
    });
  }

  it('the first key still sees its whole region, and never the other region', async () => {
    const res = await call({ route: 'POST /v1/matches', method: 'POST', template: '/v1/matches', keyIn: 'body' }, TOWN.key, TOWN.origin);
    const ids = [...listingIds(await res.json())];
    expect(ids.length).toBeGreaterThan(1);
    expect(ids.filter((id) => !TOWN.scope.includes(id))).toEqual([]);
  });

  it('a revoked key stops at once on every keyed route', async () => {
    await env.DB.prepare("UPDATE embeds SET revoked_at = ? WHERE id = 'emb_other'").bind(Date.now()).run();
    for (const r of await keyedRoutes()) {
      const res = await call(r, OTHER_KEY, OTHER_ORIGIN, 'lst_dresden');
      expect(res.status, r.route).toBe(403);
      expect(((await res.json()) as { code: string }).code).toBe('key_revoked');
    }
  });
});
