/**
 * A small postcode fixture for the worker tests: migration 0001 holds every German postcode
 * (~10,800 rows), and applying it before each of ~40 test files cost minutes. The tests only ever
 * look up the postcodes and districts they name, so they get every postcode of those districts
 * (and the named postcodes themselves); test/worker/postcodes.test.ts applies the full migration.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { D1Migration } from '@cloudflare/vitest-plugin';
import { readPostcodeCsv } from '../../scripts/postcode-csv';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const POSTCODE_MIGRATION = '0001_postcodes.sql';
const ROW = /\('(\d{5})','((?:[^']|'')*)','(\d{5})','((?:[^']|'')*)','((?:[^']|'')*)',(-?[\d.]+),(-?[\d.]+)\)/g;

/** Five-digit numbers written in the tests and the seed: the postcodes and district keys they use. */
function referencedNumbers(): Set<string> {
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) for (const m of readFileSync(path, 'utf8').matchAll(/(?<![\d.])(\d{5})(?![\d.])/g)) out.add(m[1]!);
    }
  };
  for (const dir of ['test', 'worker']) walk(join(ROOT, dir));
  return out;
}

/**
 * The migrations with 0001 cut down to the postcodes the tests reach.
 * @example
 * const migrations = withPostcodeFixture(await readD1Migrations('migrations'));
 */
export function withPostcodeFixture(migrations: D1Migration[]): D1Migration[] {
  const full = readFileSync(join(ROOT, 'migrations', POSTCODE_MIGRATION), 'utf8');
  const refs = referencedNumbers();
  const rows = [...full.matchAll(ROW)].filter((m) => refs.has(m[1]!) || refs.has(m[3]!)).map((m) => m[0]);
  if (rows.length === 0) throw new Error(`no postcode rows matched in ${POSTCODE_MIGRATION}`);
  const head = 'INSERT OR REPLACE INTO postcodes (postcode, place, district_key, district_name, state, lat, lon) VALUES\n';
  const queries: string[] = [];
  for (let i = 0; i < rows.length; i += 200) queries.push(head + rows.slice(i, i + 200).join(',\n'));
  return migrations.map((m) => (m.name === POSTCODE_MIGRATION ? { ...m, queries } : m));
}

/** The full postcode migration's statements and the number of postcodes in the source CSV that have a district (the migration keeps those; e.g. 87491 Jungholz, an Austrian enclave, has none). */
export function fullPostcodes(migrations: D1Migration[]): { queries: string[]; csvPostcodes: number } {
  const m = migrations.find((x) => x.name === POSTCODE_MIGRATION);
  if (!m) throw new Error(`${POSTCODE_MIGRATION} not found`);
  return { queries: m.queries, csvPostcodes: readPostcodeCsv().size };
}
