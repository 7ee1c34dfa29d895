/**
 * Demo admin logins for the seed: a provider user, owner of the demo co-op, and a municipality user,
 * owner of Landkreis Görlitz (dashboard). Sign in at /admin with
 * this address; the magic link lands in the dev mailbox (/dev/mailbox). Fixed ids, so re-seeding is
 * idempotent.
 */
import type { members, users } from '../db/schema';
import { DEMO_COOP_ORG_ID } from './organizations';

/** The demo municipality (Landkreis Görlitz): its dashboard of anonymous demand. */
const DEMO_MUNICIPALITY_ORG_ID = 'org_lk_goerlitz';

export type NewUser = typeof users.$inferInsert;
export type NewMember = typeof members.$inferInsert;

export const DEMO_PROVIDER_EMAIL = 'anbieter@gemeinsam-wohnen-gebirge.example';
export const DEMO_PROVIDER_USER_ID = 'usr_demo_provider';
export const DEMO_MUNICIPALITY_EMAIL = 'wohnen@landkreis-goerlitz.example';
export const DEMO_MUNICIPALITY_USER_ID = 'usr_demo_municipality';

export function demoUsers(now: number): NewUser[] {
  const at = new Date(now);
  return [
    { id: DEMO_PROVIDER_USER_ID, name: 'Demo Anbieterin', email: DEMO_PROVIDER_EMAIL, emailVerified: true, locale: 'de', createdAt: at, updatedAt: at },
    { id: DEMO_MUNICIPALITY_USER_ID, name: 'Demo Wohnraumplanung', email: DEMO_MUNICIPALITY_EMAIL, emailVerified: true, locale: 'de', createdAt: at, updatedAt: at },
  ];
}

export function demoMembers(now: number): NewMember[] {
  return [
    { id: 'mem_demo_provider', organizationId: DEMO_COOP_ORG_ID, userId: DEMO_PROVIDER_USER_ID, role: 'owner', createdAt: new Date(now) },
    { id: 'mem_demo_municipality', organizationId: DEMO_MUNICIPALITY_ORG_ID, userId: DEMO_MUNICIPALITY_USER_ID, role: 'owner', createdAt: new Date(now) },
  ];
}
