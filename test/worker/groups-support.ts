/**
 * Groups test helpers: join the pool or start an initiative through the real routes, confirm from
 * the mail, and return the manage token the mail carried.
 */
import { env, SELF } from 'cloudflare:test';
import { expect } from 'vitest';
import { GROUPS_CONSENT_VERSION } from '../../worker/api/groups';
import { DUMMY_TOKEN } from '../../worker/turnstile/verify';
import { deliverOutbox } from '../support/outbox';
import { household, KEY, nextIp, postJson } from './fixtures';

let n = 0;
export const idem = (prefix: string) => `${prefix}-${Date.now()}-${++n}`;

export const poolBody = (over: Record<string, unknown> = {}) => ({
  key: KEY,
  answers: { ...household, 'money.maxMonthlyCost': { value: 937 }, 'money.equity': { value: '10k-50k' }, 'where.postcode': { value: '02763' }, 'community.meals': { value: 'weekly', importance: 2 } },
  locale: 'de',
  name: 'Erika Muster',
  email: 'erika@example.org',
  text: 'Wir kochen gern für viele.',
  consent: { pool: true, textVersion: GROUPS_CONSENT_VERSION },
  turnstileToken: DUMMY_TOKEN,
  ...over,
});

export const initiativeBody = (over: Record<string, unknown> = {}) => ({
  key: KEY,
  locale: 'de',
  name: 'Hofgemeinschaft Oberland',
  text: 'Drei Haushalte suchen einen Vierseithof.',
  profile: { 'community.meals': { value: 'weekly', importance: 2 }, 'who.householdType': { value: ['couple', 'family'], importance: 1 } },
  seeking: { propertyKinds: ['farmstead'], settlements: ['village'], timeline: '1to3y', legalForms: ['cooperative'], area: null },
  households: { households: 3, adults: 5, children: 2, ageBands: ['30-44'], equityBand: '50k-150k', budgetMinBand: '500-799', budgetMaxBand: '800-1099' },
  openPlaces: 2,
  founder: { name: 'Jonas Beispiel', email: 'jonas@example.org', answers: { ...household, 'community.meals': { value: 'weekly', importance: 1 } } },
  consent: { listed: true, textVersion: GROUPS_CONSENT_VERSION },
  turnstileToken: DUMMY_TOKEN,
  ...over,
});

/** The links of the newest mail to `to`. */
export async function linksTo(to: string): Promise<{ confirm?: string; manage?: string; renew?: string; text: string }> {
  await deliverOutbox();
  const mail = await env.DB.prepare('SELECT text FROM dev_mail WHERE "to" = ? ORDER BY rowid DESC LIMIT 1').bind(to).first<{ text: string }>();
  const text = mail?.text ?? '';
  return {
    text,
    confirm: text.match(/https?:\/\/\S+\/groups\/confirm\/[\w-]+/)?.[0],
    manage: text.match(/\/manage\/([\w-]{43})/)?.[1],
    renew: text.match(/https?:\/\/\S+\/groups\/renew\/[\w-]+/)?.[0],
  };
}

/** Joins the pool and confirms; returns the manage token. */
export async function joinPool(over: Record<string, unknown> = {}): Promise<string> {
  const body = poolBody(over);
  const res = await postJson('/v1/pool-entries', body, { 'idempotency-key': idem('pool') });
  expect(res.status).toBe(202);
  const { confirm, manage } = await linksTo(body.email as string);
  expect((await SELF.fetch(confirm!, { method: 'POST' })).status).toBe(200);
  return manage!;
}

/** Starts an initiative and confirms it as its founder; returns the founder's manage token. */
export async function startInitiative(over: Record<string, unknown> = {}): Promise<string> {
  const body = initiativeBody(over);
  const res = await postJson('/v1/initiatives', body, { 'idempotency-key': idem('ini') });
  expect(res.status).toBe(202);
  const { confirm, manage } = await linksTo((body.founder as { email: string }).email);
  expect((await SELF.fetch(confirm!, { method: 'POST' })).status).toBe(200);
  return manage!;
}

export const getJson = (path: string) => SELF.fetch(`https://api.test${path}`, { headers: { 'cf-connecting-ip': nextIp() } });
