/**
 * The seeker's way through the widget as one value (no DOM): the screen, the answers, what the
 * API answered, what was typed into the forms. "Start over" is `freshJourney()`. Whatever can be
 * derived (visible steps, group wording, the match of the open listing) is derived, never stored.
 */
import type { ApiError } from '../api/client';
import type { Attempt } from '../api/attempt';
import type { Catalogue, FitResponse, MatchesResponse } from '../api/shapes';
import { freshContactForm, freshNotifyForm, type ContactForm, type NotifyForm } from './forms';
import { emptyProgress, hasAnswers, type Problems, type Progress } from './questionnaire';
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
