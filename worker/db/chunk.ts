import { getTableColumns, sql, type SQL, type Table } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** D1 binds at most 100 parameters per query: bulk inserts go in chunks that stay below it. */
export const D1_MAX_PARAMS = 100;

/**
 * Splits values for an `IN (…)` list so each query stays below D1's 100 bound parameters, with room
 * for the query's own.
 * @example
 * for (const part of chunks(ids)) rows.push(...(await db.select().from(messages).where(inArray(messages.contactRequestId, part)).all()));
 */
export function chunks<T>(values: readonly T[], size = 90): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/**
 * `column IN (…)` for any number of ids with one bound parameter (a JSON array read by
 * `json_each`), where one query is wanted rather than `chunks` of an IN list.
 * @example
 * db.select().from(poolEntries).where(inJson(poolEntries.id, ids));
 */
export const inJson = (column: SQLiteColumn, ids: readonly string[]): SQL => sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

/**
 * Splits rows so that one multi-row INSERT into `table` binds at most 100 parameters (drizzle binds
 * every column of the table, defaults included).
 * @example
 * for (const part of chunkForInsert(listings, rows)) await db.insert(listings).values(part);
 */
export function chunkForInsert<T>(table: Table, rows: T[], maxParams = D1_MAX_PARAMS): T[][] {
  const size = Math.max(1, Math.floor(maxParams / Object.keys(getTableColumns(table)).length));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}
