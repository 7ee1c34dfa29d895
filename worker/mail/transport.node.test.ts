/**
 * The HTTP mail transport against a real local HTTP server standing in for the mail API
 * (test/support/mail-api.ts): what it sends in both dialects, retries and backoff, and what it
 * refuses to retry.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMailApi, type MailApi } from '../../test/support/mail-api';
import { mailerFor } from './mailer';
import { headerValue, httpTransport, MailDeliveryError } from './transport';
import type { Env } from '../env';

let api: MailApi;
const waits: number[] = [];
const sleep = async (ms: number) => {
  waits.push(ms);
};

beforeAll(async () => {
  api = await startMailApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.received.length = 0;
  api.script([]);
  waits.length = 0;
});

const mail = { to: 'erika@example.org', subject: 'Ihre Anfrage', text: 'Hallo Erika', replyTo: 'kontakt@hof.example' };

describe('httpTransport', () => {
  it('posts Resend JSON with the bearer token, the sender, Reply-To and an Idempotency-Key', async () => {
    await httpTransport({ url: api.url, token: 'tok_1', from: 'bring-together <noreply@bt.example>', sleep }).send({ ...mail, headers: { 'List-Unsubscribe': '<https://bt.example/u>' } });
    expect(api.received).toHaveLength(1);
    const [r] = api.received;
    expect(r!.headers.authorization).toBe('Bearer tok_1');
    expect(r!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(r!.body).toEqual({
      from: 'bring-together <noreply@bt.example>',
      to: ['erika@example.org'],
      subject: 'Ihre Anfrage',
      text: 'Hallo Erika',
      reply_to: 'kontakt@hof.example',
      headers: { 'List-Unsubscribe': '<https://bt.example/u>' },
    });
  });

  it('speaks Postmark when told to', async () => {
    await httpTransport({ url: api.url, token: 'pm_1', from: 'noreply@bt.example', format: 'postmark', sleep }).send(mail);
    const [r] = api.received;
    expect(r!.headers['x-postmark-server-token']).toBe('pm_1');
    expect(r!.headers.authorization).toBeUndefined();
    expect(r!.body).toMatchObject({ From: 'noreply@bt.example', To: 'erika@example.org', Subject: 'Ihre Anfrage', TextBody: 'Hallo Erika', ReplyTo: 'kontakt@hof.example' });
  });

  it('retries 429 and 5xx with growing waits, honouring Retry-After, and sends the same Idempotency-Key each time', async () => {
    api.script([{ status: 503 }, { status: 429, headers: { 'retry-after': '2' } }, { status: 500 }]);
    await httpTransport({ url: api.url, token: 't', from: 'f@bt.example', sleep, baseDelayMs: 100 }).send(mail);
    expect(api.received).toHaveLength(4);
    expect(new Set(api.received.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    expect(waits).toHaveLength(3);
    expect(waits[0]).toBeGreaterThanOrEqual(75);
    expect(waits[0]).toBeLessThanOrEqual(125);
    expect(waits[1]).toBe(2000); // Retry-After: 2
    expect(waits[2]).toBeGreaterThanOrEqual(300); // 100 · 2² · ≥ 0.75
  });

  it('gives up after its retries with a retryable error naming the last status', async () => {
    api.script([{ status: 502 }, { status: 502 }, { status: 502 }]);
    const sent = httpTransport({ url: api.url, token: 't', from: 'f@bt.example', sleep, retries: 2 }).send(mail);
    await expect(sent).rejects.toBeInstanceOf(MailDeliveryError);
    await expect(sent).rejects.toMatchObject({ status: 502, retryable: true, attempts: 3 });
    expect(api.received).toHaveLength(3);
  });

  it('does not retry another 4xx', async () => {
    api.script([{ status: 422, body: '{"message":"invalid to"}' }]);
    const sent = httpTransport({ url: api.url, token: 't', from: 'f@bt.example', sleep }).send(mail);
    await expect(sent).rejects.toMatchObject({ status: 422, retryable: false, attempts: 1 });
    expect(api.received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('retries when the API cannot be reached at all', async () => {
    const closed = await startMailApi();
    const url = closed.url;
    await closed.close();
    const sent = httpTransport({ url, token: 't', from: 'f@bt.example', sleep, retries: 1 }).send(mail);
    await expect(sent).rejects.toMatchObject({ status: undefined, retryable: true, attempts: 2 });
  });

  it('strips CR and LF from every header value, so a title cannot add a header', async () => {
    await httpTransport({ url: api.url, token: 't', from: 'bt <f@bt.example>\r\nBcc: spy@evil.example', sleep }).send({
      to: 'erika@example.org\r\nBcc: spy@evil.example',
      subject: 'Neue Anfrage: Hof\r\nBcc: spy@evil.example',
      text: 'line 1\nline 2',
      replyTo: 'seeker@example.org\nX-Evil: 1',
      headers: { 'X-Tag\r\nBcc': 'a\r\nb' },
    });
    const body = api.received[0]!.body as Record<string, unknown>;
    for (const v of [body.from, (body.to as string[])[0], body.subject, body.reply_to, ...Object.keys(body.headers as object), ...Object.values(body.headers as object)]) {
      expect(String(v)).not.toMatch(/[\r\n]/);
    }
    expect(body.subject).toBe('Neue Anfrage: Hof Bcc: spy@evil.example');
    expect(body.text).toBe('line 1\nline 2'); // the body keeps its lines
  });
});

describe('headerValue', () => {
  it('removes control characters and line separators', () => {
    expect(headerValue('a\u0000b\u2028c\td')).toBe('a b c d');
  });
});

describe('mailerFor', () => {
  const base = { DB: {} as D1Database } as Env;
  it('refuses clearly when no mail API is configured outside development', () => {
    expect(() => mailerFor({ ...base, ENVIRONMENT: 'production' })).toThrow(/MAIL_API_URL \(not set\).*MAIL_API_TOKEN \(not set\).*MAIL_FROM \(not set\)/);
  });
  it('refuses a half-configured API even in development', () => {
    expect(() => mailerFor({ ...base, ENVIRONMENT: 'development', MAIL_API_URL: api.url })).toThrow(/MAIL_API_TOKEN/);
  });
  it('uses the HTTP transport when configured', async () => {
    await mailerFor({ ...base, ENVIRONMENT: 'production', MAIL_API_URL: api.url, MAIL_API_TOKEN: 'tok', MAIL_FROM: 'f@bt.example' }).send(mail);
    expect(api.received).toHaveLength(1);
  });
});
