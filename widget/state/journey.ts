/**
 * The seeker's way through the widget as one value (no DOM): the screen, the answers, what the
 * API answered, what was typed into the forms. "Start over" is `freshJourney()`. Whatever can be
 * derived (visible steps, group wording, the match of the open listing) is derived, never stored.
 */
import type { ApiError, Attempt } from '../api/client';
import type { Catalogue, FieldError, FitResponse, Match, MatchesResponse } from '../api/shapes';
import { freshContactForm, freshNotifyForm, type ContactForm, type NotifyForm } from './forms';
import {
  emptyProgress,
  hasAnswers,
  questionIdOfField,
  questionsForStep,
  sanitizeProgress,
  validateStep,
  visibleSteps,
  type FieldProblem,
  type Problems,
  type Progress,
} from './questionnaire';
import type { SortKey } from './results';
import type { Session } from './session';

export type Screen = 'intro' | 'step' | 'results' | 'detail' | 'contact' | 'browse' | 'groups';

/** A read as its screen shows it. */
export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: ApiError };

export interface Journey {
  screen: Screen;
  /** Index into the visible steps. */
  step: number;
  progress: Progress;
  statsOptOut: boolean;
  /** Problems of the current step, shown next to the fields and in the error summary. */
  problems: Problems;
  /** The last matches request and its key, so asking again is never counted twice. */
  submission?: Attempt;
  results?: Loaded<MatchesResponse>;
  sortKey: SortKey;
  /** The listing open in the detail and contact screens. */
  listingId?: string;
  /** The detail was opened from "Browse all" (not from the results): its way back leads there. */
  back?: 'browse';
  detail?: Loaded<FitResponse>;
  contact: ContactForm;
  notify: NotifyForm;
}

export const freshJourney = (): Journey => ({
  screen: 'intro',
  step: 0,
  progress: emptyProgress(),
  statsOptOut: false,
  problems: new Map(),
  sortKey: 'fit',
  contact: freshContactForm(),
  notify: freshNotifyForm(),
});

export const valueOf = <T>(loaded: Loaded<T> | undefined): T | undefined => (loaded?.status === 'ready' ? loaded.value : undefined);

/** A journey from what a reload kept, and whether to ask for matches (and reopen a listing) again. */
export function restoreJourney(catalogue: Catalogue, saved: Session | undefined): { journey: Journey; search: boolean; detail?: string } {
  const usable = saved?.catalogueVersion === catalogue.version ? saved : undefined;
  const journey = freshJourney();
  if (!usable) return { journey, search: false };
  const progress = sanitizeProgress(catalogue, usable.progress);
  const steps = visibleSteps(catalogue, progress);
  journey.progress = progress;
  journey.statsOptOut = usable.statsOptOut;
  journey.submission = usable.submission;
  journey.step = Math.min(Math.max(usable.step, 0), Math.max(steps.length - 1, 0));
  journey.screen = usable.view === 'step' && steps.length ? 'step' : 'intro';
  const search = usable.view === 'results' || usable.view === 'detail';
  return { journey, search, ...(search && usable.detail ? { detail: usable.detail } : {}) };
}

/** What a reload keeps; undefined when there is nothing worth keeping (then storage is emptied). */
export function toSession(journey: Journey, catalogueVersion: string): Session | undefined {
  const { screen, progress, statsOptOut, submission, listingId } = journey;
  if (screen === 'intro' && !hasAnswers(progress) && !statsOptOut) return undefined;
  // Nothing typed into the contact form is kept: a reload there comes back to the listing's detail;
  // one while browsing or in the groups comes back to the intro (answers kept), where both are again.
  const view = screen === 'contact' ? 'detail' : screen === 'browse' || screen === 'groups' ? 'intro' : screen;
  return {
    v: 1,
    catalogueVersion,
    view,
    step: journey.step,
    ...(view === 'detail' && listingId ? { detail: listingId } : {}),
    progress,
    statsOptOut,
    ...(submission ? { submission } : {}),
  };
}

/** A step to show with its problems. */
export interface StepProblems {
  index: number;
  problems: Problems;
}

/** The first visible step that is not complete, with its problems; undefined when all are. */
export function firstInvalidStep(catalogue: Catalogue, progress: Progress): StepProblems | undefined {
  for (const [index, step] of visibleSteps(catalogue, progress).entries()) {
    const problems = validateStep(catalogue, step.id, progress);
    if (problems.size) return { index, problems };
  }
  return undefined;
}

/** The API's field errors on the first step they belong to; undefined when none names a question. */
export function serverProblems(catalogue: Catalogue, progress: Progress, fieldErrors: readonly FieldError[]): StepProblems | undefined {
  const byQuestion = new Map<string, FieldProblem>();
  for (const fe of fieldErrors) {
    const id = questionIdOfField(catalogue, fe.field);
    if (!id || byQuestion.has(id)) continue;
    const q = catalogue.questions.find((x) => x.id === id);
    const unknownPostcode = fe.code === 'unknown_postcode' || (q?.kind === 'postcode' && /unknown/i.test(fe.message));
    byQuestion.set(id, unknownPostcode ? { code: 'unknownPostcode' } : { code: 'server', message: fe.message });
  }
  const steps = visibleSteps(catalogue, progress);
  const index = steps.findIndex((s) => questionsForStep(catalogue, s.id, progress).some((q) => byQuestion.has(q.id)));
  const step = steps[index];
  if (!step) return undefined;
  const problems: Problems = new Map();
  for (const q of questionsForStep(catalogue, step.id, progress)) {
    const p = byQuestion.get(q.id);
    if (p) problems.set(q.id, p);
  }
  return { index, problems };
}

/** The match (or near miss) of the current results with this listing id. */
export function resultFor(journey: Journey, id: string | undefined): Match | undefined {
  const results = valueOf(journey.results);
  return results?.matches.find((m) => m.listing.id === id) ?? results?.alternatives?.find((m) => m.listing.id === id);
}

/** The open listing's title: from its detail, else from its card. */
export const listingTitle = (journey: Journey): string =>
  valueOf(journey.detail)?.listing.title ?? resultFor(journey, journey.listingId)?.listing.title ?? '';
