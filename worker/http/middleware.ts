/**
 * Cross-cutting HTTP middleware: request ids, body limits and content types for the JSON API.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env';
import { problem } from './problem';

/** Every response carries `X-Request-Id`; a sane incoming one is kept so logs can be joined. */
export const requestId = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const id = incoming && /^[\w.-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  c.set('requestId', id);
  await next();
  c.res.headers.set('X-Request-Id', id);
};

/** Public JSON bodies are small; anything larger is refused before it is parsed. */
export const jsonBodyLimit = (maxBytes: number): MiddlewareHandler<AppEnv> =>
  bodyLimit({
    maxSize: maxBytes,
    onError: (c) => problem(c, 413, 'body_too_large', `The request body must not exceed ${maxBytes} bytes.`),
  });

/** Writes must say they send JSON; anything else is 415, not a confusing validation error. */
export const requireJson = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'PATCH') {
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      return problem(c, 415, 'unsupported_media_type', 'Send the request body as application/json.', [
        { field: 'content-type', message: `Expected application/json, got ${type || 'nothing'}.` },
      ]);
    }
  }
  await next();
};
