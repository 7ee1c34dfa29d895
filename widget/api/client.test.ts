import { describe, expect, it } from 'vitest';
import { attemptFor, newIdempotencyKey } from './attempt';
import { ApiError } from './client';

describe('idempotency keys', () => {
  it('are random and look like bt_ and 32 hex digits', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^bt_[0-9a-f]{32}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });

  it('are reused while the same body is sent again, and new for a changed body', () => {
    const first = attemptFor(undefined, '{"a":1}');
    expect(attemptFor(first, '{"a":1}').idempotencyKey).toBe(first.idempotencyKey);
    const changed = attemptFor(first, '{"a":2}');
    expect(changed).toMatchObject({ body: '{"a":2}' });
    expect(changed.idempotencyKey).not.toBe(first.idempotencyKey);
  });
});

describe('an API error', () => {
  it('names its code from the problem, else from the status or kind', () => {
    const problem = { type: 'about:blank', title: 'Forbidden', status: 403, code: 'origin_not_allowed', requestId: 'req-1', errors: [{ field: 'key', message: 'x' }] };
    const refused = new ApiError('http', 'Forbidden', 403, problem);
    expect([refused.code, refused.requestId, refused.fieldErrors.length]).toEqual(['origin_not_allowed', 'req-1', 1]);
    expect(new ApiError('http', 'x', 502).code).toBe('http_502');
    expect(new ApiError('network', 'x').code).toBe('network');
    expect(new ApiError('network', 'x').fieldErrors).toEqual([]);
  });

  it('is worth retrying without an answer, when rate limited or on a server failure only', () => {
    expect(['network', 'timeout'].map((k) => new ApiError(k as 'network', 'x').retryable)).toEqual([true, true]);
    expect([429, 500, 503, 400, 403, 404].map((s) => new ApiError('http', 'x', s).retryable)).toEqual([true, true, true, false, false, false]);
    expect(new ApiError('invalid', 'x').retryable).toBe(false);
  });
});
