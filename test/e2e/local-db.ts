/**
 * Read-only checks on the local D1 that `wrangler dev` runs on, straight from its SQLite file.
 *
 * Why not `wrangler d1 execute --local` (scripts/local.ts `queryLocal`): that starts a second
 * workerd on the same file, and when it closes it checkpoints the write-ahead log, which needs an
 * exclusive lock; a request the running Worker serves in that moment failed with SQLITE_BUSY (a
 * sign-in in the other lane answered 500). A read-only connection never checkpoints, waits for
 * locks instead of failing, and takes milliseconds instead of a second.
 *
 * @example
 * const [row] = readLocal<{ n: number }>('SELECT COUNT(*) AS n FROM listings', persistTo);
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

function databaseFile(persistTo: string): string {
  const dir = join(persistTo, 'v3', 'd1', 'miniflare-D1DatabaseObject');
  const files = readdirSync(dir).filter((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite');
  if (files.length !== 1) throw new Error(`expected one D1 database in ${dir}, found ${files.join(', ') || 'none'}`);
  return join(dir, files[0]!);
}

export function readLocal<T>(sql: string, persistTo: string): T[] {
  const db = new DatabaseSync(databaseFile(persistTo), { readOnly: true });
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    // Plain objects: node:sqlite returns rows without a prototype.
    return db.prepare(sql).all().map((row) => ({ ...row }) as T);
  } finally {
    db.close();
  }
}
