/** How listings and matches go out over the API (absolute photo URLs, alt text in the locale). */
import type { z } from '@hono/zod-openapi';
import type { ListingPhoto } from '../db/schema';
import { PLAIN_SUMMARY_FIELDS, type ListingSummarySchema } from './summary';

type ListingSummary = z.infer<typeof ListingSummarySchema>;
import { localizeReasons } from '../matching/reasons';
import { withGuideLinks, type GuideLinkOptions } from '../guide/reasons';
import { writtenIn, type Locale } from '../i18n';
import type { MatchListing, MatchResult } from '../matching/types';

/** A listing as matching loads it (worker/listings/search.ts): what the engine scores and a card shows. */
export type Candidate = MatchListing & {
  title: string;
  summary: string;
  place: string;
  postcode: string;
  photos: { url: string; alt: { de: string; en?: string } }[];
};

const photoOut = (p: ListingPhoto, locale: Locale, base: string) => ({
  url: new URL(p.url, base).href,
  alt: writtenIn(p.alt, locale),
});

type SummaryInput = Pick<Candidate, (typeof PLAIN_SUMMARY_FIELDS)[number] | 'photos'>;

/**
 * Summaries already made, per row object and language/origin: the listings an isolate keeps for
 * matching (worker/listings/isolate-cache.ts) are the same objects request after request, and
 * rows are never changed once read. Answers embed or spread the summary; none changes it.
 */
const summaries = new WeakMap<SummaryInput, Map<string, ListingSummary>>();

/**
 * @example
 * listingSummary(candidate, 'de', new URL(c.req.url).origin);
 */
export function listingSummary(l: SummaryInput, locale: Locale, base: string): ListingSummary {
  const key = `${locale} ${base}`;
  let made = summaries.get(l);
  const known = made?.get(key);
  if (known) return known;
  const photo = l.photos[0];
  const out = Object.fromEntries(PLAIN_SUMMARY_FIELDS.map((k) => [k, l[k]])) as Pick<ListingSummary, (typeof PLAIN_SUMMARY_FIELDS)[number]>;
  const summary = { ...out, photo: photo ? photoOut(photo, locale, base) : null };
  if (!made) summaries.set(l, (made = new Map()));
  made.set(key, summary);
  return summary;
}

export function allPhotos(photos: ListingPhoto[], locale: Locale, base: string) {
  return photos.map((p) => photoOut(p, locale, base));
}

/** Where reasons link into the guide: the Worker's public origin and the embed's key. */
export type GuideLinks = Omit<GuideLinkOptions, 'locale'>;

/**
 * Score, fits and localized reasons of a match, without the listing; with `links`, each reason the
 * guide explains carries its `guide` URL.
 */
export function matchOut(m: MatchResult, locale: Locale, links?: GuideLinks) {
  const out = (reasons: MatchResult['reasons']) => {
    const localized = localizeReasons(reasons, locale);
    return links ? withGuideLinks(localized, { ...links, locale }) : localized;
  };
  return {
    score: m.score,
    seekerFit: m.seekerFit,
    projectFit: m.projectFit,
    distanceKm: m.distanceKm === null ? null : Math.round(m.distanceKm * 10) / 10,
    reasons: out(m.reasons),
    watchOuts: out(m.watchOuts),
  };
}
