/**
 * Browsing an embed's listings without a questionnaire: every published listing in its scope
 * (the same condition matching uses, curation included: worker/listings/scope.ts), narrowed by
 * plain filters, sorted and paged, with the total over all pages.
 */
import { and, asc, count, desc, eq, gte, like, sql, type SQL } from 'drizzle-orm';
import type { BrowseQuery } from '../api/browse';
import type { Database } from '../db/client';
import { listings } from '../db/schema';
import { inEmbedScope } from './scope';
import type { SearchScope } from './search';
import { SUMMARY_COLUMNS } from './summary';

/** `%` and `_` typed by a person are letters, not wildcards. */
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** The lowest monthly cost a listing names, as the matching prefilter compares it (worker/listings/search.ts). */
const lowestCost = sql`coalesce(${listings.monthlyCostMinCents}, ${listings.monthlyCostMaxCents})`;

/** The WHERE clause of a browse: scope and curation first, then each filter that was given. */
export function browseConditions(scope: SearchScope, q: Omit<BrowseQuery, 'sort' | 'page' | 'pageSize' | 'locale'>): SQL {
  return and(
    inEmbedScope(scope),
    q.kind ? eq(listings.kind, q.kind) : undefined,
    q.stage ? eq(listings.stage, q.stage) : undefined,
    q.legalForm ? eq(listings.legalForm, q.legalForm) : undefined,
    q.place ? sql`${listings.place} LIKE ${`${escapeLike(q.place)}%`} ESCAPE '\\'` : undefined,
    q.postcode ? like(listings.postcode, `${q.postcode}%`) : undefined,
    q.maxMonthlyCost !== undefined ? sql`coalesce(${listings.monthlyCostMinCents}, 0) <= ${q.maxMonthlyCost * 100}` : undefined,
    q.minFreePlaces !== undefined ? gte(listings.freePlaces, q.minFreePlaces) : undefined,
    q.barrierFree ? eq(listings.barrierFree, true) : undefined,
  ) as SQL;
}

/** Each sort's order; the id last, so pages never overlap or skip a listing with an equal key. */
const ORDER: Record<BrowseQuery['sort'], SQL[]> = {
  newest: [desc(listings.createdAt), asc(listings.id)],
  // "On request" (no cost named) after every cost.
  cost: [sql`${lowestCost} IS NULL`, asc(lowestCost), asc(listings.id)],
  freePlaces: [desc(listings.freePlaces), asc(listings.id)],
  place: [sql`${listings.place} COLLATE NOCASE`, asc(listings.id)],
};

/**
 * A listing's lat/lon are its postcode's centroid, copied from the `postcodes` table when the
 * postcode is saved (worker/admin/listings/form.ts), so no join is needed to draw the map.
 */
const browseColumns = { ...SUMMARY_COLUMNS, lat: listings.lat, lon: listings.lon };

/** Coordinates go out this coarse: about a kilometre, the postcode's centroid and no closer. */
export const roundCoordinate = (deg: number): number => Math.round(deg * 100) / 100;

/**
 * @example
 * const { total, rows } = await browseListings(db, access, { sort: 'newest', page: 1, pageSize: 20 });
 */
export async function browseListings(db: Database, scope: SearchScope, q: Omit<BrowseQuery, 'locale'>) {
  const where = browseConditions(scope, q);
  const [rows, totals] = await db.batch([
    db
      .select(browseColumns)
      .from(listings)
      .where(where)
      .orderBy(...ORDER[q.sort])
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(listings).where(where),
  ]);
  return { total: totals[0]?.n ?? 0, rows };
}

export type BrowseRow = Awaited<ReturnType<typeof browseListings>>['rows'][number];
