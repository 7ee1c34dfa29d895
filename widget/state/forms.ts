/**
 * What the seeker typed into the two forms (contact request, "notify me") and how far sending
 * got. Plain data, part of the journey (`journey.ts`), so "start over" resets it with everything
 * else. The forms' logic lives in `contact.ts`/`notify.ts` and loads with their screens.
 */
import type { ApiError } from '../api/client';
import type { Attempt } from '../api/attempt';
import type { ContactRequestCreated } from '../api/shapes';

export type FormStatus = 'editing' | 'sending' | 'sent' | 'error';

export interface ContactDraft {
  name: string;
  email: string;
  message: string;
  consentContact: boolean;
  shareNeeds: boolean;
  /** The last body sent and its key; a retry of the same draft reuses it, so it is never stored twice. */
  attempt?: Attempt;
}

export const emptyDraft = (): ContactDraft => ({ name: '', email: '', message: '', consentContact: false, shareNeeds: false });

export type ContactField = 'name' | 'email' | 'message' | 'consentContact';
export type ContactProblem = 'required' | 'email' | 'consent' | 'tooLong';
/** Problems by field, plus a refused spam check. */
export type ContactProblems = Map<ContactField | 'turnstile', ContactProblem | 'turnstile'>;

/** A stored contact request, with what the confirmation screen names. */
export interface ContactSent extends ContactRequestCreated {
  listingId: string;
  email: string;
  title: string;
}

export interface ContactForm {
  draft: ContactDraft;
  status: FormStatus;
  problems: ContactProblems;
  error?: ApiError;
  sent?: ContactSent;
}

export type NotifyField = 'email' | 'consent' | 'turnstile';
export type NotifyProblem = 'required' | 'email' | 'consent' | 'turnstile';

export interface NotifyForm {
  email: string;
  consent: boolean;
  status: FormStatus;
  problems: Map<NotifyField, NotifyProblem>;
  error?: ApiError;
  attempt?: Attempt;
}

export const freshContactForm = (): ContactForm => ({ draft: emptyDraft(), status: 'editing', problems: new Map() });
export const freshNotifyForm = (): NotifyForm => ({ email: '', consent: false, status: 'editing', problems: new Map() });
