/**
 * What the search and the later screens read from a journey (`journey.ts`): a read's value, the
 * match and title of the open listing, the step the answers still need work on. Apart from the
 * journey itself, so it loads with them and not before the first question.
 */
import type { Catalogue, FieldError, Match } from '../api/shapes';
import type { Journey, Loaded } from './journey';
import { questionsForStep, validateStep, visibleSteps, type FieldProblem, type Problems, type Progress } from './questionnaire';

/** `answers.who.adults.value` → `who.adults` (question ids contain dots, so match known ids). */
export function questionIdOfField(catalogue: Catalogue, field: string): string | undefined {
  const path = field.replace(/^answers\./, '');
  let best: string | undefined;
  for (const q of catalogue.questions) {
    if ((path === q.id || path.startsWith(`${q.id}.`)) && q.id.length > (best?.length ?? 0)) best = q.id;
  }
  return best;
}

export const valueOf = <T>(loaded: Loaded<T> | undefined): T | undefined => (loaded?.status === 'ready' ? loaded.value : undefined);

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
