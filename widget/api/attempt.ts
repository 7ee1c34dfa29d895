/**
 * Retrying a write safely: each body sent gets an `Idempotency-Key`, kept while the body stays the
 * same. Only the later screens send writes, so this loads with them (not before the first question).
 */
/** A random `Idempotency-Key` (works on plain-http pages too, unlike `crypto.randomUUID`). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `bt_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** One attempt at sending a body: its `Idempotency-Key` is reused while the body stays the same. */
export interface Attempt {
  body: string;
  idempotencyKey: string;
}

/** The attempt for `body`: the previous one when retrying the same body, else a new key. */
export const attemptFor = (previous: Attempt | undefined, body: string): Attempt =>
  previous?.body === body ? previous : { body, idempotencyKey: newIdempotencyKey() };
