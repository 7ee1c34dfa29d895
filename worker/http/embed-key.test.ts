/** The publishable key a request names, read for rate limits and idempotency scopes (embed-key.ts). */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../env';
import { requestEmbedKey } from './embed-key';

const app = new Hono<AppEnv>();
app.post('/plain', async (c) => c.text(await requestEmbedKey(c)));
app.post('/embeds/:key/x', async (c) => c.text(await requestEmbedKey(c)));
// What the handler reads afterwards is still there.
app.post('/form', async (c) => c.text(`${await requestEmbedKey(c)}|${(await c.req.parseBody()).key}`));

const post = (path: string, body: string, type: string) => app.request(path, { method: 'POST', headers: { 'content-type': type }, body });

describe('requestEmbedKey', () => {
  it('takes the key from a JSON body, with or without a charset', async () => {
    expect(await (await post('/plain', '{"key":"pk_demo_town"}', 'application/json')).text()).toBe('pk_demo_town');
    expect(await (await post('/plain', '{"key":"pk_demo_town"}', 'application/json; charset=utf-8')).text()).toBe('pk_demo_town');
  });

  it('takes the key from the path before the body', async () => {
    expect(await (await post('/embeds/pk_path_key/x', '{"key":"pk_demo_town"}', 'application/json')).text()).toBe('pk_path_key');
  });

  it('names no key for what is no key, malformed JSON or a form post, and leaves a form body to its handler', async () => {
    expect(await (await post('/plain', '{"key":"not a key"}', 'application/json')).text()).toBe('');
    expect(await (await post('/plain', '{"key":', 'application/json')).text()).toBe('');
    expect(await (await post('/form', 'key=pk_demo_town', 'application/x-www-form-urlencoded')).text()).toBe('|pk_demo_town');
  });
});
