/**
 * Restoring what a reload kept (`session.ts`): the stored entry read and checked, its answers fitted
 * to the current catalogue, the journey rebuilt. Only a returning visitor needs it, so it is a
 * chunk of its own, fetched by widget.js together with the first chunk when the tab has an entry
 * for the key.
 */
import type { Catalogue } from '../api/shapes';
import { freshJourney, type Journey } from './journey';
import { emptyProgress, isTextKind, visibleSteps, type Progress } from './questionnaire';
import { sessionKey, storage, type SavedView, type Session } from './session';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The stored entry of a key, if it is one this widget wrote. */
export function loadSession(key: string): Session | undefined {
  try {
    const raw = storage()?.getItem(sessionKey(key));
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

/**
 * Keeps only what still fits the catalogue (a restored session may predate a catalogue change):
 * known questions, existing options, importance 0–3.
 */
export function sanitizeProgress(catalogue: Catalogue, input: Progress): Progress {
  const out = emptyProgress();
  for (const q of catalogue.questions) {
    const options = new Set((q.options ?? []).map((o) => o.value));
    const value = input.values[q.id];
    const text = input.texts[q.id];
    const importance = input.importance[q.id];
    if (isTextKind(q)) {
      if (typeof text === 'string') out.texts[q.id] = text.slice(0, 32);
    } else if (q.kind === 'boolean') {
      if (typeof value === 'boolean') out.values[q.id] = value;
    } else if (q.kind === 'single') {
      if (typeof value === 'string' && options.has(value)) out.values[q.id] = value;
    } else if (Array.isArray(value)) {
      const kept = [...new Set(value.filter((v) => typeof v === 'string' && options.has(v)))];
      if (kept.length) out.values[q.id] = kept;
    }
    if (q.weighted && (importance === 0 || importance === 1 || importance === 2 || importance === 3)) out.importance[q.id] = importance;
  }
  return out;
}

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

/**
 * The journey a reload kept for `key`, and whether to ask for matches (and reopen a listing) again.
 * @example
 * const { journey, search } = resumeJourney(config.questionnaire, key);
 */
export const resumeJourney = (catalogue: Catalogue, key: string) => restoreJourney(catalogue, loadSession(key));
