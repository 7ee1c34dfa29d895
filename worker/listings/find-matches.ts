/**
 * One match request against D1 in as few round trips as the isolate's caches allow.
 *
 * Warm (the key's embed row, the scope's prepared listings and the postcodes are cached): access is
 * checked and the ranking done on the cached data first, then ONE batch reads the version row and
 * inserts the demand record only if the version is still the one the data was read under
 * (`INSERT … SELECT … WHERE EXISTS`). Same version: that was the answer, one row read besides the
 * record's writes. Another version (a listing, curation, organization or embed was written since):
 * nothing was inserted, and the cold path answers.
 *
 * Cold: one batch reads the version, the embed, its organization and the postcodes (one snapshot),
 * then the scope's listings are loaded unless cached under that version, then the record is
 * written: three round trips, and the caches are filled for the next request.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { database } from '../db/client';
import { demandRecords, embeds, listingsVersion, organizations, postcodes, type DemandRecord } from '../db/schema';
import { checkEmbedAccess, type AccessOptions, type EmbedAccess } from '../embeds/access';
import { matchPrepared, type Ranking } from '../matching/engine';
import type { SeekerContext } from '../matching/types';
import type { Answers } from '../questionnaire/types';
import { cachedEmbedRow, cachedPostcodes, cachedScope, keepEmbedRow, keepPostcodes, keepScope, MAX_CACHED_LISTINGS, scopeKey, VERSION_SQL, type ScopeListings } from './isolate-cache';
import { scopeListingsQuery } from './search';
import { seekerFrom, wantedPostcodes, type ResolvedSeeker } from './seeker-context';

/** A D1 database or a D1 session (worker/http/d1-session.ts): both prepare and batch. */
export type D1Reader = Pick<D1Database, 'prepare' | 'batch'>;

export interface MatchRequest {
  key: string;
  origin: string | undefined;
  access: AccessOptions;
  answers: Answers;
  limit: number;
  /** The demand record to write for this request, or null (opt-out, admin preview). */
  record: (access: EmbedAccess, seeker: ResolvedSeeker, ranking: Ranking) => DemandRecord | null;
}

export interface FoundMatches extends Ranking {
  access: EmbedAccess;
  ctx: SeekerContext;
  scope: ScopeListings;
  /** D1 rows read, where D1 reports them (the warm path); null on the cold path. */
  rowsRead: number | null;
  warm: boolean;
}

/**
 * @example
 * const found = await findMatches(env.DB, { key, origin, access: { write: true }, answers, limit: 20, record: () => null });
 */
export async function findMatches(d1: D1Reader, req: MatchRequest): Promise<FoundMatches> {
  const warm = await tryWarm(d1, req);
  return warm ?? cold(d1, req);
}

async function tryWarm(d1: D1Reader, req: MatchRequest): Promise<FoundMatches | null> {
  const known = cachedEmbedRow(req.key);
  const codes = cachedPostcodes(wantedPostcodes(req.answers));
  if (!known || !codes) return null;
  const scope = cachedScope(scopeKey(known.row), known.version);
  if (!scope) return null;
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
  const record = req.record(access, seeker, ranking);
  const statements = [d1.prepare(VERSION_SQL)];
  if (record) statements.push(insertIfVersion(d1, record, known.version));
  const results = await d1.batch<{ version: string }>(statements);
  if (results[0]?.results[0]?.version !== known.version) return null;
  const rowsRead = results.reduce((sum, r) => sum + (r.meta.rows_read ?? 0), 0);
  return { ...ranking, access, ctx: seeker.ctx, scope, rowsRead, warm: true };
}

/** The record's INSERT as `INSERT … SELECT … WHERE` the version is still `version`. */
function insertIfVersion(d1: D1Reader, record: DemandRecord, version: string): D1PreparedStatement {
  const { sql: insert, params } = database(d1 as D1Database).insert(demandRecords).values(record).toSQL();
  const m = /^(insert into .+?\)) values \((.+)\)$/s.exec(insert);
  if (!m) throw new Error(`unexpected insert: ${insert}`);
  return d1.prepare(`${m[1]} select ${m[2]} where exists (select 1 from listings_version where id = 1 and version = ?)`).bind(...params, version);
}

async function cold(d1: D1Reader, req: MatchRequest): Promise<FoundMatches> {
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
  const scope = (version === null ? undefined : cachedScope(key, version)) ?? keepScope(key, version, await scopeListingsQuery(db, access, MAX_CACHED_LISTINGS).all());
  const ranking = matchPrepared(req.answers, scope.prepared, seeker.ctx, { limit: req.limit });
  const record = req.record(access, seeker, ranking);
  if (record) await db.insert(demandRecords).values(record);
  return { ...ranking, access, ctx: seeker.ctx, scope, rowsRead: null, warm: false };
}
