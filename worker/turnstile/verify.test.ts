import { describe, expect, it } from 'vitest';
import { DUMMY_TOKEN, SITEVERIFY_URL, verifyTurnstile } from './verify';

/** Stands in for Cloudflare's siteverify server (outside our reach) and records what we sent. */
function siteverify(answer: () => Promise<Response>) {
  const calls: { url: string; form: FormData }[] = [];
  const fetchFn = (async (url: string, init: RequestInit) => {
    calls.push({ url, form: init.body as FormData });
    return answer();
  }) as unknown as typeof fetch;
  return { calls, fetchFn };
}
const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('verifyTurnstile', () => {
  it('passes when siteverify says success, sending secret, token, ip and idempotency key', async () => {
    const server = siteverify(() => json({ success: true }));
    const result = await verifyTurnstile({ secret: 's3cret', token: 'tok', ip: '192.0.2.1', idempotencyKey: 'k1', fetchFn: server.fetchFn });
    expect(result).toEqual({ ok: true });
    expect(server.calls[0]?.url).toBe(SITEVERIFY_URL);
    expect(server.calls[0]?.form.get('secret')).toBe('s3cret');
    expect(server.calls[0]?.form.get('response')).toBe('tok');
    expect(server.calls[0]?.form.get('remoteip')).toBe('192.0.2.1');
    expect(server.calls[0]?.form.get('idempotency_key')).toBe('k1');
  });

  it('fails on an invalid token', async () => {
    const server = siteverify(() => json({ success: false, 'error-codes': ['invalid-input-response'] }));
    expect(await verifyTurnstile({ secret: 's', token: 'bad', fetchFn: server.fetchFn })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('reports a spent or expired token', async () => {
    const server = siteverify(() => json({ success: false, 'error-codes': ['timeout-or-duplicate'] }));
    expect(await verifyTurnstile({ secret: 's', token: 'old', fetchFn: server.fetchFn })).toEqual({ ok: false, reason: 'spent' });
  });

  it('reports unavailable when siteverify times out or errors', async () => {
    const hanging = siteverify(() => new Promise<Response>(() => {}));
    const slow = (async (url: string, init: RequestInit) => {
      hanging.calls.push({ url, form: init.body as FormData });
      return new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    }) as unknown as typeof fetch;
    expect(await verifyTurnstile({ secret: 's', token: 't', fetchFn: slow, timeoutMs: 20 })).toEqual({ ok: false, reason: 'unavailable' });
    const down = siteverify(() => json({}, 500));
    expect(await verifyTurnstile({ secret: 's', token: 't', fetchFn: down.fetchFn })).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('refuses a missing token without calling out', async () => {
    const server = siteverify(() => json({ success: true }));
    expect(await verifyTurnstile({ secret: 's', token: undefined, fetchFn: server.fetchFn })).toEqual({ ok: false, reason: 'missing' });
    expect(server.calls).toHaveLength(0);
  });

  it('answers Cloudflare test secrets offline in local mode', async () => {
    const server = siteverify(() => json({ success: false }));
    const pass = '1x0000000000000000000000000000000AA';
    const fail = '2x0000000000000000000000000000000AA';
    expect(await verifyTurnstile({ secret: pass, token: DUMMY_TOKEN, offlineTestKeys: true, fetchFn: server.fetchFn })).toEqual({ ok: true });
    expect(await verifyTurnstile({ secret: fail, token: DUMMY_TOKEN, offlineTestKeys: true, fetchFn: server.fetchFn })).toEqual({ ok: false, reason: 'invalid' });
    expect(server.calls).toHaveLength(0);
    // Outside local mode even a test secret goes to siteverify.
    await verifyTurnstile({ secret: pass, token: DUMMY_TOKEN, fetchFn: server.fetchFn });
    expect(server.calls).toHaveLength(1);
  });
});
