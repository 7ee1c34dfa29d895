import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError } from './client';
import { baseFrom, configPath, takeStartedConfig } from './config-request';

/** An element as widget.js leaves it; Node has no DOM, and only the property matters here. */
const elementWith = (url: string, response: Promise<Response>) => ({ btStartedConfig: { url, response } }) as unknown as Element;

const json = (body: unknown, status = 200, type = 'application/json') => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': type } }));

const CONFIG = { embed: { key: 'pk_x' }, questionnaire: { steps: [], questions: [], importance: {} }, adviceOffices: [] };

describe('the configuration request widget.js starts', () => {
  it('uses the api attribute, else where widget.js came from, never with a trailing slash', () => {
    expect(baseFrom(' https://api.example/ ', 'https://host.example')).toBe('https://api.example');
    expect(baseFrom(null, 'https://host.example')).toBe('https://host.example');
    expect(baseFrom('', 'https://host.example')).toBe('https://host.example');
    expect(configPath('pk a/b')).toBe('/v1/embeds/pk%20a%2Fb/config');
  });

  it('is taken once, and only for the very URL the element asks for', () => {
    const response = json(CONFIG);
    const el = elementWith('https://api.example/v1/embeds/pk_x/config', response);
    expect(takeStartedConfig(el, 'https://other.example/v1/embeds/pk_x/config')).toBeUndefined();
    const again = elementWith('https://api.example/v1/embeds/pk_x/config', response);
    expect(takeStartedConfig(again, 'https://api.example/v1/embeds/pk_x/config')).toBe(response);
    expect(takeStartedConfig(again, 'https://api.example/v1/embeds/pk_x/config')).toBeUndefined();
  });

  it('is read by the client like its own request: the configuration, or the problem as an ApiError', async () => {
    const client = new ApiClient('https://api.example');
    await expect(client.config('pk_x', { started: json(CONFIG) })).resolves.toEqual(CONFIG);
    const refused = client.config('pk_x', { started: json({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'origin_not_allowed' }, 403, 'application/problem+json') });
    await expect(refused).rejects.toMatchObject({ kind: 'http', status: 403, code: 'origin_not_allowed' });
    await expect(client.config('pk_x', { started: Promise.reject(new TypeError('Failed to fetch')) })).rejects.toMatchObject({ kind: 'network' });
  });

  it('is given up on when the element aborts, as the client gives up its own requests', async () => {
    const controller = new AbortController();
    const pending = new ApiClient('https://api.example').config('pk_x', { started: new Promise<Response>(() => undefined), signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('aborted');
  });
});
