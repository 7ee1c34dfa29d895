/**
 * A provider starts an initiative in the admin (worker/admin/initiatives), through the Worker's
 * real fetch: only in a region that approved it, open at once, the member who started it its
 * founder with a manage link by mail, audited and counted as formed in the same batch; bad input
 * answers 422 naming the field and writes nothing; viewers cannot, other organizations do not see it.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { database } from '../../worker/db/client';
import { organizations, regionApprovals } from '../../worker/db/schema';
import { setupWorld, type World } from '../admin/helpers';

let w: World;
const now = Date.now();

beforeAll(async () => {
  w = await setupWorld();
  const db = database(env.DB);
  await db.insert(organizations).values([
    { id: 'org_m', kind: 'municipality', name: 'Landkreis Test', slug: 'lk-test', regionDistrictKeys: ['14626'], createdAt: now },
    { id: 'org_x', kind: 'municipality', name: 'Anderer Kreis', slug: 'anderer', regionDistrictKeys: ['14625'], createdAt: now },
  ]);
  await db.insert(regionApprovals).values([
    { municipalityId: 'org_m', providerId: 'org_a', state: 'approved', createdAt: now, decidedAt: now },
    { municipalityId: 'org_x', providerId: 'org_a', state: 'rejected', createdAt: now, decidedAt: now },
  ]);
});

const valid = { name: 'Hofgruppe der Genossenschaft', text: 'Wir bauen einen Hof für drei Familien um.', region: 'org_m', kinds: ['farmstead', 'building'], timeline: '1to3y', households: '3', adults: '5', children: '2', openPlaces: '2' };
const rows = async (sql: string) => (await env.DB.prepare(sql).first<{ n: number }>())!.n;
const counts = async () => [await rows('SELECT COUNT(*) AS n FROM initiatives'), await rows('SELECT COUNT(*) AS n FROM initiative_members'), await rows("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'groups.initiative-organization'")];

describe('initiatives in the admin', () => {
  it('offers only the regions that approved the provider, and refuses bad input naming the field', async () => {
    const html = await (await w.editorA.get('/admin/initiatives')).text();
    expect(html).toContain('<option value="org_m"');
    expect(html).not.toContain('value="org_x"');
    const before = await counts();
    for (const [field, over] of [
      ['name', { name: 'x' }],
      ['text', { text: ' ' }],
      ['region', { region: 'org_x' }],
      ['region', { region: 'org_b' }],
      ['kinds', { kinds: ['castle'] }],
      ['timeline', { timeline: 'someday' }],
      ['households', { households: '0' }],
      ['adults', { adults: '2' }],
      ['children', { children: '-1' }],
      ['openPlaces', { openPlaces: '1e3' }],
    ] as const) {
      const res = await w.editorA.post('/admin/initiatives', { ...valid, ...over } as Record<string, string | string[]>);
      expect(res.status, field).toBe(422);
      expect(await res.text(), field).toMatch(new RegExp(`<a href="#f-${field}">`));
    }
    expect(await counts()).toEqual(before);
    expect((await w.viewerA.post('/admin/initiatives', valid)).status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('starts one open at once, with its founder, the manage link by mail, the audit entry and the formed event', async () => {
    const res = await w.editorA.post('/admin/initiatives', valid);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/initiatives?notice=created');
    const ini = await env.DB.prepare("SELECT * FROM initiatives WHERE owner_organization_id = 'org_a'").first<Record<string, string | null>>();
    expect(ini).toMatchObject({ region_organization_id: 'org_m', state: 'open', embed_id: null, open_places: 2, name: valid.name });
    expect(JSON.parse(ini!.seeking!)).toMatchObject({ propertyKinds: ['farmstead', 'building'], timeline: '1to3y' });
    expect(JSON.parse(ini!.households!)).toMatchObject({ households: 3, adults: 5, children: 2 });
    const member = await env.DB.prepare('SELECT role, email, confirmed_at, household FROM initiative_members WHERE initiative_id = ?').bind(ini!.id).first<Record<string, unknown>>();
    expect(member).toMatchObject({ role: 'founder', email: 'editor@a.example', household: null });
    expect(member!.confirmed_at).toEqual(expect.any(Number));
    const audit = await env.DB.prepare("SELECT organization_id, entity_id FROM audit_log WHERE action = 'initiative.created'").all();
    expect(audit.results).toEqual([{ organization_id: 'org_a', entity_id: ini!.id }]);
    expect(await rows(`SELECT COUNT(*) AS n FROM outcome_events WHERE kind = 'initiative_formed' AND region_organization_id = 'org_m'`)).toBe(1);

    // The founder's link: the manage page with the initiative, who fits it and its buildings.
    const mail = await env.DB.prepare("SELECT text FROM outbox WHERE kind = 'groups.initiative-organization' AND \"to\" = 'editor@a.example'").first<{ text: string }>();
    const token = mail!.text.match(/\/manage\/([\w-]{43})/)![1]!;
    const page = await (await SELF.fetch(`https://api.test/manage/${token}`)).text();
    expect(page).toContain(valid.name);
    expect(page).toContain('Wer zu Ihnen passt');
    expect(page).toContain('Passende Gebäude');

    // The list: the organization's own, not another's.
    const list = await (await w.ownerA.get('/admin/initiatives')).text();
    expect(list).toMatch(new RegExp(`data-initiative="${ini!.id}"><th scope="row">${valid.name}</th><td>Landkreis Test</td><td>sichtbar</td><td class="num">3</td><td class="num">2</td><td class="num">1</td>`));
    expect(await (await w.ownerB.get('/admin/initiatives')).text()).not.toContain(valid.name);
  });
});
