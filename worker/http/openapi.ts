import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { fieldErrors, problem } from './problem';

/**
 * A sub-app whose zod validation failures become 400 problem+json naming each field.
 * @example
 * const health = createApi().openapi(route, handler);
 */
export const createApi = () =>
  new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const prefix = result.target === 'json' ? '' : result.target;
        return problem(c, 400, 'validation_failed', 'Some fields are missing or invalid.', fieldErrors(result.error.issues, prefix));
      }
    },
  });
