import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { GROUPS_CONSENT_VERSION } from '../../worker/api/groups';
import { runGroupsExpiry } from '../../worker/groups/expiry';
import type { Env } from '../../worker/env';
import { insertFixtures, postJson } from './fixtures';
import { getJson, idem, joinPool, linksTo, poolBody, startInitiative } from './groups-support';

beforeEach(insertFixtures);

const entries = async () => (await env.DB.prepare('SELECT * FROM pool_entries').all<Record<string, unknown>>()).results;

describe('the pool (POST /v1/pool-entries)', () => {
  it('needs the separate consent and a confirmation before anyone sees the card', async () => {
    const noConsent = await postJson('/v1/pool-entries', poolBody({ consent: { pool: false, textVersion: GROUPS_CONSENT_VERSION } }), { 'idempotency-key': idem('p') });
    expect(noConsent.status).toBe(400);
    expect(JSON.stringify(await noConsent.json())).toContain('consent.pool');
    expect(await entries()).toHaveLength(0);

    // Someone else in the pool, confirmed, to look from.
    const other = await joinPool({ email: 'other@example.org', name: 'Otto' });
    const res = await postJson('/v1/pool-entries', poolBody(), { 'idempotency-key': idem('p') });
    expect(res.status).toBe(202);
    const { confirm, manage } = await linksTo('erika@example.org');
    // Unconfirmed: its own token cannot look, and others do not find it.
    expect((await getJson(`/v1/groups/${manage}/matches`)).status).toBe(409);
    const before = (await (await getJson(`/v1/groups/${other}/matches`)).json()) as { pool: unknown[] };
    expect(before.pool).toHaveLength(0);

    // GET asks (a link scanner confirms nothing), POST confirms.
    expect((await SELF.fetch(confirm!)).status).toBe(200);
    expect((await entries()).find((e) => e.email === 'erika@example.org')?.confirmed_at).toBeNull();
    expect((await SELF.fetch(confirm!, { method: 'POST' })).status).toBe(200);
    const after = (await (await getJson(`/v1/groups/${other}/matches`)).json()) as { pool: { household: { id: string } }[] };
    expect(after.pool).toHaveLength(1);
  });

  it('shows a card without name, email, postcode or exact money', async () => {
    const mine = await joinPool();
    const other = await joinPool({ email: 'other@example.org', name: 'Otto Zweitname' });
    const seen = await getJson(`/v1/groups/${other}/matches?locale=de`);
    expect(seen.status).toBe(200);
    const body = (await seen.json()) as { pool: { household: { card: Record<string, unknown>; text: string } }[] };
    const json = JSON.stringify(body);
    expect(body.pool[0]!.household.card).toMatchObject({ householdType: 'couple', sizeBand: '2', budgetBand: '800-1099', equityBand: '10k-50k' });
    for (const secret of ['Erika', 'erika@example.org', '02763', '937']) expect(json).not.toContain(secret);
    // Nor is the stored card any richer.
    const stored = JSON.stringify((await entries()).map((e) => e.card));
    for (const secret of ['02763', '937']) expect(stored).not.toContain(secret);
    expect(mine).not.toBe(other);
  });

  it('refuses bad input naming the fields, and stores a retry once', async () => {
    const bad = await postJson('/v1/pool-entries', poolBody({ text: 'x'.repeat(501), email: 'nope', answers: { 'community.meals': { value: 'hourly' } } }), { 'idempotency-key': idem('p') });
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['text', 'email', 'answers.community.meals.value']));
    expect((await postJson('/v1/pool-entries', poolBody())).status).toBe(400); // no Idempotency-Key

    const key = idem('p');
    const first = await postJson('/v1/pool-entries', poolBody(), { 'idempotency-key': key });
    const second = await postJson('/v1/pool-entries', poolBody(), { 'idempotency-key': key });
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(await entries()).toHaveLength(1);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM outbox WHERE kind = 'groups.pool-confirmation'").first('n')).toBe(1);
    expect((await postJson('/v1/pool-entries', poolBody({ text: 'anders' }), { 'idempotency-key': key })).status).toBe(422);
  });

  it('is withdrawn at once on the manage page, with the blocks it set and those that name it', async () => {
    const token = await joinPool();
    // An initiative sees the card first: this isolate now holds it (worker/groups/parties.ts).
    const founder = await startInitiative();
    const seen = async () => ((await (await getJson(`/v1/groups/${founder}/matches`)).json()) as { pool: { household: { id: string } }[] }).pool.map((m) => m.household.id);
    const page = await SELF.fetch(`https://api.test/manage/${token}`);
    const html = await page.text();
    expect(html).toContain('Ihre Karte im Pool');
    // The way from a group to a house: the guide's founding steps.
    expect(html).toContain('href="/guide/path?lang=de#founding"');
    const csrf = html.match(/name="csrf" value="([^"]+)"/)![1]!;
    const entryId = (await entries())[0]!.id as string;
    expect(await seen()).toEqual([entryId]);
    const block = (blockerKind: string, blockerId: string, blockedKind: string, blockedId: string) =>
      env.DB.prepare('INSERT INTO group_blocks (blocker_kind, blocker_id, blocked_kind, blocked_id, created_at) VALUES (?, ?, ?, ?, 0)').bind(blockerKind, blockerId, blockedKind, blockedId);
    await env.DB.batch([block('pool', entryId, 'initiative', 'ini_x'), block('initiative', 'ini_y', 'pool', entryId), block('initiative', 'ini_y', 'pool', 'pool_other')]);
    const res = await SELF.fetch(`https://api.test/manage/${token}/pool-withdraw`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://api.test', 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ csrf, lang: 'de', entryId }),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(await entries()).toHaveLength(0);
    // Gone from the initiative's matches as soon as the withdrawal returned, though the isolate still holds its card.
    expect(await seen()).toEqual([]);
    const blocks = await env.DB.prepare('SELECT blocker_id AS a, blocked_id AS b FROM group_blocks').all();
    expect(blocks.results).toEqual([{ a: 'ini_y', b: 'pool_other' }]);
  });

  it('reminds before expiry with a one-click renewal, and removes what expired', async () => {
    const token = await joinPool();
    const [entry] = await entries();
    const expiresAt = entry!.expires_at as number;
    const e = env as unknown as Env;
    // Not yet due.
    expect((await runGroupsExpiry(e, Date.now(), 'https://api.test')).reminded).toBe(0);
    const due = await runGroupsExpiry(e, expiresAt - 3 * 86_400_000, 'https://api.test');
    expect(due.reminded).toBe(1);
    // Once per period.
    expect((await runGroupsExpiry(e, expiresAt - 2 * 86_400_000, 'https://api.test')).reminded).toBe(0);
    const { renew } = await linksTo('erika@example.org');
    expect(renew).toBeTruthy();
    expect((await SELF.fetch(renew!)).status).toBe(200);
    expect((await entries())[0]!.expires_at).toBe(expiresAt);
    expect((await SELF.fetch(renew!, { method: 'POST' })).status).toBe(200);
    const renewed = (await entries())[0]!.expires_at as number;
    expect(renewed).toBeGreaterThan(expiresAt);
    // The link works once.
    expect((await SELF.fetch(renew!, { method: 'POST' })).status).toBe(404);

    const gone = await runGroupsExpiry(e, renewed + 1, 'https://api.test');
    expect(gone.expired).toBe(1);
    expect(await entries()).toHaveLength(0);
    expect((await getJson(`/v1/groups/${token}`)).status).toBe(404);
  });
});
