/**
 * A small fetch wrapper for the public API. Every failure becomes an `ApiError` the UI can branch
 * on: a problem+json answer keeps its `code`, `errors` and request id; network failures, timeouts
 * and unreadable answers get their own `kind`, so the widget can offer a retry.
 */
import type { EmbedConfig, FieldError, Problem } from './shapes';
import { ACCEPT, configPath, FETCH_INIT } from './config-request';

export type ApiErrorKind =
  /** The server answered with an error status (`problem` holds the body when it was problem+json). */
  | 'http'
  /** No answer: offline, DNS, CORS refusal, connection reset. */
  | 'network'
  | 'timeout'
  /** The caller aborted (element removed, new request); never shown to the user. */
  | 'aborted'
  /** A 2xx answer that is not the JSON we expect. */
  | 'invalid';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status = 0,
    readonly problem?: Problem,
    /** Seconds from a `Retry-After` header, when the server sent one. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  /** Machine code from the problem body (`unknown_key`, `origin_not_allowed`, …) or the kind. */
  get code(): string {
    return this.problem?.code ?? (this.kind === 'http' ? `http_${this.status}` : this.kind);
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }

  get requestId(): string | undefined {
    return this.problem?.requestId;
  }

  /** Worth trying again unchanged: no answer, rate limited or a server-side failure. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.status === 429 || this.status >= 500;
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Sent as `Idempotency-Key`, so retrying the same request never counts twice. */
  idempotencyKey?: string;
  /** The answer of this very request, already asked for by widget.js (`api/config-request.ts`). */
  started?: Promise<Response>;
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isProblem(v: unknown): v is Problem {
  return isObject(v) && typeof v.status === 'number' && typeof v.title === 'string';
}

function isEmbedConfig(v: unknown): v is EmbedConfig {
  if (!isObject(v) || !isObject(v.embed) || !isObject(v.questionnaire)) return false;
  const q = v.questionnaire;
  return Array.isArray(q.steps) && Array.isArray(q.questions) && isObject(q.importance);
}

export class ApiClient {
  /** `base` is the API origin (or origin + path prefix), without a trailing slash. */
  constructor(
    readonly base: string,
    private readonly timeoutMs = 20_000,
  ) {}

  /** The only request before the first question: embed settings and the catalogue together. */
  async config(key: string, opts: RequestOptions = {}): Promise<EmbedConfig> {
    const body = await this.request(configPath(key), { method: 'GET' }, opts);
    if (!isEmbedConfig(body)) throw new ApiError('invalid', 'Unexpected configuration response.');
    return body;
  }

  /** An absolute http(s) URL for a path the API returned (photos may be relative), else undefined. */
  resolve(url: string | undefined | null): string | undefined {
    if (!url) return undefined;
    try {
      const resolved = new URL(url, `${this.base}/`);
      return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : undefined;
    } catch {
      return undefined;
    }
  }

  /** Any call of the API; the later screens' own requests (api/search.ts, api/browse.ts, api/writes.ts) use it from their chunk. */
  async request(path: string, init: RequestInit, opts: RequestOptions): Promise<unknown> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const forwardAbort = () => controller.abort();
    if (opts.signal?.aborted) controller.abort();
    opts.signal?.addEventListener('abort', forwardAbort, { once: true });

    const headers: Record<string, string> = { Accept: ACCEPT };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;

    try {
      let res: Response;
      try {
        res = await (opts.started ? untilAborted(opts.started, controller.signal) : fetch(`${this.base}${path}`, { ...init, headers, ...FETCH_INIT, signal: controller.signal }));
      } catch {
        if (timedOut) throw new ApiError('timeout', `No answer within ${this.timeoutMs} ms.`);
        if (opts.signal?.aborted) throw new ApiError('aborted', 'Aborted.');
        throw new ApiError('network', 'The API could not be reached.');
      }

      let body: unknown;
      try {
        body = (res.headers.get('content-type') ?? '').includes('json') ? await res.json() : undefined;
      } catch {
        if (timedOut) throw new ApiError('timeout', `No answer within ${this.timeoutMs} ms.`);
        if (opts.signal?.aborted) throw new ApiError('aborted', 'Aborted.');
        body = undefined;
      }

      if (!res.ok) {
        const problem = isProblem(body) ? body : undefined;
        const retryAfter = Number(res.headers.get('retry-after')) || undefined;
        throw new ApiError('http', problem?.detail ?? problem?.title ?? `HTTP ${res.status}`, res.status, problem, retryAfter);
      }
      if (body === undefined) throw new ApiError('invalid', 'The answer was not JSON.', res.status);
      return body;
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', forwardAbort);
    }
  }
}

/** An answer already asked for, given up on when `signal` aborts (timeout, element removed). */
const untilAborted = (response: Promise<Response>, signal: AbortSignal): Promise<Response> =>
  new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
    if (signal.aborted) reject(new Error('aborted'));
    response.then(resolve, reject);
  });
