/**
 * One match request against D1 in as few round trips as the isolate's caches allow. Reads only: the
 * demand record it returns is written by the route after the answer (worker/demand/write-record.ts).
 *
 * Warm (the key's embed row, the scope's prepared listings and the postcodes are cached): the
 * version row is read while access is checked, the ranking done on the cached data and the answer
 * presented (`present`) — one round trip, overlapping all of the request's CPU; the route starts the
 * read before it even parses the body (`readListingsVersion`). Same version: that was the answer (one
 * row read). Another version (a listing, curation, organization or embed was written since): the
 * cold path answers.
 *
 * Cold: one batch reads the version, the embed, its organization and the postcodes (one snapshot),
 * then the scope's listings are loaded unless cached under that version: two round trips, and the
 * caches are filled for the next request.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { database } from '../db/client';
import { embeds, listingsVersion, organizations, postcodes, type DemandRecord } from '../db/schema';
import { checkEmbedAccess, type AccessOptions, type EmbedAccess } from '../embeds/access';
import { matchPrepared, type Ranking } from '../matching/engine';
import type { SeekerContext } from '../matching/types';
import type { Answers } from '../questionnaire/types';
import { cachedEmbedRow, cachedPostcodes, cachedScope, keepEmbedRow, keepPostcodes, keepScope, MAX_CACHED_LISTINGS, scopeKey, VERSION_SQL, type ScopeListings } from './isolate-cache';
import { loadScopeListings } from './search';
import { seekerFrom, wantedPostcodes, type ResolvedSeeker } from './seeker-context';

/** A D1 database or a D1 session (worker/http/d1-session.ts): both prepare and batch. */
export type D1Reader = Pick<D1Database, 'prepare' | 'batch'>;

/** The version row's read, in flight. */
export type VersionRead = Promise<D1Result<{ version: string }>>;

/**
 * Starts reading the listings version, for `findMatches` to await once its CPU work is done.
 * @example
 * const version = readListingsVersion(readDb(c)); // before the body is parsed
 */
export function readListingsVersion(d1: D1Reader): VersionRead {
  const read = d1.prepare(VERSION_SQL).all<{ version: string }>();
  read.catch(() => undefined); // awaited later, or never (a refused request): never unhandled
  return read;
}

export interface MatchRequest<T> {
  key: string;
  origin: string | undefined;
  access: AccessOptions;
  answers: Answers;
  limit: number;
  /** The demand record this request stands for, or null (opt-out, admin preview); returned, not written. */
  record: (access: EmbedAccess, seeker: ResolvedSeeker, ranking: Ranking) => DemandRecord | null;
  /** Turns the ranking into the answer; on the warm path while the version read is in flight. */
  present: (found: Ranking & { ctx: SeekerContext; scope: ScopeListings }) => T;
  /** The version read the route started early (`readListingsVersion`); else one is started here. */
  version?: VersionRead;
}

export interface FoundMatches<T> extends Ranking {
  access: EmbedAccess;
  ctx: SeekerContext;
  scope: ScopeListings;
  /** D1 rows read, where D1 reports them (the warm path); null on the cold path. */
  rowsRead: number | null;
  warm: boolean;
  /** The request's demand record, for the caller to write (after answering). */
  record: DemandRecord | null;
  /** What `present` made of the ranking. */
  answer: T;
}

/**
 * @example
 * const found = await findMatches(env.DB, { key, origin, access: { write: true }, answers, limit: 20, record: () => null, present: (r) => r.total });
 */
export async function findMatches<T>(d1: D1Reader, req: MatchRequest<T>): Promise<FoundMatches<T>> {
  const warm = await tryWarm(d1, req);
  return warm ?? cold(d1, req);
}

async function tryWarm<T>(d1: D1Reader, req: MatchRequest<T>): Promise<FoundMatches<T> | null> {
  const known = cachedEmbedRow(req.key);
  const codes = cachedPostcodes(wantedPostcodes(req.answers));
  if (!known || !codes) return null;
  const scope = cachedScope(scopeKey(known.row), known.version);
  if (!scope) return null;
  // In flight while the CPU work below runs; a read, so nothing to undo when the cache is stale.
  const current = req.version ?? readListingsVersion(d1);
  let access: EmbedAccess;
  let seeker: ResolvedSeeker;
  try {
    // Refused on cached rows: let the current rows decide (and word the error).
    access = checkEmbedAccess(known.row, req.origin, req.access);
    seeker = seekerFrom(codes, req.answers);
  } catch {
    return null;
  }
  const ranking = matchPrepared(req.answers, scope.prepared, seeker.ctx, { limit: req.limit });
  const answer = req.present({ ...ranking, ctx: seeker.ctx, scope });
  const version = await current;
  if (version.results[0]?.version !== known.version) return null;
  return { ...ranking, access, ctx: seeker.ctx, scope, rowsRead: version.meta.rows_read ?? 0, warm: true, record: req.record(access, seeker, ranking), answer };
}

async function cold<T>(d1: D1Reader, req: MatchRequest<T>): Promise<FoundMatches<T>> {
  const db = database(d1 as D1Database);
  // One snapshot; embed and organization apart (a joined row in a batch loses duplicate column names).
  const [versionRows, embedRows, organizationRows, postcodeRows] = await db.batch([
    db.select({ version: listingsVersion.version }).from(listingsVersion).where(eq(listingsVersion.id, 1)),
    db.select().from(embeds).where(eq(embeds.publishableKey, req.key)),
    db.select().from(organizations).where(eq(organizations.id, sql`(SELECT organization_id FROM embeds WHERE publishable_key = ${req.key})`)),
    db.select().from(postcodes).where(inArray(postcodes.postcode, wantedPostcodes(req.answers))),
  ]);
  const version = versionRows[0]?.version ?? null;
  const embed = embedRows[0];
  const organization = organizationRows[0];
  const row = embed && organization ? { embed, organization } : null;
  const access = checkEmbedAccess(row, req.origin, req.access);
  const seeker = seekerFrom(postcodeRows, req.answers);
  keepEmbedRow(req.key, version, { embed: access.embed, organization: access.organization });
  keepPostcodes(postcodeRows);

  const key = scopeKey(access);
  const scope = (version === null ? undefined : cachedScope(key, version)) ?? keepScope(key, version, await loadScopeListings(db, access, MAX_CACHED_LISTINGS));
  const ranking = matchPrepared(req.answers, scope.prepared, seeker.ctx, { limit: req.limit });
  const answer = req.present({ ...ranking, ctx: seeker.ctx, scope });
  return { ...ranking, access, ctx: seeker.ctx, scope, rowsRead: null, warm: false, record: req.record(access, seeker, ranking), answer };
}
