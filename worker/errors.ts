/**
 * The error every layer may throw: a problem in the sense of RFC 9457, with the HTTP status it
 * stands for and the fields that were wrong. Domain modules throw it (an unknown key, a listing
 * outside the scope); the app's error handler (worker/app.ts) answers it as problem+json.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface FieldError {
  /** Dotted path of the offending input, e.g. `answers.who.adults.value`. */
  field: string;
  message: string;
  /** Machine code a client can localize, e.g. `too_small`, `unknown_field`, `unknown_postcode`. */
  code?: string;
}

/** Thrown anywhere in a handler; the app's error handler turns it into a problem response. */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    detail: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
  }
}
