/** A D1 binding that fails on chosen statements, for fault tests (worker tests, inside workerd). */
import { env } from 'cloudflare:test';

/**
 * The D1 binding, with the first `times` statements whose SQL matches `pattern` failing (run on
 * their own or in a batch, which then fails as a whole, as D1 does).
 */
export function failingD1(pattern: RegExp, times = 1): D1Database {
  let left = times;
  const sqlOf = new WeakMap<object, string>();
  const real = new WeakMap<object, D1PreparedStatement>();
  const trip = (sql: string | undefined) => {
    if (sql && pattern.test(sql) && left > 0) {
      left--;
      throw new Error('D1_ERROR: injected failure');
    }
  };
  const wrap = (stmt: D1PreparedStatement, sql: string): D1PreparedStatement => {
    const proxy = new Proxy(stmt, {
      get(target, prop) {
        if (prop === 'bind') return (...args: unknown[]) => wrap(target.bind(...args), sql);
        if (prop === 'run' || prop === 'first' || prop === 'all' || prop === 'raw') {
          return async (...args: unknown[]) => {
            trip(sql);
            return (target[prop] as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    sqlOf.set(proxy, sql);
    real.set(proxy, stmt);
    return proxy;
  };
  return new Proxy(env.DB, {
    get(db, prop) {
      if (prop === 'prepare') return (sql: string) => wrap(db.prepare(sql), sql);
      if (prop === 'batch') {
        return async (statements: D1PreparedStatement[]) => {
          for (const s of statements) trip(sqlOf.get(s));
          return db.batch(statements.map((s) => real.get(s) ?? s));
        };
      }
      const value = Reflect.get(db, prop, db) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(db) : value;
    },
  });
}
