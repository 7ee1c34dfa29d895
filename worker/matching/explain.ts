/**
 * Turns an assessed listing into reasons (top agreements) and watch-outs (weak spots that matter),
 * as question ids, codes and parameters; texts come from `reasons.ts`.
 */
import * as D from './dimensions';
import type { ReasonCode } from './reason-texts';
import {
  AGE_BANDS,
  EQUITY_BANDS,
  firstBit,
  HOME_FORMS,
  HOUSEHOLD_TYPES,
  LEGAL_FORMS,
  PETS,
  SETTLEMENTS,
  TIMELINES,
} from './scales';
import type { Scratch } from './assess';
import type { PreparedListings } from './prepared';
import { UNKNOWN, type SeekerPlan } from './seeker-plan';
import type { MatchListing, Reason } from './types';

/** An agreement must fit at least this well to be named as a reason. */
export const REASON_MIN_FIT = 0.75;
/** Below this a weighted dimension is a watch-out. */
export const WATCH_OUT_MAX_FIT = 0.5;
export const MAX_REASONS = 3;
export const MAX_WATCH_OUTS = 2;

type Side = 'seeker' | 'project';

const euros = (cents: number): number => Math.round(cents / 100);
const at = (scale: readonly string[], i: number): string => scale[i] ?? '';
const mirroredBySlot = new Map(D.MIRRORED.map((d) => [d.slot, d]));

function reason(slot: number, code: ReasonCode, params?: Reason['params']): Reason {
  const questionId = D.SLOT_QUESTION[slot] ?? '';
  return params ? { questionId, code, params } : { questionId, code };
}

/**
 * The reason for one slot seen from one side, or null when there is nothing worth saying (an
 * agreement only because someone said "no preference", or a partial fit that is not a clear yes).
 */
function describe(slot: number, side: Side, positive: boolean, p: SeekerPlan, L: PreparedListings, i: number, s: Scratch): Reason | null {
  const l = L.listings[i] as MatchListing;
  const mine = p.value[slot] ?? UNKNOWN;
  const theirs = L.value[i * D.SLOT_COUNT + slot] ?? UNKNOWN;
  const fit = (side === 'seeker' ? s.fitS[slot] : s.fitP[slot]) ?? 0;
  switch (slot) {
    case D.SIZE:
      return reason(slot, positive ? 'size.fits' : 'size.too_small', { places: l.freePlaces, persons: mine });
    case D.PETS_SLOT:
      return positive && mine > 0 ? reason(slot, 'pets.welcome', { pets: at(PETS, mine) }) : null;
    case D.HOUSEHOLD: {
      const type = positive ? firstBit(mine & theirs) : firstBit(mine);
      return reason(slot, positive ? 'household.sought' : 'household.not_sought', { type: at(HOUSEHOLD_TYPES, type) });
    }
    case D.AGE_BANDS_SLOT:
      return positive
        ? reason(slot, 'age.sought', { band: at(AGE_BANDS, firstBit(mine & theirs)) })
        : reason(slot, 'age.not_sought', { band: at(AGE_BANDS, firstBit(theirs)) });
    case D.DISTANCE:
      return positive ? reason(slot, 'distance.near', { km: Math.round(s.distanceKm * 10) / 10 }) : null;
    case D.SETTLEMENT:
      return reason(slot, positive ? 'settlement.match' : 'settlement.mismatch', { settlement: at(SETTLEMENTS, theirs) });
    case D.FORMS:
      return positive
        ? reason(slot, 'forms.match', { form: at(HOME_FORMS, firstBit(mine & theirs)) })
        : reason(slot, 'forms.mismatch', { form: at(HOME_FORMS, firstBit(theirs)) });
    case D.LEGAL_FORMS_SLOT:
      return reason(slot, positive ? 'legal_form.match' : 'legal_form.mismatch', { legalForm: at(LEGAL_FORMS, theirs) });
    case D.COST:
      if (positive && fit < 1) return null; // slightly over budget is not a reason to choose it
      return reason(slot, positive ? 'cost.within_budget' : 'cost.over_budget', { cost: euros(theirs), budget: euros(mine) });
    case D.EQUITY: {
      if (positive && fit < 1) return null;
      const property = l.kind === 'property';
      const code: ReasonCode = property
        ? positive ? 'price.within_equity' : 'price.over_equity'
        : positive ? 'equity.enough' : 'equity.missing';
      return reason(slot, code, { amount: euros(l.equityRequiredCents), band: at(EQUITY_BANDS, mine) });
    }
    case D.WBS:
      if (positive) return (side === 'seeker' ? mine : theirs) === 1 ? reason(slot, 'wbs.available') : null;
      return reason(slot, side === 'seeker' ? 'wbs.unavailable' : 'wbs.required');
    case D.HOURS:
      if (positive && theirs <= 0) return null;
      return reason(slot, positive ? 'hours.fit' : 'project.wants_hours', { expected: theirs, hours: mine });
    case D.BARRIER_FREE:
      if (positive) return mine === 1 ? reason(slot, 'barrier_free.yes') : null;
      return reason(slot, 'barrier_free.no');
    default: {
      const dim = mirroredBySlot.get(slot);
      if (!dim) return null;
      if (positive && (mine === dim.any || theirs === dim.any)) return null;
      const agree = dim.code === 'support' ? 'match' : 'same';
      const disagree = dim.code === 'support' ? 'mismatch' : 'different';
      const value = at(dim.values, theirs);
      if (dim.slot === D.TIMELINE) {
        return reason(slot, positive ? 'timeline.match' : 'timeline.mismatch', { timeline: value, wanted: at(TIMELINES, mine) });
      }
      return reason(slot, `${dim.code}.${positive ? agree : disagree}` as ReasonCode, { value, wanted: at(dim.values, mine) });
    }
  }
}

/** A candidate reason with its sort keys: larger `key1` first, then smaller `key2`, then slot order. */
interface Pick {
  reason: Reason;
  key1: number;
  key2: number;
}

/** Inserts into a list kept sorted and at most `k` long; equal keys keep insertion (slot) order. */
function insert(top: Pick[], k: number, pick: Pick): void {
  let i = top.length;
  while (i > 0) {
    const prev = top[i - 1] as Pick;
    if (prev.key1 > pick.key1 || (prev.key1 === pick.key1 && prev.key2 <= pick.key2)) break;
    i--;
  }
  if (i < k) {
    top.splice(i, 0, pick);
    if (top.length > k) top.pop();
  }
}

/**
 * Reasons: the strongest agreements (weight × fit, fit ≥ 0.75), at most three, best first.
 * Watch-outs: fits below 0.5 with the highest weight (then the lowest fit), at most two, from either
 * side. One entry per question, from the side that cares more (the other side if that one has
 * nothing worth saying).
 */
export function explain(p: SeekerPlan, L: PreparedListings, i: number, s: Scratch): { reasons: Reason[]; watchOuts: Reason[] } {
  const base = i * D.SLOT_COUNT;
  const good: Pick[] = [];
  const bad: Pick[] = [];
  for (let slot = 0; slot < D.SLOT_COUNT; slot++) {
    const wS = p.weight[slot] ?? 0;
    const wP = L.weight[base + slot] ?? 0;
    const fS = s.fitS[slot] ?? 0;
    const fP = s.fitP[slot] ?? 0;
    const strengthS = wS > 0 && fS >= REASON_MIN_FIT ? wS * fS : 0;
    const strengthP = wP > 0 && fP >= REASON_MIN_FIT ? wP * fP : 0;
    if (strengthS > 0 || strengthP > 0) {
      const seekerFirst = strengthS >= strengthP;
      let r = describe(slot, seekerFirst ? 'seeker' : 'project', true, p, L, i, s);
      let strength = Math.max(strengthS, strengthP);
      if (r === null && Math.min(strengthS, strengthP) > 0) {
        r = describe(slot, seekerFirst ? 'project' : 'seeker', true, p, L, i, s);
        strength = Math.min(strengthS, strengthP);
      }
      if (r !== null) insert(good, MAX_REASONS, { reason: r, key1: strength, key2: 0 });
    }
    const weakS = wS > 0 && fS < WATCH_OUT_MAX_FIT;
    const weakP = wP > 0 && fP < WATCH_OUT_MAX_FIT;
    if (weakS || weakP) {
      const seeker = weakS && (!weakP || wS > wP || (wS === wP && fS <= fP));
      const r = describe(slot, seeker ? 'seeker' : 'project', false, p, L, i, s);
      if (r !== null) insert(bad, MAX_WATCH_OUTS, { reason: r, key1: seeker ? wS : wP, key2: seeker ? fS : fP });
    }
  }
  return { reasons: good.map((g) => g.reason), watchOuts: bad.map((b) => b.reason) };
}
