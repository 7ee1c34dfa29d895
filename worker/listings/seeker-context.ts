/**
 * Turns the seeker's postcodes into what matching and demand need: the search centre and the
 * district of origin. Unknown postcodes are a 400 naming the field.
 */
import { inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { postcodes } from '../db/schema';
import { ProblemError } from '../errors';
import type { SeekerContext } from '../matching/types';
import type { Answers } from '../questionnaire/types';

const POSTCODE_FIELDS = ['where.postcode', 'who.originPostcode'] as const;
const DEFAULT_RADIUS_KM = 25;

export interface ResolvedSeeker {
  ctx: SeekerContext;
  /** District key of the seeker's current postcode: the only origin that is ever stored. */
  originDistrictKey: string | null;
}

export type PostcodeRow = typeof postcodes.$inferSelect;

const code = (answers: Answers, f: (typeof POSTCODE_FIELDS)[number]) => {
  const v = answers[f]?.value;
  return typeof v === 'string' ? v : undefined;
};

/** The postcodes the answers name (search centre, origin), at most two. */
export const wantedPostcodes = (answers: Answers): string[] => POSTCODE_FIELDS.map((f) => code(answers, f)).filter((v): v is string => v !== undefined);

/**
 * @example
 * const { ctx, originDistrictKey } = await resolveSeeker(db, answers);
 */
export async function resolveSeeker(db: Database, answers: Answers): Promise<ResolvedSeeker> {
  const wanted = wantedPostcodes(answers);
  return seekerFrom(wanted.length ? await db.select().from(postcodes).where(inArray(postcodes.postcode, wanted)).all() : [], answers);
}

/** `resolveSeeker` on the postcode rows already read (pure): unknown postcodes are a 400. */
export function seekerFrom(rows: readonly PostcodeRow[], answers: Answers): ResolvedSeeker {
  const found = new Map(rows.map((r) => [r.postcode, r]));
  const errors = POSTCODE_FIELDS.filter((f) => code(answers, f) !== undefined && !found.has(code(answers, f)!)).map((f) => ({
    field: `answers.${f}.value`,
    message: 'Unknown postcode.',
    code: 'unknown_postcode',
  }));
  if (errors.length) throw new ProblemError(400, 'validation_failed', 'Some fields are missing or invalid.', errors);

  const target = found.get(code(answers, 'where.postcode') ?? '');
  const radius = Number(answers['where.radiusKm']?.value ?? DEFAULT_RADIUS_KM);
  return {
    ctx: target ? { target: { lat: target.lat, lon: target.lon, radiusKm: radius } } : {},
    originDistrictKey: found.get(code(answers, 'who.originPostcode') ?? '')?.districtKey ?? null,
  };
}
