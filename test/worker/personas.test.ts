/**
 * Persona tests on the seeded demo region Landkreis Görlitz: the matches real people would get.
 */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MatchesResponse } from '../../worker/api/schemas';
import type { Answers } from '../../worker/questionnaire/types';
import { demoSeed } from '../../worker/seed/demo';
import { seedStatements } from '../../worker/seed/sql';
import { postJson, resetDatabase } from './fixtures';

const DEMO_ORIGIN = 'http://localhost:8080';

interface ListingRow {
  id: string;
  kind: string;
  children_welcome: number;
  pets_allowed: string;
  equity_required_cents: number;
  barrier_free: number;
  profile: string;
}

beforeAll(async () => {
  await resetDatabase();
  const statements = seedStatements(demoSeed(Date.now()));
  for (let i = 0; i < statements.length; i += 50) await env.DB.batch(statements.slice(i, i + 50).map((s) => env.DB.prepare(s)));
});

async function matchesFor(answers: Answers, limit = 50): Promise<{ body: MatchesResponse; rows: Map<string, ListingRow> }> {
  const res = await postJson('/v1/matches', { key: 'pk_demo_goerlitz', answers, limit, statsOptOut: true }, { origin: DEMO_ORIGIN });
  expect(res.status).toBe(200);
  const body = (await res.json()) as MatchesResponse;
  const ids = body.matches.map((m) => m.listing.id);
  const rows = ids.length
    ? (await env.DB.prepare(`SELECT * FROM listings WHERE id IN (${ids.map(() => '?').join(',')})`).bind(...ids).all<ListingRow>()).results
    : [];
  return { body, rows: new Map(rows.map((r) => [r.id, r])) };
}

const questionIds = (m: MatchesResponse['matches'][number]) => m.reasons.map((r) => r.questionId);

describe('personas in the demo region', () => {
  it('a family with two children and a dog, 1,100 € a month and no equity', async () => {
    const { body, rows } = await matchesFor({
      'who.seekerType': { value: 'household' },
      'who.adults': { value: 2 },
      'who.children': { value: 2 },
      'who.ageBands': { value: ['30-44'] },
      'who.pets': { value: 'dog' },
      'money.maxMonthlyCost': { value: 1100, importance: 2 },
      'money.equity': { value: 'none' },
    });
    expect(body.matches.length).toBeGreaterThan(0);
    for (const m of body.matches) {
      const row = rows.get(m.listing.id)!;
      expect(row.kind).toBe('project');
      expect(row.children_welcome).toBe(1);
      expect(row.pets_allowed).toBe('dog');
      expect(row.equity_required_cents).toBe(0);
    }
    // The filters are visible: the region has projects this family cannot join.
    const excluded = await env.DB.prepare(
      "SELECT count(*) AS n FROM listings WHERE status = 'published' AND kind = 'project' AND (children_welcome = 0 OR pets_allowed != 'dog' OR equity_required_cents > 0)",
    ).first<{ n: number }>();
    expect(excluded?.n).toBeGreaterThan(0);
  });

  it('a wheelchair user with barrier-free living as a dealbreaker sees only barrier-free listings', async () => {
    const { body, rows } = await matchesFor({
      'who.seekerType': { value: 'household' },
      'who.adults': { value: 1 },
      'who.children': { value: 0 },
      'needs.barrierFree': { value: true, importance: 3 },
    });
    expect(body.matches.length).toBeGreaterThanOrEqual(3);
    for (const m of body.matches) expect(rows.get(m.listing.id)!.barrier_free).toBe(1);
  });

  it('a retired couple wanting a quiet multi-generation house gets sensible order and reasons', async () => {
    const { body, rows } = await matchesFor({
      'who.seekerType': { value: 'household' },
      'who.adults': { value: 2 },
      'who.children': { value: 0 },
      'who.ageBands': { value: ['65+'] },
      'community.ageMix': { value: 'multigen', importance: 2 },
      'needs.atmosphere': { value: 'quiet', importance: 2 },
      'where.timeline': { value: 'lt1y' },
    });
    expect(body.matches.length).toBeGreaterThanOrEqual(3);
    const scores = body.matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const top = body.matches[0]!;
    const profile = JSON.parse(rows.get(top.listing.id)!.profile) as Answers;
    expect(profile['community.ageMix']?.value).toBe('multigen');
    expect(questionIds(top).some((id) => id === 'community.ageMix' || id === 'needs.atmosphere')).toBe(true);
    expect(top.reasons[0]?.text).toMatch(/\S/);
    // A project that is neither multi-generation nor quiet must not outrank one that is both.
    const both = body.matches.findIndex((m) => {
      const p = JSON.parse(rows.get(m.listing.id)!.profile) as Answers;
      return p['community.ageMix']?.value === 'multigen' && p['needs.atmosphere']?.value === 'quiet';
    });
    const neither = body.matches.findIndex((m) => {
      const p = JSON.parse(rows.get(m.listing.id)!.profile) as Answers;
      return p['community.ageMix']?.value === 'similar' && p['needs.atmosphere']?.value === 'lively';
    });
    expect(both, 'a multi-generation, quiet project is among the matches').toBeGreaterThanOrEqual(0);
    // One that is neither ranks below it; not matched at all counts as below every match.
    expect(neither === -1 ? body.matches.length : neither).toBeGreaterThan(both);
  });

  it('a forming group of five households seeking a farmhouse sees properties only', async () => {
    const { body, rows } = await matchesFor({
      'who.seekerType': { value: 'group' },
      'who.households': { value: 5 },
      'who.adults': { value: 8 },
      'who.children': { value: 4 },
      'where.settlement': { value: ['village'], importance: 2 },
    });
    expect(body.matches.length).toBeGreaterThanOrEqual(3);
    for (const m of body.matches) {
      expect(m.listing.kind).toBe('property');
      expect(rows.get(m.listing.id)!.kind).toBe('property');
    }
  });
});
