import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

describe('GET /v1/health', () => {
  it('answers ok when D1 answers, with a request id', async () => {
    const res = await SELF.fetch('https://api.test/v1/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
    expect(res.headers.get('x-request-id')).toMatch(/^[\w.-]{8,64}$/);
  });
});
