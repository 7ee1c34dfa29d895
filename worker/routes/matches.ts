import { createRoute } from '@hono/zod-openapi';
import { inArray } from 'drizzle-orm';
import { MatchesRequestSchema, MatchesResponseSchema, problemResponse } from '../api/schemas';
import { database, type Database } from '../db/client';
import { demandRecords, postcodes } from '../db/schema';
import { demandBands, isoWeek } from '../demand/bands';
import { resolveEmbed } from '../embeds/access';
import { idempotent } from '../http/idempotency';
import { createApi } from '../http/openapi';
import { ProblemError } from '../http/problem';
import { rateLimit } from '../http/rate-limit';
import { searchCandidates } from '../listings/search';
import { rankListings } from '../matching/engine';
import { localizeReasons } from '../matching/reasons';
import { ALGORITHM_VERSION, type SeekerContext } from '../matching/types';
import type { Answers } from '../questionnaire/types';
import { catalogueV1 } from '../questionnaire/v1';

const route = createRoute({
  method: 'post',
  path: '/v1/matches',
  tags: ['Widget'],
  summary: 'Ranked, explained matches for a finished questionnaire',
  description:
    'Validates the answers against the catalogue, prefilters listings in SQL, scores them two-sided and ' +
    'writes one anonymous demand record (bands only) unless `statsOptOut`. Send an `Idempotency-Key` to make retries safe.',
  request: { body: { content: { 'application/json': { schema: MatchesRequestSchema } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: MatchesResponseSchema } }, description: 'Matches, best first.' },
    400: problemResponse('Invalid answers; `errors` names each field.'),
    403: problemResponse('Key revoked or origin not allowed.'),
    404: problemResponse('Unknown key.'),
    413: problemResponse('Body too large.'),
    415: problemResponse('Not JSON.'),
    429: problemResponse('Rate limited.'),
  },
});

type PostcodeRow = typeof postcodes.$inferSelect;

/** Resolves the answered postcodes; unknown ones are a 400 naming the field. */
async function lookupPostcodes(db: Database, answers: Answers): Promise<Map<string, PostcodeRow>> {
  const fields = ['where.postcode', 'who.originPostcode'] as const;
  const wanted = fields.map((f) => answers[f]?.value).filter((v): v is string => typeof v === 'string');
  const rows = wanted.length ? await db.select().from(postcodes).where(inArray(postcodes.postcode, wanted)).all() : [];
  const found = new Map(rows.map((r) => [r.postcode, r]));
  const errors = fields
    .filter((f) => typeof answers[f]?.value === 'string' && !found.has(answers[f]?.value as string))
    .map((f) => ({ field: `answers.${f}.value`, message: 'Unknown postcode.' }));
  if (errors.length) throw new ProblemError(400, 'validation_failed', 'Some fields are missing or invalid.', errors);
  return found;
}

/** `POST /v1/matches` */
export const matches = createApi();
matches.use('/v1/matches', rateLimit('matches'), idempotent('matches'));
matches.openapi(route, async (c) => {
  const { key, answers, locale, limit, statsOptOut } = c.req.valid('json');
  const db = database(c.env.DB);
  const access = await resolveEmbed(db, key, c.req.header('origin'), { write: true });
  const seeker = answers as Answers;
  const places = await lookupPostcodes(db, seeker);

  const targetCode = seeker['where.postcode']?.value;
  const target = typeof targetCode === 'string' ? places.get(targetCode) : undefined;
  const ctx: SeekerContext = target
    ? { target: { lat: target.lat, lon: target.lon, radiusKm: Number(seeker['where.radiusKm']?.value ?? 25) } }
    : {};

  const candidates = await searchCandidates(db, seeker, ctx, access);
  const ranked = rankListings(seeker, candidates, ctx);
  const byId = new Map(candidates.map((l) => [l.id, l]));

  if (!statsOptOut) {
    const origin = seeker['who.originPostcode']?.value;
    await db.insert(demandRecords).values({
      id: crypto.randomUUID(),
      embedId: access.embed.id,
      regionOrganizationId: access.organization.id,
      originDistrictKey: typeof origin === 'string' ? (places.get(origin)?.districtKey ?? null) : null,
      isoWeek: isoWeek(Date.now()),
      ...demandBands(seeker, catalogueV1, ranked[0]?.score),
    });
  }

  const base = new URL(c.req.url).origin;
  return c.json(
    {
      algorithm: ALGORITHM_VERSION,
      catalogueVersion: catalogueV1.version,
      total: ranked.length,
      matches: ranked.slice(0, limit).map((m) => {
        const l = byId.get(m.listingId)!;
        const photo = l.photos[0];
        return {
          listing: {
            id: l.id,
            kind: l.kind,
            title: l.title,
            summary: l.summary,
            place: l.place,
            postcode: l.postcode,
            stage: l.stage,
            legalForm: l.legalForm,
            monthlyCostMinCents: l.monthlyCostMinCents,
            monthlyCostMaxCents: l.monthlyCostMaxCents,
            equityRequiredCents: l.equityRequiredCents,
            freePlaces: l.freePlaces,
            barrierFree: l.barrierFree,
            photo: photo ? { url: new URL(photo.url, base).href, alt: (locale === 'en' ? photo.alt.en : undefined) ?? photo.alt.de } : null,
          },
          score: m.score,
          seekerFit: m.seekerFit,
          projectFit: m.projectFit,
          distanceKm: m.distanceKm === null ? null : Math.round(m.distanceKm * 10) / 10,
          reasons: localizeReasons(m.reasons, locale),
          watchOuts: localizeReasons(m.watchOuts, locale),
        };
      }),
    },
    200,
  );
});
