/**
 * Demo admin login for the seed: one provider user, owner of the demo co-op. Sign in at /admin with
 * this address; the magic link lands in the dev mailbox (/dev/mailbox). Fixed ids, so re-seeding is
 * idempotent.
 */
import type { members, users } from '../db/schema';
import { DEMO_COOP_ORG_ID } from './organizations';

export type NewUser = typeof users.$inferInsert;
export type NewMember = typeof members.$inferInsert;

export const DEMO_PROVIDER_EMAIL = 'anbieter@gemeinsam-wohnen-gebirge.example';
export const DEMO_PROVIDER_USER_ID = 'usr_demo_provider';

export function demoUsers(now: number): NewUser[] {
  const at = new Date(now);
  return [{ id: DEMO_PROVIDER_USER_ID, name: 'Demo Anbieterin', email: DEMO_PROVIDER_EMAIL, emailVerified: true, locale: 'de', createdAt: at, updatedAt: at }];
}

export function demoMembers(now: number): NewMember[] {
  return [{ id: 'mem_demo_provider', organizationId: DEMO_COOP_ORG_ID, userId: DEMO_PROVIDER_USER_ID, role: 'owner', createdAt: new Date(now) }];
}
