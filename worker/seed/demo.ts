/**
 * The demo seed for Landkreis Görlitz (district 14626): one municipality with a region embed, a
 * co-op with a provider embed, fictional providers, listings and anonymous demand records.
 * Pure and deterministic: the same `now` (epoch ms) always gives the same rows, and every id is
 * fixed (`lst_001`, `dem_0001`, …), so re-seeding with `INSERT OR IGNORE` is idempotent.
 *
 * @example
 * const seed = demoSeed(Date.now(), { demoOrigins: demoOriginsForPort(8081) });
 * const statements = seedStatements(seed); // worker/seed/sql.ts
 */
import { demoAdviceOffices, type NewAdviceOffice } from './advice';
import { demoMembers, demoUsers, type NewMember, type NewUser } from './auth';
import { demoDemandRecords, type NewDemandRecord } from './demand';
import { demoInitiativeMembers, demoInitiatives, demoPoolEntries, demoPropertyInterests, demoGroupReports, type NewGroupReport, type NewInitiative, type NewInitiativeMember, type NewPoolEntry, type NewPropertyInterest } from './groups';
import { demoListings, type NewListing } from './listings';
import { DEMO_FIXED_ORIGINS, demoApprovals, demoEmbeds, demoOrganizations, type NewApproval, type NewEmbed, type NewOrganization } from './organizations';

export interface DemoSeed {
  organizations: NewOrganization[];
  embeds: NewEmbed[];
  /** Landkreis Görlitz has approved every demo provider for its widget (worker/curation). */
  regionApprovals?: NewApproval[];
  listings: NewListing[];
  demandRecords: NewDemandRecord[];
  /** Demo admin login (worker/seed/auth.ts). */
  users: NewUser[];
  members: NewMember[];
  /** Households in the pool and forming initiatives (worker/seed/groups.ts). */
  poolEntries?: NewPoolEntry[];
  initiatives?: NewInitiative[];
  initiativeMembers?: NewInitiativeMember[];
  /** Initiatives' declared interests in vacant properties (worker/seed/groups.ts). */
  propertyInterests?: NewPropertyInterest[];
  /** A report of the group search for the municipality's screen (worker/seed/groups.ts). */
  groupReports?: NewGroupReport[];
  /** The municipality's local advice offices (worker/seed/advice.ts). */
  adviceOffices?: NewAdviceOffice[];
}

export interface DemoSeedOptions {
  /** Extra origins for both demo embeds (e.g. the DEMO_PORT host), added to DEMO_FIXED_ORIGINS. */
  demoOrigins?: string[];
  /** Number of demand records (default 420). */
  demandCount?: number;
}

export function demoSeed(now: number, opts: DemoSeedOptions = {}): DemoSeed {
  if (!Number.isFinite(now)) throw new Error('demoSeed: now must be epoch milliseconds');
  return {
    organizations: demoOrganizations(now),
    embeds: demoEmbeds(now, [...DEMO_FIXED_ORIGINS, ...(opts.demoOrigins ?? [])]),
    regionApprovals: demoApprovals(now),
    listings: demoListings(now),
    demandRecords: demoDemandRecords(now, { count: opts.demandCount }),
    users: demoUsers(now),
    members: demoMembers(now),
    poolEntries: demoPoolEntries(now),
    initiatives: demoInitiatives(now),
    initiativeMembers: demoInitiativeMembers(now),
    propertyInterests: demoPropertyInterests(now),
    groupReports: demoGroupReports(now),
    adviceOffices: demoAdviceOffices(now),
  };
}

export type { NewDemandRecord, NewEmbed, NewListing, NewOrganization };
export {
  DEMO_COOP_EMBED_ID,
  DEMO_COOP_EMBED_KEY,
  DEMO_COOP_ORG_ID,
  DEMO_EMBED_ID,
  DEMO_EMBED_KEY,
  DEMO_FIXED_ORIGINS,
  DEMO_MUNICIPALITY_ID,
  demoOriginsForPort,
} from './organizations';
export { DEMO_DISTRICT_KEY } from './places';
export { DEMO_PROVIDER_EMAIL } from './auth';
