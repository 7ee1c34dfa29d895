/**
 * Turns the demo seed into plain SQL text: one `INSERT OR IGNORE` per chunk of rows, literals
 * inlined and escaped, JSON columns as JSON text, booleans as 0/1. Column names and encodings come
 * from the drizzle schema (the source the migrations are generated from), so they cannot drift.
 * Works anywhere: `env.DB.batch(stmts.map((s) => env.DB.prepare(s)))` in a Worker or test, or a
 * file for `wrangler d1 execute --file` (see toSqlScript).
 */
import { type Column, getTableColumns, getTableName, is, SQL } from 'drizzle-orm';
import { SQLiteSyncDialect, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { adviceOffices, demandRecords, embeds, groupReports, initiativeMembers, initiativePropertyInterests, initiatives, listings, members, organizations, poolEntries, regionApprovals, users } from '../db/schema';
import type { DemoSeed } from './demo';

/** Rows per INSERT statement. */
export const MAX_ROWS_PER_STATEMENT = 50;
/** D1 refuses statements over 100 KB; stay well below. */
export const MAX_STATEMENT_BYTES = 90_000;

const dialect = new SQLiteSyncDialect();
const encoder = new TextEncoder();

const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** A SQL literal for a value already mapped to its driver form. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot store ${value} in SQL`);
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw new Error('NUL character in SQL text literal');
    return `'${value.replaceAll("'", "''")}'`;
  }
  throw new Error(`unsupported SQL value of type ${typeof value}`);
}

function defaultLiteral(table: string, key: string, column: Column): string {
  const fallback = column.defaultFn ? column.defaultFn() : column.default;
  if (fallback === undefined) {
    if (column.notNull) throw new Error(`seed row for ${table} lacks required column ${key}`);
    return 'NULL';
  }
  if (is(fallback, SQL)) {
    const query = dialect.sqlToQuery(fallback);
    if (query.params.length > 0) throw new Error(`default of ${table}.${key} has parameters`);
    return query.sql;
  }
  return sqlLiteral(column.mapToDriverValue(fallback));
}

/**
 * Multi-row INSERT statements for one table; `suffix` follows the VALUES list (e.g. an upsert).
 * Every statement lists all columns of the table in schema order.
 */
export function insertStatements<T extends SQLiteTable>(table: T, rows: readonly T['$inferInsert'][], suffix = ''): string[] {
  if (rows.length === 0) return [];
  const name = getTableName(table);
  const columns = Object.entries(getTableColumns(table) as Record<string, Column>);
  const head = `INSERT OR IGNORE INTO ${ident(name)} (${columns.map(([, c]) => ident(c.name)).join(', ')}) VALUES\n`;
  const tail = suffix ? `\n${suffix}` : '';
  const tuples = rows.map((row) => {
    const record = row as Record<string, unknown>;
    const values = columns.map(([key, column]) => {
      const v = record[key];
      return v === undefined ? defaultLiteral(name, key, column) : sqlLiteral(v === null ? null : column.mapToDriverValue(v));
    });
    return `(${values.join(', ')})`;
  });

  const statements: string[] = [];
  let chunk: string[] = [];
  let bytes = encoder.encode(head + tail).length;
  for (const tuple of tuples) {
    const size = encoder.encode(tuple).length + 2;
    if (chunk.length > 0 && (chunk.length >= MAX_ROWS_PER_STATEMENT || bytes + size > MAX_STATEMENT_BYTES)) {
      statements.push(head + chunk.join(',\n') + tail);
      chunk = [];
      bytes = encoder.encode(head + tail).length;
    }
    if (bytes + size > MAX_STATEMENT_BYTES) throw new Error(`a ${name} row is too large for one statement`);
    chunk.push(tuple);
    bytes += size;
  }
  if (chunk.length > 0) statements.push(head + chunk.join(',\n') + tail);
  return statements;
}

/**
 * A re-seed with other demo origins (another DEMO_PORT) adds them to the embeds' allow-lists
 * instead of being ignored; existing origins stay. Everything else is insert-or-ignore.
 */
const EMBED_ORIGINS_UPSERT =
  'ON CONFLICT ("id") DO UPDATE SET "allowed_origins" = (SELECT json_group_array("value") FROM ' +
  '(SELECT "value" FROM json_each("embeds"."allowed_origins") UNION SELECT "value" FROM json_each(excluded."allowed_origins") ORDER BY 1))';

/**
 * SQL statements (without trailing semicolons) in dependency order: organizations, embeds,
 * region approvals, listings, demand records, demo logins. Idempotent: running them twice leaves the same rows.
 */
export function seedStatements(seed: DemoSeed): string[] {
  return [
    ...insertStatements(organizations, seed.organizations),
    ...insertStatements(embeds, seed.embeds, EMBED_ORIGINS_UPSERT),
    ...insertStatements(regionApprovals, seed.regionApprovals ?? []),
    ...insertStatements(listings, seed.listings),
    ...insertStatements(demandRecords, seed.demandRecords),
    ...insertStatements(users, seed.users ?? []),
    ...insertStatements(members, seed.members ?? []),
    ...insertStatements(poolEntries, seed.poolEntries ?? []),
    ...insertStatements(initiatives, seed.initiatives ?? []),
    ...insertStatements(initiativeMembers, seed.initiativeMembers ?? []),
    ...insertStatements(initiativePropertyInterests, seed.propertyInterests ?? []),
    ...insertStatements(groupReports, seed.groupReports ?? []),
    ...insertStatements(adviceOffices, seed.adviceOffices ?? []),
  ];
}

/** The statements as one script for `wrangler d1 execute --file`. */
export function toSqlScript(statements: readonly string[], header = '-- bring-together demo seed (generated; idempotent)'): string {
  return `${header}\n${statements.map((s) => `${s};`).join('\n\n')}\n`;
}
