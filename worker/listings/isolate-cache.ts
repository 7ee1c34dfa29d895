/**
 * What one isolate keeps between requests so that a warm `/v1/matches` needs one D1 round trip:
 * per embed scope the listings it shows, prepared for the engine once (`prepareListings`); per
 * publishable key the embed and organization rows; and postcode rows (reference data).
 *
 * Listings, embeds and organization rows are valid only while `listings_version` holds the token
 * they were read under: triggers give it a new random token with every write to listings,
 * curation, organizations and embeds (migration 0018), in the same statement as the write, so no
 * write path can forget it. Data is tagged with a version read before or with it, never after:
 * a write in between makes the tag older than the data, which costs a reload, never a stale answer.
 * Postcodes change only with a migration (a deploy, i.e. new isolates).
 */
import type { EmbedRow } from '../embeds/access';
import { prepareListings, type PreparedListings } from '../matching/engine';
import type { Candidate } from './present';
import type { PostcodeRow } from './seeker-context';

/**
 * Listings one isolate keeps prepared, over all scopes (about 2 KB each with profile and card:
 * ~50 MB of the isolate's 128 MB); a scope is loaded up to this many, the most recently confirmed.
 */
export const MAX_CACHED_LISTINGS = 25_000;
const MAX_KEYS = 1_000;
const MAX_POSTCODES = 10_000;

/** The one query the warm path reads: one row. */
export const VERSION_SQL = 'SELECT version FROM listings_version WHERE id = 1';

export interface ScopeListings {
  version: string;
  /** Ordered as `loadScopeListings` loads them (most recently confirmed first). */
  candidates: readonly Candidate[];
  prepared: PreparedListings;
  byId: ReadonlyMap<string, Candidate>;
}

// Maps keep insertion order: re-inserting on use makes the first entry the least recently used.
const scopes = new Map<string, ScopeListings>();
const rows = new Map<string, { version: string; row: EmbedRow }>();
const postcodeRows = new Map<string, PostcodeRow>();
let cachedListings = 0;

/** Everything `inEmbedScope` depends on: embeds with equal scopes share their prepared listings. */
export function scopeKey({ embed, organization }: EmbedRow): string {
  return embed.scope === 'provider'
    ? JSON.stringify(['provider', embed.organizationId])
    : JSON.stringify(['region', organization.id, organization.regionDistrictKeys, organization.regionPostcodes, embed.scopeKinds, embed.scopeOrganizationIds]);
}

export function cachedScope(key: string, version: string): ScopeListings | undefined {
  const hit = scopes.get(key);
  if (!hit || hit.version !== version) return undefined;
  scopes.delete(key);
  scopes.set(key, hit);
  return hit;
}

/** Prepares a scope's listings; keeps them when the version is known (null: the row is missing). */
export function keepScope(key: string, version: string | null, candidates: Candidate[]): ScopeListings {
  const entry: ScopeListings = { version: version ?? '', candidates, prepared: prepareListings(candidates), byId: new Map(candidates.map((l) => [l.id, l])) };
  if (version === null) return entry;
  const old = scopes.get(key);
  if (old) {
    scopes.delete(key);
    cachedListings -= old.candidates.length;
  }
  for (const [k, e] of scopes) {
    if (cachedListings + candidates.length <= MAX_CACHED_LISTINGS) break;
    scopes.delete(k);
    cachedListings -= e.candidates.length;
  }
  if (candidates.length <= MAX_CACHED_LISTINGS) {
    scopes.set(key, entry);
    cachedListings += candidates.length;
  }
  return entry;
}

export function cachedEmbedRow(publishableKey: string): { version: string; row: EmbedRow } | undefined {
  return rows.get(publishableKey);
}

export function keepEmbedRow(publishableKey: string, version: string | null, row: EmbedRow): void {
  if (version === null) return;
  rows.delete(publishableKey);
  if (rows.size >= MAX_KEYS) rows.delete(rows.keys().next().value as string);
  rows.set(publishableKey, { version, row });
}

/** The rows of all `codes`, or undefined when one of them is not cached. */
export function cachedPostcodes(codes: readonly string[]): PostcodeRow[] | undefined {
  const out: PostcodeRow[] = [];
  for (const code of codes) {
    const row = postcodeRows.get(code);
    if (!row) return undefined;
    out.push(row);
  }
  return out;
}

export function keepPostcodes(found: readonly PostcodeRow[]): void {
  for (const row of found) {
    if (postcodeRows.size >= MAX_POSTCODES) postcodeRows.delete(postcodeRows.keys().next().value as string);
    postcodeRows.set(row.postcode, row);
  }
}
