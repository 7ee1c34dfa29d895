/**
 * Persistence of a seeker's progress in `sessionStorage`, one entry per publishable key: answers
 * survive a reload but not the tab, and "start over" removes them. Storage may be unavailable
 * (privacy modes, sandboxed frames); then the widget simply keeps state in memory.
 */
import type { Attempt } from '../api/client';
import { emptyProgress, type Progress } from './questionnaire';

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

const PREFIX = 'bring-together:';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function loadSession(key: string): Session | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + key);
    if (!raw) return undefined;
    const data: unknown = JSON.parse(raw);
    if (!isRecord(data) || data.v !== 1 || typeof data.catalogueVersion !== 'string' || !isRecord(data.progress)) return undefined;
    const p = data.progress;
    const progress: Progress = {
      ...emptyProgress(),
      ...(isRecord(p.values) ? { values: p.values as Progress['values'] } : {}),
      ...(isRecord(p.texts) ? { texts: p.texts as Progress['texts'] } : {}),
      ...(isRecord(p.importance) ? { importance: p.importance as Progress['importance'] } : {}),
    };
    const view: SavedView = data.view === 'step' || data.view === 'results' || data.view === 'detail' ? data.view : 'intro';
    const sub = data.submission;
    return {
      v: 1,
      catalogueVersion: data.catalogueVersion,
      view,
      step: typeof data.step === 'number' && Number.isInteger(data.step) ? data.step : 0,
      progress,
      statsOptOut: data.statsOptOut === true,
      ...(typeof data.detail === 'string' ? { detail: data.detail } : {}),
      ...(isRecord(sub) && typeof sub.body === 'string' && typeof sub.idempotencyKey === 'string'
        ? { submission: { body: sub.body, idempotencyKey: sub.idempotencyKey } }
        : {}),
    };
  } catch {
    return undefined;
  }
}

export function saveSession(key: string, session: Session): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(session));
  } catch {
    // Quota or disabled storage: progress stays in memory only.
  }
}

export function clearSession(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing stored that could be removed.
  }
}
