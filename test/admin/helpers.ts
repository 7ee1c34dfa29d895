/**
 * Admin test helpers: sign in through the real magic-link flow (dev mailbox → verify link → session
 * cookie), then drive the admin with form posts that carry the page's CSRF token.
 */
import { deliverOutbox } from '../support/outbox';
import { env, SELF } from 'cloudflare:test';
import { expect } from 'vitest';
import { chunkForInsert } from '../../worker/db/chunk';
import { database } from '../../worker/db/client';
import { contactRequests, listings, members, organizations, type NewListing } from '../../worker/db/schema';

export const ADMIN = 'https://admin.test';

let ip = 0;
const nextIp = () => `203.0.113.${(ip = (ip + 1) % 250) + 1}`;

/** Empties every table but postcodes (auth tables included): the one reset of test/worker/fixtures.ts. */
import { resetDatabase } from '../worker/fixtures';

export const resetAll = resetDatabase;

export interface Client {
  email: string;
  cookie: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  /** POSTs a form with the CSRF token of `from` (default: the listings page). */
  post(path: string, fields: Record<string, string | string[]>, opts?: { from?: string; origin?: string | null; csrf?: string }): Promise<Response>;
  postMultipart(path: string, form: FormData, opts?: { from?: string }): Promise<Response>;
  csrf(from?: string): Promise<string>;
}

/** The newest mail to `to`, once the outbox has delivered what it holds. */
export async function latestMail(to: string): Promise<{ subject: string; text: string }> {
  await deliverOutbox();
  const row = await env.DB.prepare('SELECT subject, text FROM dev_mail WHERE "to" = ? ORDER BY created_at DESC LIMIT 1').bind(to).first<{ subject: string; text: string }>();
  if (!row) throw new Error(`no mail to ${to}`);
  return row;
}

export async function formPost(path: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}): Promise<Response> {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  return SELF.fetch(`${ADMIN}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ADMIN, 'cf-connecting-ip': nextIp(), ...headers },
    body,
  });
}

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]!).filter((c) => !c.endsWith('='));

/**
 * Requests a magic link, opens it from the dev mailbox in the same "browser" (with the sign-in
 * cookie the request set, as worker/admin/auth/binding.ts expects), returns a client with the
 * session cookie.
 */
export async function signIn(email: string): Promise<Client> {
  const res = await formPost('/admin/sign-in', { email });
  expect(res.status).toBe(200);
  const browser = cookiesOf(res).join('; ');
  const mail = await latestMail(email);
  const link = mail.text.match(/https?:\/\/\S+magic-link\/verify\S+/)?.[0];
  if (!link) throw new Error(`no link in ${mail.text}`);
  const verify = await SELF.fetch(link, { redirect: 'manual', headers: { cookie: browser } });
  expect(verify.status).toBe(302);
  const cookie = cookiesOf(verify).join('; ');
  expect(cookie).toMatch(/session_token=/);
  return client(email, cookie);
}

export function client(email: string, cookie: string): Client {
  const self: Client = {
    email,
    cookie,
    get: (path, init = {}) => SELF.fetch(`${ADMIN}${path}`, { redirect: 'manual', ...init, headers: { cookie, ...(init.headers as Record<string, string>) } }),
    async csrf(from = '/admin/listings') {
      const html = await (await self.get(from)).text();
      const token = html.match(/name="_csrf" value="([^"]+)"/)?.[1];
      if (!token) throw new Error(`no CSRF token on ${from}`);
      return token;
    },
    async post(path, fields, opts = {}) {
      const token = opts.csrf ?? (await self.csrf(opts.from));
      const headers: Record<string, string> = { cookie };
      if (opts.origin === null) headers.origin = '';
      else if (opts.origin) headers.origin = opts.origin;
      const res = await formPost(path, { _csrf: token, ...fields }, headers);
      return res;
    },
    async postMultipart(path, form, opts = {}) {
      form.set('_csrf', await self.csrf(opts.from));
      return SELF.fetch(`${ADMIN}${path}`, { method: 'POST', redirect: 'manual', headers: { cookie, origin: ADMIN }, body: form });
    },
  };
  return self;
}

export async function addMember(orgId: string, email: string, role: 'owner' | 'editor' | 'viewer'): Promise<void> {
  const user = await env.DB.prepare('SELECT id FROM users WHERE email = ?').bind(email).first<{ id: string }>();
  if (!user) throw new Error(`no user ${email}`);
  await database(env.DB).insert(members).values({ id: crypto.randomUUID(), organizationId: orgId, userId: user.id, role, createdAt: new Date() });
}

export const baseListing = (over: Partial<NewListing> & Pick<NewListing, 'id' | 'organizationId'>): NewListing => {
  const now = Date.now();
  return {
    kind: 'project', status: 'published', title: 'Hof in Zittau', summary: 'Ein Hof mit Platz für zwei Familien.', description: 'Beschreibung.',
    postcode: '02763', place: 'Zittau', districtKey: '14626', lat: 50.8977, lon: 14.8076, settlement: 'small_town', stage: 'occupied', legalForm: 'cooperative',
    unitsTotal: 10, freePlaces: 2, freeUnits: { own_flat: 2 }, monthlyCostMinCents: 60_000, monthlyCostMaxCents: 90_000, equityRequiredCents: 0,
    profile: { 'community.meals': { value: 'weekly', importance: 2 } }, confirmedAt: now, createdAt: now, updatedAt: now,
    ...over,
  };
};

export interface World {
  ownerA: Client;
  editorA: Client;
  viewerA: Client;
  ownerB: Client;
}

/**
 * Two provider organizations A and B: A has an owner, an editor and a viewer, B an owner. Each has a
 * listing and a contact request (ids lst_a/lst_b, req_a/req_b).
 */
export async function setupWorld(): Promise<World> {
  await resetAll();
  const db = database(env.DB);
  const now = Date.now();
  await db.insert(organizations).values([
    { id: 'org_a', kind: 'provider', name: 'Genossenschaft A', slug: 'gen-a', createdAt: now },
    { id: 'org_b', kind: 'provider', name: 'Verein B', slug: 'verein-b', createdAt: now },
  ]);
  for (const part of chunkForInsert(listings, [baseListing({ id: 'lst_a', organizationId: 'org_a' }), baseListing({ id: 'lst_b', organizationId: 'org_b', title: 'Haus B' })]))
    await db.insert(listings).values(part);
  const request = (id: string, org: string, listing: string): typeof contactRequests.$inferInsert => ({
    id, listingId: listing, organizationId: org, name: `Erika ${id}`, email: `${id}@example.org`, message: 'Wir möchten Sie kennenlernen.',
    snapshot: {
      household: { seekerType: 'household', householdType: 'couple', adults: 2, children: 0, households: null, ageBands: ['30-44'], pets: null },
      answers: { 'community.meals': { value: 'weekly', importance: 2 } },
      seekerFit: 80, projectFit: 70,
      reasons: [{ questionId: 'community.meals', code: 'agree' }], watchOuts: [], locale: 'de',
    },
    algorithmVersion: 'bt-match/1', score: 75, consent: { contactAt: now }, idempotencyKey: `idem-${id}`, createdAt: now, updatedAt: now,
  });
  await db.insert(contactRequests).values([request('req_a', 'org_a', 'lst_a'), request('req_b', 'org_b', 'lst_b')]);

  const [ownerA, editorA, viewerA, ownerB] = [await signIn('owner@a.example'), await signIn('editor@a.example'), await signIn('viewer@a.example'), await signIn('owner@b.example')];
  await addMember('org_a', 'owner@a.example', 'owner');
  await addMember('org_a', 'editor@a.example', 'editor');
  await addMember('org_a', 'viewer@a.example', 'viewer');
  await addMember('org_b', 'owner@b.example', 'owner');
  return { ownerA: ownerA!, editorA: editorA!, viewerA: viewerA!, ownerB: ownerB! };
}
