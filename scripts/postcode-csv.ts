/**
 * The postcode CSV (data/de-postcodes.csv, GeoNames, CC BY 4.0) read into one entry per postcode
 * that has a district: what migration 0001 holds (scripts/postcodes-migration.ts writes it, the
 * worker tests check it, test/support/postcodes.ts).
 */
import { readFileSync } from 'node:fs';

export interface PostcodeEntry {
  place: string;
  districtKey: string;
  districtName: string;
  state: string;
  lats: number[];
  lons: number[];
  /** Place names of the postcode's rows, with how often each appears. */
  places: Map<string, number>;
}

/** Splits one CSV line; fields may be quoted and contain commas (company names). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  for (const m of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) fields.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : (m[2] ?? ''));
  return fields;
}

/**
 * @example
 * const byCode = readPostcodeCsv(); // Map { '01067' => { districtKey: '14612', … }, … }
 */
export function readPostcodeCsv(file = new URL('../data/de-postcodes.csv', import.meta.url)): Map<string, PostcodeEntry> {
  const csv = readFileSync(file, 'utf8').trim().split('\n');
  const byCode = new Map<string, PostcodeEntry>();
  for (const line of csv.slice(1)) {
    const c = splitCsvLine(line);
    if (c.length !== 11) continue;
    const [, zip, place, state, , , , district, districtKey, lat, lon] = c as [string, string, string, string, string, string, string, string, string, string, string];
    // Postcodes without a district (87491 Jungholz, an Austrian enclave) cannot be placed in a region.
    if (!/^\d{5}$/.test(zip) || !/^\d{5}$/.test(districtKey)) continue;
    const row = byCode.get(zip) ?? { place, districtKey, districtName: district, state, lats: [], lons: [], places: new Map<string, number>() };
    row.lats.push(Number(lat));
    row.lons.push(Number(lon));
    // Large-customer rows (companies) carry legal-form words; they must not name the place.
    if (!/\b(GmbH|AG|KG|e\.V\.|mbH|Bank|Versicherung|SE)\b/.test(place)) row.places.set(place, (row.places.get(place) ?? 0) + 1);
    byCode.set(zip, row);
  }
  return byCode;
}
