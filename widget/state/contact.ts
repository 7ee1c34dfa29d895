/**
 * The contact request without DOM. What a project will see of a seeker: the same rules as the
 * API's contact snapshot (`worker/contact/summary.ts`), so the preview shows exactly what is sent;
 * health-related answers and the reasons about them are shared only with their own consent
 * (`shareNeeds`). And the form's own checks, and the API's refusals mapped back onto its fields.
 */
import type { ApiError } from '../api/client';
import type { Answers, Catalogue, Locale, Reason as LocalizedReason } from '../api/shapes';
import type { ContactDraft, ContactField, ContactProblem, ContactProblems } from './forms';

/** Never shared with a project: the seeker's current postcode (it only yields a district for statistics). */
const NEVER_SHARED = 'who.originPostcode';

/**
 * Whether a question reveals health or care needs: the catalogue's own `sensitive` flag, the one
 * the server's snapshot rules read too.
 */
export const isSensitive = (catalogue: Catalogue, questionId: string): boolean =>
  catalogue.questions.some((q) => q.id === questionId && q.sensitive === true);

/** Whether the seeker gave any health-related answer at all (then the extra consent is offered). */
export const hasSensitiveAnswers = (catalogue: Catalogue, answers: Answers): boolean =>
  catalogue.questions.some((q) => q.sensitive === true && answers[q.id] !== undefined);

/** Reasons the project will see. */
export const sharedReasons = (catalogue: Catalogue, reasons: LocalizedReason[], shareNeeds: boolean): LocalizedReason[] =>
  reasons.filter((r) => shareNeeds || !isSensitive(catalogue, r.questionId));

export interface SharedAnswer {
  id: string;
  label: string;
  value: string;
  sensitive: boolean;
}

/** The answers the project will see, as label and value text in the seeker's language. */
export function sharedAnswerTexts(
  catalogue: Catalogue,
  answers: Answers,
  shareNeeds: boolean,
  locale: Locale,
  words: { yes: string; no: string },
  formatNumber: (n: number) => string,
): SharedAnswer[] {
  const out: SharedAnswer[] = [];
  for (const q of catalogue.questions) {
    const answer = answers[q.id];
    const sensitive = q.sensitive === true;
    if (!answer || q.id === NEVER_SHARED || (!shareNeeds && sensitive)) continue;
    const option = (v: string) => q.options?.find((o) => o.value === v)?.label[locale] ?? v;
    const v = answer.value;
    const value =
      typeof v === 'boolean'
        ? v
          ? words.yes
          : words.no
        : typeof v === 'number'
          ? `${formatNumber(v)}${q.unit ? ` ${q.unit[locale]}` : ''}`
          : Array.isArray(v)
            ? v.map(option).join(', ')
            : option(String(v));
    out.push({ id: q.id, label: q.label?.[locale] ?? q.id, value, sensitive });
  }
  return out;
}

/** Light client-side checks; the API checks again and its field errors are shown the same way. */
export function validateDraft(d: ContactDraft, fields: readonly ContactField[] = ['name', 'email', 'message', 'consentContact']): Map<ContactField, ContactProblem> {
  const problems = new Map<ContactField, ContactProblem>();
  for (const f of fields) {
    if (f === 'consentContact') {
      if (!d.consentContact) problems.set(f, 'consent');
      continue;
    }
    const v = d[f].trim();
    if (!v) problems.set(f, 'required');
    else if (f === 'email' && !isEmail(v)) problems.set(f, 'email');
    else if ((f === 'name' && v.length > 120) || (f === 'message' && v.length > 4000) || (f === 'email' && v.length > 254)) problems.set(f, 'tooLong');
  }
  return problems;
}

export const isEmail = (v: string): boolean => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(v.trim());

/** API field paths (`consent.contact`, `email`, …) → form fields. */
export function contactFieldOf(apiField: string): ContactField | 'turnstile' | undefined {
  if (apiField === 'name' || apiField === 'email' || apiField === 'message') return apiField;
  if (apiField.startsWith('consent')) return 'consentContact';
  if (apiField === 'turnstileToken') return 'turnstile';
  return undefined;
}

/**
 * The API's refusal as problems next to the form's fields (a 400 or 403 naming fields, or a
 * refused spam check); undefined when the failure is not about what was typed.
 */
export function contactProblemsOf(error: Pick<ApiError, 'code' | 'status' | 'fieldErrors'>): ContactProblems | undefined {
  const problems: ContactProblems = new Map();
  for (const f of error.fieldErrors) {
    const field = contactFieldOf(f.field);
    if (field === 'turnstile') problems.set('turnstile', 'turnstile');
    else if (field) problems.set(field, field === 'consentContact' ? 'consent' : field === 'email' ? 'email' : 'required');
  }
  if (error.code === 'turnstile_failed') problems.set('turnstile', 'turnstile');
  return (error.status === 400 || error.status === 403) && problems.size ? problems : undefined;
}
