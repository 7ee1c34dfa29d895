/**
 * The fit of one listing for one seeker question by question (the widget's detail view), and which
 * hard filters it fails (the "nearest partial matches" of an empty result). Pure, like the engine.
 *
 * A failing filter is relaxed — the dealbreaker becomes "sehr wichtig", the area unlimited, the
 * listing's precondition met — and the listing assessed again, until it passes or a filter cannot
 * be relaxed (a group never sees projects). The relaxed score is what it would score without them.
 */
import type { Answers } from '../questionnaire/types';
import { catalogueV1 } from '../questionnaire/v1';
import { assess, createScratch, type Scratch } from './assess';
import * as D from './dimensions';
import { explainAssessed } from './engine';
import { prepareListings, type PreparedListings } from './prepared';
import { scoreOf } from './scales';
import { compileSeeker, type SeekerPlan } from './seeker-plan';
import { messages, type Locale } from '../i18n';
import type { MatchListing, MatchResult, SeekerContext } from './types';

export interface DimensionFit {
  questionId: string;
  /** 0–1 as the seeker sees it; null when the seeker gave it no weight. */
  seekerFit: number | null;
  /** 0–1 as the project sees it; null when the project gave it no weight. */
  projectFit: number | null;
}

export interface Breakdown {
  /** Passes every hard filter as answered. */
  passed: boolean;
  /** Question ids of the failed hard filters, in the order they were found. */
  failed: string[];
  /** Score and reasons with the failed filters relaxed (null if one could not be relaxed). */
  relaxed: MatchResult | null;
  dimensions: DimensionFit[];
}

const MAX_RELAXATIONS = 30;

/** Relaxes the failed filter in place; false when it cannot be relaxed. */
function relax(questionId: string, answers: Answers, listing: MatchListing, ctx: { target?: SeekerContext['target'] }): boolean {
  switch (questionId) {
    case 'who.seekerType':
      return false;
    case 'where.radiusKm':
      if (ctx.target) ctx.target = { ...ctx.target, radiusKm: Number.POSITIVE_INFINITY };
      return true;
    case 'who.adults':
      listing.freePlaces = Math.max(1, listing.freePlaces);
      return true;
    case 'who.children':
      listing.childrenWelcome = true;
      return true;
    case 'who.pets':
      listing.petsAllowed = 'dog';
      return true;
    case 'money.equity':
      listing.equityRequiredCents = 0;
      return true;
  }
  const mine = answers[questionId];
  if (mine?.importance === 3) {
    answers[questionId] = { ...mine, importance: 2 };
    return true;
  }
  const theirs = listing.profile[questionId];
  if (theirs?.importance === 3) {
    listing.profile = { ...listing.profile, [questionId]: { ...theirs, importance: 2 } };
    return true;
  }
  return false;
}

/**
 * Seeker plans by the relaxations applied to the seeker's side (the plan depends only on those)
 * and a scratch, shared by `breakdown`/`relaxedScore` over many listings for one seeker (the
 * partial matches of an empty result).
 */
export interface PlanCache {
  plans: Map<string, SeekerPlan>;
  scratch: Scratch;
}

export const planCache = (): PlanCache => ({ plans: new Map(), scratch: createScratch() });

/** A listing already prepared with others (a scope's listings): where it sits among them. */
export interface PreparedAt {
  prepared: PreparedListings;
  index: number;
}

/**
 * A listing prepared again after relaxations on its side, per original listing and the questions
 * relaxed in order (what the relaxed listing depends on alone). The partial matches of an empty
 * result relax the same few filters of the same pool request after request; the pool's listings
 * are the isolate's cached objects, so entries go with them.
 */
const relaxedListings = new WeakMap<MatchListing, Map<string, PreparedListings>>();
const MAX_RELAXED_PER_LISTING = 16;

function prepareRelaxed(original: MatchListing, relaxed: MatchListing, listingSide: readonly string[]): PreparedListings {
  const key = listingSide.join('|');
  let known = relaxedListings.get(original);
  let prepared = known?.get(key);
  if (prepared) return prepared;
  // A copy: the caller goes on relaxing `relaxed` in place, and the entry must keep this state.
  prepared = prepareListings([{ ...relaxed }]);
  if (!known) relaxedListings.set(original, (known = new Map()));
  if (known.size < MAX_RELAXED_PER_LISTING) known.set(key, prepared);
  return prepared;
}

/**
 * Relaxes failing filters one by one until the listing passes or one cannot be relaxed. The
 * listing is prepared again only after a relaxation on its side; `at` spares the first preparing.
 */
function relaxUntilPass(answers: Answers, listing: MatchListing, ctx: SeekerContext, { plans }: PlanCache, scratch: Scratch, at?: PreparedAt) {
  const a: Answers = { ...answers };
  // Relaxing replaces `profile` rather than changing it, so a shallow copy keeps the listing intact.
  const l: MatchListing = { ...listing };
  const c: { target?: SeekerContext['target'] } = ctx.target ? { target: { ...ctx.target } } : {};
  const failed: string[] = [];
  // What the relaxations changed on the seeker's side (its dealbreakers, the area), as a plan key.
  const seekerSide: string[] = [];
  const listingSide: string[] = [];
  const planFor = (): SeekerPlan => {
    const key = seekerSide.join('|');
    let plan = plans.get(key);
    if (!plan) plans.set(key, (plan = compileSeeker(a, c)));
    return plan;
  };
  let plan = planFor();
  let { prepared, index } = at ?? { prepared: prepareListings([l]), index: 0 };
  let failing = assess(plan, prepared, index, scratch);
  while (failing !== null && failed.length < MAX_RELAXATIONS) {
    failed.push(failing);
    const before = a[failing];
    if (!relax(failing, a, l, c)) break;
    if (failing === 'where.radiusKm' || a[failing] !== before) {
      seekerSide.push(failing);
      plan = planFor();
    } else {
      listingSide.push(failing);
      prepared = prepareRelaxed(listing, l, listingSide);
      index = 0;
    }
    failing = assess(plan, prepared, index, scratch);
  }
  return { failed, ok: failing === null, plan, prepared, index, scratch };
}

/**
 * @example
 * const { passed, failed, dimensions } = breakdown(answers, listing, ctx);
 */
export function breakdown(answers: Answers, listing: MatchListing, ctx: SeekerContext, cache: PlanCache = planCache(), at?: PreparedAt): Breakdown {
  // A scratch of its own: explaining fills its per-ranking reason cache.
  const { failed, ok, plan, prepared, index, scratch } = relaxUntilPass(answers, listing, ctx, cache, createScratch(), at);
  const dimensions: DimensionFit[] = ok
    ? D.SLOT_QUESTION.map((questionId, slot) => ({
        questionId,
        seekerFit: (plan.weight[slot] ?? 0) > 0 ? (scratch.fitS[slot] ?? null) : null,
        projectFit: (prepared.weight[index * D.SLOT_COUNT + slot] ?? 0) > 0 ? (scratch.fitP[slot] ?? null) : null,
      }))
    : [];
  // The scratch holds the final assessment: explain it (what scoreListing would compute again).
  return { passed: failed.length === 0, failed, relaxed: ok ? explainAssessed(plan, prepared, index, scratch) : null, dimensions };
}

/**
 * `breakdown`'s failed filters and relaxed score (null: not relaxable) without explaining, to rank
 * many listings of which only a few are shown.
 */
export function relaxedScore(answers: Answers, listing: MatchListing, ctx: SeekerContext, cache: PlanCache, at?: PreparedAt): { failed: string[]; score: number | null } {
  const { failed, ok, scratch } = relaxUntilPass(answers, listing, ctx, cache, cache.scratch, at);
  return { failed, score: ok ? scoreOf(scratch.seekerFit, scratch.projectFit) : null };
}

/** Why a partial match failed, in words: a fixed text or "not met: <question>". */
export function failedText(questionId: string, locale: Locale): string {
  const t = messages(locale).fit;
  const fixed = t.failed[questionId];
  if (fixed) return fixed;
  const q = catalogueV1.questions.find((x) => x.id === questionId);
  return t.dealbreakerNotMet((q?.label ?? q?.projectLabel)?.[locale] ?? questionId);
}
