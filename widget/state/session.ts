/**
 * Persistence of a seeker's progress in `sessionStorage`, one entry per publishable key: answers
 * survive a reload but not the tab, and "start over" removes them. Storage may be unavailable
 * (privacy modes, sandboxed frames); then the widget simply keeps state in memory. Reading an entry
 * back and checking it is `resume.ts`, a chunk only a returning visitor fetches.
 */
import type { Attempt } from '../api/attempt';
import type { Progress } from './questionnaire';

/** 'detail' also stands for the contact form: what was typed there is not kept. */
export type SavedView = 'intro' | 'step' | 'results' | 'detail';

export interface Session {
  v: 1;
  catalogueVersion: string;
  view: SavedView;
  /** Index into the visible steps. */
  step: number;
  progress: Progress;
  statsOptOut: boolean;
  /** The listing open in the detail view. */
  detail?: string;
  /** The last matches request and its Idempotency-Key, so re-sending it is never counted twice. */
  submission?: Attempt;
}

/** The storage entry of a publishable key. */
export const sessionKey = (key: string): string => `bring-together:${key}`;

/** The tab's sessionStorage, or undefined where the page may not use it. */
export function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Whether a reload kept something for this key (then the widget fetches `resume.ts` to restore it). */
export const hasSession = (key: string): boolean => !!storage()?.getItem(sessionKey(key));

export function saveSession(key: string, session: Session): void {
  try {
    storage()?.setItem(sessionKey(key), JSON.stringify(session));
  } catch {
    // Quota or disabled storage: progress stays in memory only.
  }
}

export function clearSession(key: string): void {
  try {
    storage()?.removeItem(sessionKey(key));
  } catch {
    // Nothing stored that could be removed.
  }
}
