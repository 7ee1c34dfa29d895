/**
 * RFC 9457 problem details. Every error the API answers is `application/problem+json` with a
 * clear title, the request id and, for bad input, the fields that were wrong.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../env';
import type { FieldError } from '../errors';


export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  /** Machine-readable reason for clients that branch on it (the widget does). */
  code?: string;
  errors?: FieldError[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};


/**
 * @example
 * return problem(c, 404, 'unknown_key', 'No embed has this publishable key.');
 */
export function problem(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  code: string,
  detail: string,
  errors?: FieldError[],
  headers?: Record<string, string>,
): Response {
  const body: Problem = {
    type: `https://bring-together.de/problems/${code.replaceAll('_', '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: new URL(c.req.url).pathname,
    requestId: c.get('requestId'),
    code,
    ...(errors?.length ? { errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  });
}

/** Turns zod issues into field errors with dotted paths (prefixed by the request part). */
export function fieldErrors(
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code?: string; keys?: string[] }>,
  prefix = '',
): FieldError[] {
  const join = (path: PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join('.') || '(body)';
  // zod reports unknown keys on the parent; name each unknown field itself.
  const errors = issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys?.length
      ? issue.keys.map((key) => ({ field: join([...issue.path, key]), message: 'Unknown field.', code: 'unknown_field' }))
      : [{ field: join(issue.path), message: issue.message, ...(issue.code ? { code: issue.code } : {}) }],
  );
  return errors.slice(0, 50);
}
