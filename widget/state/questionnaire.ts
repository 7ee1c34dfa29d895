/**
 * Questionnaire logic without DOM: which questions and steps a seeker sees, parsing and checking
 * what they typed, and turning their progress into the `answers` of `POST /v1/matches`.
 * The catalogue is data, so nothing here knows a particular question except the seeker type,
 * which `onlyFor` refers to.
 */
import type { Answers, Catalogue, Importance, Question, Step } from '../api/shapes';
import type { AnswerValue } from '../../worker/questionnaire/types';

/** The question whose answer (`household` | `group`) decides `onlyFor`. */
export const SEEKER_TYPE = 'who.seekerType';

export const DEFAULT_IMPORTANCE: Importance = 1;

/** Everything the seeker has entered so far (persisted per publishable key). */
export interface Progress {
  /** Choice answers: single → option value, multi → option values, boolean → boolean. */
  values: Record<string, string | string[] | boolean>;
  /** Number and postcode fields exactly as typed, so nothing is lost while it is still invalid. */
  texts: Record<string, string>;
  /** Importance per weighted question; absent means the default (1, wichtig). */
  importance: Record<string, Importance>;
}

export const emptyProgress = (): Progress => ({ values: {}, texts: {}, importance: {} });

export type ProblemCode = 'required' | 'integer' | 'range' | 'postcode' | 'unknownPostcode' | 'server';

/** A validation problem of one field; the UI turns it into text in the current locale. */
export interface FieldProblem {
  code: ProblemCode;
  min?: number;
  max?: number;
  /** The server's message, for problems the widget cannot name itself. */
  message?: string;
}

export type Problems = Map<string, FieldProblem>;

/** What a question reports when the seeker changes it (`bring-together-question`'s event). */
export type QuestionChange =
  | { id: string; type: 'value'; value: string | string[] | boolean | undefined }
  | { id: string; type: 'text'; text: string }
  | { id: string; type: 'importance'; importance: Importance };

export const isTextKind = (q: Question): boolean => q.kind === 'count' || q.kind === 'money' || q.kind === 'postcode';

/** Seeker-facing, and meant for this kind of seeker. */
export function isVisible(q: Question, progress: Progress): boolean {
  if (q.side === 'project' || !q.label) return false;
  return q.onlyFor === undefined || progress.values[SEEKER_TYPE] === q.onlyFor;
}

export const questionsForStep = (catalogue: Catalogue, stepId: string, progress: Progress): Question[] =>
  catalogue.questions.filter((q) => q.step === stepId && isVisible(q, progress));

/** Steps that have at least one question for this seeker. */
export const visibleSteps = (catalogue: Catalogue, progress: Progress): Step[] =>
  catalogue.steps.filter((s) => questionsForStep(catalogue, s.id, progress).length > 0);

/** Numbers may be typed with thousands separators (`1.200`, `1 200`) and a trailing `€`. */
export function parseText(q: Question, raw: string): { value?: number | string; problem?: FieldProblem } {
  const text = raw.trim().replace(/\s*€$/, '');
  if (!text) return {};
  if (q.kind === 'postcode') {
    const code = text.replace(/\s/g, '');
    return /^\d{5}$/.test(code) ? { value: code } : { problem: { code: 'postcode' } };
  }
  const digits = /^\d{1,3}([.,\s\u00a0\u202f']\d{3})+$/.test(text) ? text.replace(/\D/g, '') : text;
  if (!/^-?\d+$/.test(digits)) return { problem: { code: 'integer' } };
  const n = Number(digits);
  const min = q.min ?? 0;
  const max = q.max ?? 1_000_000;
  if (n < min || n > max) return { problem: { code: 'range', min, max } };
  return { value: n };
}

/** The answer's value if it is complete and valid, else undefined. */
export function answerValue(q: Question, progress: Progress): AnswerValue | undefined {
  if (isTextKind(q)) return parseText(q, progress.texts[q.id] ?? '').value;
  const value = progress.values[q.id];
  return Array.isArray(value) && value.length === 0 ? undefined : value;
}

export function isAnswered(q: Question, progress: Progress): boolean {
  if (isTextKind(q)) return (progress.texts[q.id] ?? '').trim() !== '';
  return answerValue(q, progress) !== undefined;
}

export function validateQuestion(q: Question, progress: Progress): FieldProblem | undefined {
  if (!isAnswered(q, progress)) return q.required ? { code: 'required' } : undefined;
  return isTextKind(q) ? parseText(q, progress.texts[q.id] ?? '').problem : undefined;
}

/** The progress after one change (a new object: the widget re-renders on identity). */
export function applyChange(progress: Progress, change: QuestionChange): Progress {
  const next: Progress = { values: { ...progress.values }, texts: { ...progress.texts }, importance: { ...progress.importance } };
  if (change.type === 'text') next.texts[change.id] = change.text;
  else if (change.type === 'importance') next.importance[change.id] = change.importance;
  else if (change.value === undefined) delete next.values[change.id];
  else next.values[change.id] = change.value;
  return next;
}

/** Once a field was flagged, it is checked again as the seeker corrects it; others stay unflagged. */
export function recheck(catalogue: Catalogue, problems: Problems, id: string, progress: Progress): Problems {
  if (!problems.has(id)) return problems;
  const q = catalogue.questions.find((x) => x.id === id);
  const problem = q ? validateQuestion(q, progress) : undefined;
  const next = new Map(problems);
  if (problem) next.set(id, problem);
  else next.delete(id);
  return next;
}

/** Problems of one step, in question order. */
export function validateStep(catalogue: Catalogue, stepId: string, progress: Progress): Problems {
  const problems: Problems = new Map();
  for (const q of questionsForStep(catalogue, stepId, progress)) {
    const problem = validateQuestion(q, progress);
    if (problem) problems.set(q.id, problem);
  }
  return problems;
}

/** Groups looking for a building see properties, with wording to match. */
export const seeksAsGroup = (progress: Progress): boolean => progress.values[SEEKER_TYPE] === 'group';

export const hasAnswers = (progress: Progress): boolean =>
  Object.keys(progress.values).length > 0 || Object.values(progress.texts).some((t) => t.trim() !== '');
