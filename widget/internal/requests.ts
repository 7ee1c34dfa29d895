/**
 * Requests of one widget: reads cancel each other (only the latest screen's answer matters) and
 * are cancelled when the element leaves the page, then redone when it comes back; writes are never
 * cancelled. Every failure becomes an `ApiError` here, and `errorText` (`error-text.ts`) is the one
 * place that turns one into words for the seeker.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../api/client';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Any failure as an `ApiError`: the client's own, else an unexpected one. */
export const toApiError = (e: unknown): ApiError => (e instanceof ApiError ? e : new ApiError('invalid', String(e)));

async function settle<T>(work: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work };
  } catch (e) {
    return { ok: false, error: toApiError(e) };
  }
}

export class RequestController implements ReactiveController {
  private current: AbortController | undefined;
  /** Redoes the read in flight; kept while it runs. */
  private redo: (() => void) | undefined;
  /** The read a removal from the page interrupted, redone when the element is back. */
  private resume: (() => void) | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A read (config, matches, a listing): cancels the read before it; undefined once cancelled. */
  async read<T>(run: (signal: AbortSignal) => Promise<T>, redo: () => void): Promise<Outcome<T> | undefined> {
    this.current?.abort();
    const current = (this.current = new AbortController());
    this.redo = redo;
    const outcome = await settle(run(current.signal));
    if (this.current === current) this.redo = undefined;
    return outcome.ok || outcome.error.kind !== 'aborted' ? outcome : undefined;
  }

  /** A write (contact request, saved search): never cancelled, its outcome always reported. */
  write<T>(run: () => Promise<T>): Promise<Outcome<T>> {
    return settle(run());
  }

  /** Cancels the read in flight (the seeker moved on from the screen it was for). */
  abort(): void {
    this.current?.abort();
    this.redo = undefined;
  }

  hostConnected(): void {
    const resume = this.resume;
    this.resume = undefined;
    resume?.();
  }

  hostDisconnected(): void {
    const redo = this.redo;
    this.abort();
    this.resume = redo;
  }
}
