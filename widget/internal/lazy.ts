/**
 * Parts of a widget that live in their own chunk and load on first use (`import()` next to the
 * entry, so nothing of a later screen is fetched before the seeker gets there). Each part is set
 * up once per widget; a chunk that cannot be fetched (offline) is reported as a network error and
 * fetched again on the next use. Browsers keep a failed module fetch in the document's module map
 * (Chromium since about version 150: importing the same URL again fails at once, without a request),
 * so each loader is told which attempt it is and fetches a retry under a fresh URL (`?retry=N`).
 */
import type { ReactiveControllerHost } from 'lit';
import { ApiError } from '../api/client';

export class LazyParts<K extends string, V> {
  private readonly parts = new Map<K, V>();
  private readonly failures = new Map<K, ApiError>();
  private readonly loading = new Map<K, Promise<V | undefined>>();
  private readonly attempts = new Map<K, number>();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Each part's loader; `attempt` is 0 the first time and counts the retries after a failure. */
    private readonly loaders: Record<K, (attempt: number) => Promise<V>>,
    private readonly failed: (key: K, error: ApiError) => void,
  ) {}

  /** The part if its chunk is there. */
  get(key: K): V | undefined {
    return this.parts.get(key);
  }

  /** Why the last attempt to fetch the part failed (until the next attempt starts). */
  failure(key: K): ApiError | undefined {
    return this.failures.get(key);
  }

  /** The part, fetched once; undefined when its chunk could not be fetched. */
  load(key: K): Promise<V | undefined> {
    const part = this.parts.get(key);
    if (part) return Promise.resolve(part);
    let loading = this.loading.get(key);
    if (!loading) {
      this.failures.delete(key);
      const attempt = this.attempts.get(key) ?? 0;
      this.attempts.set(key, attempt + 1);
      loading = this.loaders[key](attempt).then(
        (v) => {
          this.parts.set(key, v);
          return v;
        },
        () => {
          const error = new ApiError('network', 'A part of the widget could not be loaded.');
          this.failures.set(key, error);
          this.failed(key, error);
          return undefined;
        },
      );
      this.loading.set(key, loading);
      void loading.then(() => {
        this.loading.delete(key);
        this.host.requestUpdate();
      });
    }
    return loading;
  }

  /** Settles once the part's chunk has arrived or failed (at once when nothing is loading). */
  settled(key: string): Promise<unknown> {
    return this.loading.get(key as K) ?? Promise.resolve();
  }
}
