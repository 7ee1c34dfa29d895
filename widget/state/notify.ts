/** "Notify me" (saved search) without DOM: what the form checks before sending, and the API's refusals. */
import type { ApiError } from '../api/client';
import { isEmail } from './contact';
import type { NotifyField, NotifyProblem } from './forms';

export type NotifyProblems = Map<NotifyField, NotifyProblem>;

export function validateNotify(email: string, consent: boolean): NotifyProblems {
  const problems: NotifyProblems = new Map();
  if (!email.trim()) problems.set('email', 'required');
  else if (!isEmail(email)) problems.set('email', 'email');
  if (!consent) problems.set('consent', 'consent');
  return problems;
}

/** A refused address or spam check as a problem in the form; undefined for any other failure. */
export function notifyProblemsOf(error: Pick<ApiError, 'code' | 'fieldErrors'>): NotifyProblems | undefined {
  if (error.fieldErrors.some((f) => f.field === 'email')) return new Map([['email', 'email']]);
  if (error.code === 'turnstile_failed' || error.fieldErrors.some((f) => f.field === 'turnstileToken')) return new Map([['turnstile', 'turnstile']]);
  return undefined;
}
