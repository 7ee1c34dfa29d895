/**
 * Wire shapes of the public API as the widget sees them. Questionnaire and reason shapes come
 * straight from the server code (type-only imports add no bytes); `contract.check.ts` fails the
 * type check if these drift from the server's zod schemas.
 */
import type { Answers, Catalogue, Locale } from '../../worker/questionnaire/types';
import type { LocalizedReason, MatchListing } from '../../worker/matching/types';

export interface EmbedTheme {
  /** CSS colour, e.g. `#1f5c7a`; sets `--bt-color-accent` unless the host overrides it. */
  accent?: string;
  /** CSS length, e.g. `8px`; sets `--bt-radius` unless the host overrides it. */
  radius?: string;
  /** CSS font-family list; sets `--bt-font` unless the host overrides it. */
  font?: string;
}

/** `GET /v1/embeds/{key}/config` */
export interface EmbedConfig {
  embed: {
    key: string;
    name: string;
    organization: { name: string; kind: 'municipality' | 'provider' };
    scope: 'region' | 'provider';
    theme: EmbedTheme;
    defaultLocale: Locale;
    privacyUrl: string;
  };
  questionnaire: Catalogue;
}

export interface ListingSummary {
  id: string;
  kind: MatchListing['kind'];
  title: string;
  summary: string;
  place: string;
  postcode: string;
  stage: MatchListing['stage'];
  legalForm: MatchListing['legalForm'];
  monthlyCostMinCents: number | null;
  monthlyCostMaxCents: number | null;
  equityRequiredCents: number;
  freePlaces: number;
  barrierFree: boolean;
  /** `url` may be relative to the API origin. */
  photo: { url: string; alt: string } | null;
}

export interface Match {
  listing: ListingSummary;
  score: number;
  seekerFit: number;
  projectFit: number;
  distanceKm: number | null;
  reasons: LocalizedReason[];
  watchOuts: LocalizedReason[];
}

/** `POST /v1/matches` body. */
export interface MatchesRequest {
  key: string;
  answers: Answers;
  locale: Locale;
  limit?: number;
  statsOptOut?: boolean;
}

export interface MatchesResponse {
  algorithm: string;
  catalogueVersion: string;
  total: number;
  matches: Match[];
}

export interface FieldError {
  /** Dotted path of the offending input, e.g. `answers.who.adults.value`. */
  field: string;
  message: string;
  /** Optional machine code (e.g. `unknown_postcode`) the widget can localize. */
  code?: string;
}

/** RFC 9457 problem details as the API sends them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  code?: string;
  errors?: FieldError[];
}
