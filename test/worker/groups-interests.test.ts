import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { DUMMY_TOKEN } from '../../worker/turnstile/verify';
import { insertFixtures, postJson } from './fixtures';
import { getJson, idem, joinPool, linksTo, startInitiative } from './groups-support';

beforeEach(insertFixtures);

type Self = { party: { kind: string; id: string }; interests: { id: string; state: string; contacts: { name: string; email: string }[] | null }[] };
const self = async (token: string) => (await (await getJson(`/v1/groups/${token}`)).json()) as Self;
const send = (token: string, to: { kind: string; id: string }, key = idem('i')) =>
  postJson(`/v1/groups/${token}/interests`, { to, message: 'Lust auf ein Kennenlernen?', turnstileToken: DUMMY_TOKEN }, { 'idempotency-key': key });

describe('mutual interest, then contact', () => {
  it('reveals names and emails only after both said yes, and hides them after a withdrawal', async () => {
    const founder = await startInitiative();
    const seeker = await joinPool();
    const seekerParty = (await self(seeker)).party;
    const initiativeParty = (await self(founder)).party;

    // The initiative finds the household in its matches.
    const matches = (await (await getJson(`/v1/groups/${founder}/matches`)).json()) as { pool: { household: { id: string } }[] };
    expect(matches.pool.map((m) => m.household.id)).toEqual([seekerParty.id]);

    const key = idem('i');
    const sent = await send(founder, seekerParty, key);
    expect(sent.status).toBe(201);
    const interest = (await sent.json()) as { id: string; contacts: unknown };
    expect(interest.contacts).toBeNull();
    // Retried: the same interest, no second mail.
    const again = await send(founder, seekerParty, key);
    expect([again.status, ((await again.json()) as { id: string }).id]).toEqual([201, interest.id]);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM outbox WHERE kind = 'groups.interest'").first('n')).toBe(1);

    // The household's mail names the initiative, not the founder; nothing revealed yet.
    const mail = await linksTo('erika@example.org');
    expect(mail.text).toContain('Hofgemeinschaft Oberland');
    expect(mail.text).not.toContain('jonas@example.org');
    expect(JSON.stringify(await self(seeker))).not.toContain('jonas@example.org');
    expect(JSON.stringify(await self(founder))).not.toContain('erika@example.org');

    // The sender cannot accept its own interest.
    expect((await postJson(`/v1/groups/${founder}/interests/${interest.id}/decision`, { decision: 'accept' })).status).toBe(404);
    // The link from the mail acts for the household.
    const accepted = await postJson(`/v1/groups/${mail.manage}/interests/${interest.id}/decision`, { decision: 'accept' });
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as Self['interests'][number]).contacts).toEqual([{ name: 'Jonas Beispiel', email: 'jonas@example.org' }]);
    expect((await self(founder)).interests[0]!.contacts).toEqual([{ name: 'Erika Muster', email: 'erika@example.org' }]);
    // Both are told by mail.
    expect(await env.DB.prepare("SELECT count(*) AS n FROM outbox WHERE kind = 'groups.connected'").first('n')).toBe(2);
    expect((await linksTo('jonas@example.org')).text).toContain('erika@example.org');

    // Either side withdraws: nothing is shown any more.
    expect((await postJson(`/v1/groups/${founder}/interests/${interest.id}/withdraw`, {})).status).toBe(200);
    expect(JSON.stringify(await self(seeker))).not.toContain('jonas@example.org');
    expect(JSON.stringify(await self(founder))).not.toContain('erika@example.org');
    expect((await postJson(`/v1/groups/${seeker}/interests/${interest.id}/decision`, { decision: 'accept' })).status).toBe(409);
    expect(initiativeParty.kind).toBe('initiative');
  });

  it('a block hides both sides from each other and ends their interests; a report reaches the region', async () => {
    const a = await joinPool();
    const b = await joinPool({ email: 'bert@example.org', name: 'Bert' });
    const aParty = (await self(a)).party;
    const bParty = (await self(b)).party;
    expect((await send(a, bParty)).status).toBe(201);
    const blocked = await postJson(`/v1/groups/${b}/reports`, { party: aParty, reason: 'spam', note: 'Werbung' });
    expect(blocked.status).toBe(201);
    for (const [token, other] of [[a, bParty], [b, aParty]] as const) {
      const m = (await (await getJson(`/v1/groups/${token}/matches`)).json()) as { pool: { household: { id: string } }[] };
      expect(m.pool.map((x) => x.household.id)).not.toContain(other.id);
      expect((await self(token)).interests).toHaveLength(0);
    }
    expect((await send(a, bParty)).status).toBe(404);
    expect(await env.DB.prepare('SELECT region_organization_id AS r, reason FROM group_reports').first()).toEqual({ r: 'org_town', reason: 'spam' });
  });

  it('takes at most five reports a day from one party (each mails the municipality), then answers 429; blocking goes on', { timeout: 30_000 }, async () => {
    const reporter = await joinPool({ email: 'melderin@example.org' });
    const others = [];
    for (let i = 0; i < 6; i++) others.push((await self(await joinPool({ email: `other${i}@example.org` }))).party);
    for (const other of others.slice(0, 5)) expect((await postJson(`/v1/groups/${reporter}/reports`, { party: other, reason: 'spam' })).status).toBe(201);
    const sixth = await postJson(`/v1/groups/${reporter}/reports`, { party: others[5], reason: 'spam' });
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await sixth.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('party');
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM group_reports').first<{ n: number }>())!.n).toBe(5);
    expect((await postJson(`/v1/groups/${reporter}/blocks`, { party: others[5] })).status).toBe(200);
  });

  it('refuses bad input naming the fields, and sends nothing twice', async () => {
    const a = await joinPool();
    const bad = await postJson(`/v1/groups/${a}/interests`, { to: { kind: 'house', id: '' }, message: '', turnstileToken: DUMMY_TOKEN }, { 'idempotency-key': idem('i') });
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['to.kind', 'to.id', 'message']));
    expect((await postJson(`/v1/groups/${a}/interests`, { to: (await self(a)).party, message: 'hi', turnstileToken: DUMMY_TOKEN })).status).toBe(400); // no key
    expect((await send(a, (await self(a)).party)).status).toBe(400); // to oneself
    expect((await postJson(`/v1/groups/${a}/interests`, { to: { kind: 'pool', id: 'x' }, message: 'hi', turnstileToken: 'bad' }, { 'idempotency-key': idem('i') })).status).toBe(403);
    expect((await getJson('/v1/groups/not-a-token/matches')).status).toBe(400);
    expect((await SELF.fetch(`https://api.test/v1/groups/${'A'.repeat(43)}`)).status).toBe(404);
  });

  it('export and erase of the manage link include the pool card, initiatives and interests', async () => {
    const founder = await startInitiative({ founder: { name: 'Erika Muster', email: 'erika@example.org', answers: { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 0 } } } });
    const token = await joinPool({ email: 'erika@example.org' });
    const other = await joinPool({ email: 'otto@example.org', name: 'Otto' });
    expect((await send(other, (await self(founder)).party)).status).toBe(201);

    const exported = (await (await SELF.fetch(`https://api.test/v1/manage/${token}`)).json()) as { groups: { poolEntries: { card: unknown; email: string }[]; initiatives: { initiative: { name: string }; interests: unknown[] }[] } };
    expect(exported.groups.poolEntries).toHaveLength(1);
    expect(exported.groups.poolEntries[0]!.email).toBe('erika@example.org');
    expect(exported.groups.initiatives.map((i) => [i.initiative.name, i.interests.length])).toEqual([['Hofgemeinschaft Oberland', 1]]);

    const erased = await postJson(`/v1/manage/${token}/erase`, { confirm: true });
    expect(((await erased.json()) as { erased: Record<string, number> }).erased).toMatchObject({ poolEntries: 1, initiativeMemberships: 1 });
    const left = await env.DB.prepare("SELECT (SELECT count(*) FROM pool_entries WHERE email = 'erika@example.org') AS pool, (SELECT count(*) FROM initiative_members) AS members, (SELECT count(*) FROM initiatives) AS ini, (SELECT count(*) FROM interests) AS interests").first();
    expect(left).toEqual({ pool: 0, members: 0, ini: 0, interests: 0 });
    expect((await getJson(`/v1/groups/${founder}`)).status).toBe(404);
    expect((await getJson(`/v1/groups/${other}`)).status).toBe(200);
  });
});
