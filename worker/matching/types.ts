/**
 * Inputs and outputs of the matching engine. The engine is pure: the route loads candidates from
 * D1 (an embed's scope, cached per isolate), resolves postcodes to coordinates, then calls the engine.
 */
import type { Answers } from '../questionnaire/types';

export const ALGORITHM_VERSION = 'bt-match/1' as const; // as const: a non-widening literal, so responses type-check against the schema's literal

/** What the route knows about the seeker beyond the raw answers (postcode lookups done). */
export interface SeekerContext {
  /** Centre of the search area (from where.postcode); absent = anywhere in the embed's scope. */
  target?: { lat: number; lon: number; radiusKm: number };
}

/** The listing columns and profile the engine reads (a subset of the listings row). */
export interface MatchListing {
  id: string;
  kind: 'project' | 'property';
  lat: number;
  lon: number;
  settlement: 'village' | 'small_town' | 'town';
  stage: 'forming' | 'planning' | 'building' | 'occupied';
  legalForm: 'cooperative' | 'syndicate' | 'ownership' | 'rental' | 'foundation' | 'other';
  freePlaces: number;
  freeUnits: Partial<Record<'own_flat' | 'cluster_flat' | 'shared_flat' | 'house', number>>;
  monthlyCostMinCents: number | null;
  monthlyCostMaxCents: number | null;
  equityRequiredCents: number;
  barrierFree: boolean;
  childrenWelcome: boolean;
  petsAllowed: 'none' | 'small' | 'dog';
  /** The project's side of the questionnaire, with the project's importance per answer. */
  profile: Answers;
}

/**
 * One explanation point: a question id, a machine code and parameters (stored with contact
 * requests, so its shape lives in worker/db/json.ts). Text is produced by `reasonText` so the
 * widget and the provider inbox say exactly the same.
 */
export type { Reason } from '../db/json';
import type { Reason } from '../db/json';

export interface MatchResult {
  listingId: string;
  /** 0–100, sqrt(seekerFit · projectFit). */
  score: number;
  /** 0–100: how well the listing meets what the seeker wants. */
  seekerFit: number;
  /** 0–100: how well the seeker fits what the project looks for. */
  projectFit: number;
  distanceKm: number | null;
  /**
   * First each of the seeker's dealbreakers confirmed (catalogue order), then the top other
   * agreements, best first (at most 3 of those) — at most 3 + the seeker's dealbreakers in all.
   */
  reasons: Reason[];
  /** Up to two "watch out" points. */
  watchOuts: Reason[];
}

/** A reason with its text in one locale, as sent to the widget and stored with contact requests. */
export interface LocalizedReason extends Reason {
  text: string;
}

export type { Answers };
