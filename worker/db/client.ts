import { drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

/**
 * One drizzle instance per request over the D1 binding.
 * @example
 * const db = database(c.env.DB);
 */
export const database = (d1: D1Database) => drizzle(d1, { schema });
export type Database = ReturnType<typeof database>;
