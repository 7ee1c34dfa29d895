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
    /** Cloudflare Turnstile site key; the test key `1x00000000000000000000AA` means "no challenge" (local, tests). */
    turnstileSitekey: string;
    /** Version of the consent texts shown; sent back with every consent. */
    consentTextVersion: string;
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

/** A near miss shown when nothing matches: it failed at least one hard filter, named in `failed`. */
export interface Alternative extends Match {
  failed: { questionId: string; text: string }[];
}

export interface MatchesResponse {
  algorithm: string;
  catalogueVersion: string;
  total: number;
  matches: Match[];
  /** Up to 3 nearest partial matches, only when `matches` is empty (may be absent). */
  alternatives?: Alternative[];
}

/** `POST /v1/listings/{id}/fit` body. */
export interface FitRequest {
  key: string;
  answers: Answers;
  locale: Locale;
}

/** The whole listing, as the detail view shows it. */
export interface ListingDetail extends ListingSummary {
  description: string;
  photos: { url: string; alt: string }[];
  /** `village` | `small_town` | `town` (labels from the catalogue's `where.settlement`). */
  settlement: string;
  unitsTotal: number;
  /** Free places by unit type. */
  freeUnits: Record<string, number>;
  livingSpaceMinSqm: number | null;
  livingSpaceMaxSqm: number | null;
  plotSqm: number | null;
  childrenWelcome: boolean;
  /** `none` | `small` | `dog` (labels from the catalogue's `who.pets`). */
  petsAllowed: string;
  website: string | null;
}

export type ImportanceLevel = 0 | 1 | 2 | 3;

/** One question compared both ways (texts localized by the API). */
export interface FitDimension {
  questionId: string;
  label: string;
  seekerAnswer: string | null;
  projectAnswer: string | null;
  seekerImportance: ImportanceLevel | null;
  projectImportance: ImportanceLevel | null;
  /** 0..1; null = not compared. */
  fit: number | null;
  /** Whose wish this is: the seeker's, the project's, or both. */
  side: 'seeker' | 'project' | 'both';
}

export interface FitResponse {
  listing: ListingDetail;
  match: Omit<Match, 'listing'> | null;
  dimensions: FitDimension[];
}

/** `POST /v1/contact-requests` body. */
export interface ContactRequestBody {
  key: string;
  listingId: string;
  answers: Answers;
  locale: Locale;
  name: string;
  email: string;
  message: string;
  consent: { contact: true; shareNeeds: boolean; textVersion: string };
  turnstileToken: string;
}

export interface ContactRequestCreated {
  id: string;
  status: 'new';
  score: number;
  algorithm: string;
  confirmationEmail: 'sent' | 'failed';
}

/** `POST /v1/saved-searches` body. */
export interface SavedSearchBody {
  key: string;
  answers: Answers;
  email: string;
  locale: Locale;
  consent: { notify: true; textVersion: string };
  turnstileToken: string;
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
