/**
 * Outcomes a council reports are permanent and anonymous (issue 17): each is an `outcome_events`
 * row written in the same batch as the change that causes it, for the municipalities whose region
 * holds the listing; the dashboard reads them with suppression and the cell-key method; retention
 * deleting the requests leaves the figures as they were.
 */
import { env } from 'cloudflare:test';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { moveRequest } from '../../worker/admin/inbox/pipeline';
import { loadConversation } from '../../worker/conversation/thread';
import { decideVisit, recordOutcome } from '../../worker/conversation/visits';
import { database } from '../../worker/db/client';
import { contactRequests, initiativePropertyInterests, organizations } from '../../worker/db/schema';
import { messages } from '../../worker/dashboard/locales';
import { dashboardTables } from '../../worker/dashboard/tables';
import { perturb, requestKey } from '../../worker/demand/cell-key';
import { loadDashboardData, loadRegion } from '../../worker/demand/dashboard-data';
import { buildingTakenOnEvent, quarterOf } from '../../worker/demand/outcome-events';
import { isoWeek } from '../../worker/demand/bands';
import type { Env } from '../../worker/env';
import { createInitiative, confirmMember } from '../../worker/groups/initiatives';
import { runRetention } from '../../worker/retention/run';
import { setupWorld, type World } from '../admin/helpers';
import { failingD1 } from '../support/failing-d1';

const MUNICIPALITY = 'org_lk';
const NOW = Date.now();
const count = async (sql: string, ...params: unknown[]) => (await env.DB.prepare(sql).bind(...params).first<{ n: number }>())!.n;
const events = () => env.DB.prepare('SELECT * FROM outcome_events ORDER BY kind, id').all<Record<string, unknown>>().then((r) => r.results);
const statusOf = async (id: string) => (await env.DB.prepare('SELECT status FROM contact_requests WHERE id = ?').bind(id).first<{ status: string }>())?.status;

let world: World;

beforeEach(async () => {
  world = await setupWorld();
  const now = Date.now();
  // lst_a and lst_b lie in district 14626: the Landkreis's region; another municipality's region holds neither.
  await database(env.DB)
    .insert(organizations)
    .values([
      { id: MUNICIPALITY, kind: 'municipality', name: 'Landkreis', slug: 'lk', regionDistrictKeys: ['14626'], createdAt: now },
      { id: 'org_elsewhere', kind: 'municipality', name: 'Anderswo', slug: 'anderswo', regionDistrictKeys: ['11000'], createdAt: now },
    ]);
});

/** Requests of org_a like req_a, accepted and ready to move in: households of two adults and one child, the first `outside` of them from Dresden. */
async function acceptedRequests(n: number, outside = 0): Promise<string[]> {
  const db = database(env.DB);
  const base = (await db.select().from(contactRequests).where(eq(contactRequests.id, 'req_a')).get())!;
  const ids = Array.from({ length: n }, (_, i) => `cr-4f3a-9c1e-${(0x5a + i * 37).toString(16).padStart(4, '0')}`);
  for (const [i, id] of ids.entries()) {
    await db.insert(contactRequests).values({
      ...base, id, email: `${id}@example.org`, name: `Name ${i}`, idempotencyKey: `idem-${id}`, status: 'accepted',
      snapshot: { ...base.snapshot, household: { ...base.snapshot.household!, householdType: 'family', adults: 2, children: 1 } },
      originDistrictKey: i < outside ? '14612' : '14626',
    });
  }
  return ids;
}

/** The Landkreis's dashboard view (outcomes are since the start, whatever the period). */
async function landkreisView() {
  const region = (await loadRegion(env.DB, MUNICIPALITY))!;
  const week = isoWeek(NOW);
  return dashboardTables(await loadDashboardData(env.DB, { organizationId: MUNICIPALITY, from: week, to: week }, region), messages('de'));
}
const cellsOf = (t: { rowLabels: string[]; cells: { kind: string; n?: number }[][] }) => t.cells.map((row) => row.map((c) => (c.kind === 'value' ? c.n : c.kind)));
const keySum = (ids: readonly string[], w = 1) => ids.reduce((s, id) => s + requestKey(id) * w, 0);

const move = (db: ReturnType<typeof database>, requestId: string) => moveRequest(db, { requestId, organizationId: 'org_a', actorId: 'user_x', from: 'accepted', to: 'moved_in', now: NOW });

describe('a move-in', () => {
  it('recorded in the inbox writes one anonymous event per municipality whose region holds the listing', async () => {
    for (const status of ['in_conversation', 'accepted', 'moved_in']) {
      const res = await world.editorA.post('/admin/inbox/req_a/status', { status }, { from: '/admin/inbox/req_a' });
      expect(res.status, status).toBe(303);
    }
    expect(await statusOf('req_a')).toBe('moved_in');
    const rows = await events();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ region_organization_id: MUNICIPALITY, embed_id: '', quarter: quarterOf(Date.now()), kind: 'moved_in', n: 1, adults: 2, children: 0, from_outside: null, cell_key: requestKey('req_a') });
    // Nothing that links back: the columns hold no id, name or address of the request.
    expect(Object.keys(rows[0]!).sort()).toEqual(['adults', 'cell_key', 'children', 'embed_id', 'from_outside', 'id', 'kind', 'n', 'quarter', 'region_organization_id']);
    expect(JSON.stringify(rows)).not.toMatch(/req_a|Erika|example\.org|lst_a|org_a/);
  });

  it('is stored with its status change or not at all, and once however often it is sent', async () => {
    const [id] = await acceptedRequests(1, 1);
    const audits = () => count("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'contact_request.status'", id);
    // D1 failing on the event: the status stays, no audit entry.
    await expect(move(database(failingD1(/insert into "outcome_events"/i)), id!)).rejects.toThrow(/injected/);
    expect([await statusOf(id!), await count('SELECT count(*) AS n FROM outcome_events'), await audits()]).toEqual(['accepted', 0, 0]);
    // D1 failing on the status change: no event.
    await expect(move(database(failingD1(/update "contact_requests"/i)), id!)).rejects.toThrow(/injected/);
    expect([await statusOf(id!), await count('SELECT count(*) AS n FROM outcome_events')]).toEqual(['accepted', 0]);
    // Sent again (the retry, then a second tab with the stale status): one move-in, one event.
    await move(database(env.DB), id!);
    await move(database(env.DB), id!);
    expect([await statusOf(id!), await count('SELECT count(*) AS n FROM outcome_events')]).toEqual(['moved_in', 1]);
    expect(await count('SELECT from_outside AS n FROM outcome_events')).toBe(1); // Dresden is outside the Landkreis
  });
});

describe('the outcomes on the dashboard', () => {
  it('stay when retention deletes the requests, and are suppressed and perturbed like every count', async () => {
    const ids = await acceptedRequests(7, 2);
    for (const id of ids.slice(0, 3)) await move(database(env.DB), id);
    // Three households (six adults): the counts 1–4 show "< 5", the adults a perturbed 6 ± 2.
    const few = (await landkreisView()).tables.movedIn;
    expect(few.rowLabels).toEqual([messages('de').quarter(quarterOf(NOW))]);
    expect(cellsOf(few)).toEqual([['small', perturb(6, keySum(ids.slice(0, 3), 2)), 'small', 'small', 'small']]);

    for (const id of ids.slice(3)) await move(database(env.DB), id);
    const before = (await landkreisView()).tables.movedIn;
    const all = ids;
    expect(cellsOf(before)).toEqual([[perturb(7, keySum(all)), perturb(14, keySum(all, 2)), perturb(7, keySum(all)), perturb(7, keySum(all)), 'small']]);

    // A year and more later retention deletes the closed requests; the outcomes are not theirs to take.
    const removed = await runRetention(env, NOW + 400 * 86_400_000);
    expect(removed.contactRequests).toBe(7 + 0);
    expect(await count('SELECT count(*) AS n FROM contact_requests WHERE id LIKE ?', 'cr-%')).toBe(0);
    const after = (await landkreisView()).tables.movedIn;
    expect(cellsOf(after)).toEqual(cellsOf(before));
    expect(after.columnTotals).toEqual(before.columnTotals);
  });

  it('count trial stays with the verdict the seeker holds now, also after a change of mind', async () => {
    const ids = await acceptedRequests(6);
    const today = new Date(NOW).toISOString().slice(0, 10);
    const db = database(env.DB);
    const visitIds = ids.map((_, i) => `0b1c2d3e-0000-4000-8000-0000000000${(0x10 + i * 29).toString(16)}`);
    for (const [i, id] of ids.entries()) {
      await env.DB.prepare("INSERT INTO visits (id, contact_request_id, organization_id, kind, starts_on, ends_on, place, state, created_at) VALUES (?, ?, 'org_a', 'trial', ?, ?, 'Hof', 'proposed', 0)")
        .bind(visitIds[i], id, today, today)
        .run();
      const conversation = (await loadConversation(db, id))!;
      expect(await decideVisit(db, env as unknown as Env, conversation, visitIds[i]!, true, { origin: 'https://bt.test' })).toBe(true);
      // Accepting twice changes nothing.
      expect(await decideVisit(db, env as unknown as Env, conversation, visitIds[i]!, true, { origin: 'https://bt.test' })).toBe(false);
      expect(await recordOutcome(db, id, visitIds[i]!, 'seeker', 'fits', NOW)).toBe(true);
    }
    // One seeker changes their mind, another says the same again; the team's verdict is the team's own.
    expect(await recordOutcome(db, ids[0]!, visitIds[0]!, 'seeker', 'does_not_fit', NOW)).toBe(true);
    expect(await recordOutcome(db, ids[1]!, visitIds[1]!, 'seeker', 'fits', NOW)).toBe(true);
    expect(await recordOutcome(db, ids[2]!, visitIds[2]!, 'team', 'does_not_fit', NOW)).toBe(true);
    const fits = visitIds.slice(1);
    const view = (await landkreisView()).tables.visitOutcomes;
    expect(cellsOf(view)).toEqual([[0, perturb(6, keySum(visitIds)), perturb(5, keySum(fits)), 'small']]);
    // The same figures as counting the visits as they are now (what the dashboard did before the events).
    expect(await count("SELECT sum(n) AS n FROM outcome_events WHERE kind = 'trial_fit'")).toBe(await count("SELECT count(*) AS n FROM visits WHERE seeker_outcome = 'fits'"));
    expect(await count("SELECT sum(n) AS n FROM outcome_events WHERE kind = 'trial_does_not_fit'")).toBe(1);
  });

  it('count initiatives formed and buildings taken on, per quarter', async () => {
    const db = database(env.DB);
    const common = { regionOrganizationId: MUNICIPALITY, embedId: null, text: 'Wir suchen.', profile: {}, seeking: { propertyKinds: [], settlements: [], timeline: 'flexible', legalForms: [], area: null }, openPlaces: 2, locale: 'de' as const, requestHash: null };
    const households = { households: 2, adults: 3, children: 1, ageBands: [], equityBand: 'unknown', budgetMinBand: 'unknown', budgetMaxBand: 'unknown' };
    const formed: string[] = [];
    // Four opened by a provider at once, two by seekers who confirm (the second confirmation forms nothing new).
    for (let i = 0; i < 4; i++) {
      const { initiative } = await createInitiative(db, { ...common, households, name: `Gruppe ${i}`, idempotencyKey: null, owner: { kind: 'organization', organizationId: 'org_a' } }, 'https://bt.test', NOW);
      formed.push(initiative!.id);
    }
    for (let i = 4; i < 6; i++) {
      const { initiative } = await createInitiative(db, { ...common, households, name: `Gruppe ${i}`, idempotencyKey: null, owner: { kind: 'seeker', name: 'Erika', email: `g${i}@example.org`, answers: {} } }, 'https://bt.test', NOW);
      expect(await count("SELECT count(*) AS n FROM outcome_events WHERE kind = 'initiative_formed'")).toBe(i); // not before the confirmation
      const founder = (await env.DB.prepare('SELECT * FROM initiative_members WHERE initiative_id = ?').bind(initiative!.id).first())!;
      const member = (await db.query.initiativeMembers.findFirst({ where: (m, { eq: is }) => is(m.id, String(founder.id)) }))!;
      await confirmMember(db, member, NOW);
      await confirmMember(db, member, NOW);
      formed.push(initiative!.id);
    }
    expect(await count("SELECT count(*) AS n FROM initiatives WHERE state = 'open'")).toBe(6);
    // One building taken on by a group that agreed to the shortlist; the event goes before the change, with its condition.
    const p = initiativePropertyInterests;
    await db.insert(p).values({ initiativeId: formed[0]!, listingId: 'lst_a', shortlistConsentAt: NOW, declaredAt: NOW });
    const takeOn = () => db.update(p).set({ takenOnAt: NOW, takenOnBy: 'user_x' }).where(and(eq(p.initiativeId, formed[0]!), eq(p.listingId, 'lst_a'), isNotNull(p.shortlistConsentAt), isNull(p.withdrawnAt), isNull(p.takenOnAt)));
    for (let i = 0; i < 2; i++) await db.batch([buildingTakenOnEvent(db, { initiativeId: formed[0]!, listingId: 'lst_a', now: NOW }), takeOn()]);
    expect(await env.DB.prepare("SELECT region_organization_id AS r, adults, children FROM outcome_events WHERE kind = 'building_taken_on'").all().then((r) => r.results)).toEqual([{ r: MUNICIPALITY, adults: 3, children: 1 }]);

    const view = (await landkreisView()).tables.groupOutcomes;
    expect(view.rowLabels).toEqual([messages('de').quarter(quarterOf(NOW))]);
    expect(cellsOf(view)).toEqual([[perturb(6, keySum(formed)), 'small']]);
    // Another municipality's region holds none of it.
    expect(await count("SELECT count(*) AS n FROM outcome_events WHERE region_organization_id = 'org_elsewhere'")).toBe(0);
    // The initiatives closing (deleted with their last member) leave the count.
    await env.DB.prepare('DELETE FROM initiatives').run();
    expect(await count("SELECT sum(n) AS n FROM outcome_events WHERE kind = 'initiative_formed'")).toBe(6);
  });

  it('are what the migration backfills from the rows they came from (so nothing shown before the events was lost)', async () => {
    const db = database(env.DB);
    const ids = await acceptedRequests(4, 1);
    const today = new Date(NOW).toISOString().slice(0, 10);
    for (const [i, id] of ids.entries()) {
      await env.DB.prepare("INSERT INTO visits (id, contact_request_id, organization_id, kind, starts_on, ends_on, place, state, created_at) VALUES (?, ?, 'org_a', ?, ?, ?, 'Hof', 'proposed', 0)")
        .bind(`5e6f7a8b-0000-4000-8000-00000000${i}c${i}d`, id, i % 2 ? 'visit' : 'trial', today, today)
        .run();
      await decideVisit(db, env as unknown as Env, (await loadConversation(db, id))!, `5e6f7a8b-0000-4000-8000-00000000${i}c${i}d`, true, { origin: 'https://bt.test' });
      if (i % 2 === 0) await recordOutcome(db, id, `5e6f7a8b-0000-4000-8000-00000000${i}c${i}d`, 'seeker', 'fits', NOW);
      if (i === 0) await recordOutcome(db, id, `5e6f7a8b-0000-4000-8000-00000000${i}c${i}d`, 'seeker', 'does_not_fit', NOW);
      if (i < 3) await move(db, id);
    }
    const { initiative } = await createInitiative(
      db,
      { regionOrganizationId: MUNICIPALITY, embedId: null, name: 'Hofgruppe', text: 'Wir suchen.', profile: {}, seeking: { propertyKinds: [], settlements: [], timeline: 'flexible', legalForms: [], area: null }, households: { households: 2, adults: 3, children: 1, ageBands: [], equityBand: 'unknown', budgetMinBand: 'unknown', budgetMaxBand: 'unknown' }, openPlaces: 2, locale: 'de', idempotencyKey: null, requestHash: null, owner: { kind: 'organization', organizationId: 'org_a' } },
      'https://bt.test',
      NOW,
    );
    await db.insert(initiativePropertyInterests).values({ initiativeId: initiative!.id, listingId: 'lst_b', shortlistConsentAt: NOW, declaredAt: NOW });
    await db.batch([buildingTakenOnEvent(db, { initiativeId: initiative!.id, listingId: 'lst_b', now: NOW }), db.update(initiativePropertyInterests).set({ takenOnAt: NOW }).where(eq(initiativePropertyInterests.listingId, 'lst_b'))]);

    const figures = async () =>
      (
        await env.DB.prepare(
          'SELECT region_organization_id AS r, embed_id AS e, quarter AS q, kind, sum(n) AS n, sum(n * adults) AS adults, sum(n * children) AS children, sum(n * coalesce(from_outside, -1)) AS outside, sum(n * cell_key) AS keys ' +
            'FROM outcome_events GROUP BY r, e, q, kind HAVING sum(n) <> 0 ORDER BY r, e, q, kind',
        ).all()
      ).results;
    const written = await figures();
    expect(written.map((r) => r.kind)).toEqual(['building_taken_on', 'initiative_formed', 'moved_in', 'trial_does_not_fit', 'trial_fit', 'trial_stay', 'visit']);
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0020_'));
    const backfill = migration?.queries.filter((q) => /INSERT INTO `outcome_events`/.test(q)) ?? [];
    expect(backfill).toHaveLength(5);
    await env.DB.prepare('DELETE FROM outcome_events').run();
    for (const q of backfill) await env.DB.prepare(q).run();
    expect(await figures()).toEqual(written);
  });
});

