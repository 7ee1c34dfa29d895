/**
 * A second Worker in the benchmark's Miniflare, bound to the same D1: runs one SELECT and reports
 * its rows and `rows_read`, so the route is compared with a bare read inside workerd too.
 */
export default {
  async fetch(request: Request, env: { DB: D1Database }): Promise<Response> {
    const { sql, params } = (await request.json()) as { sql: string; params: unknown[] };
    const result = await env.DB.prepare(sql).bind(...params).all();
    return Response.json({ rows: result.results.length, rowsRead: result.meta.rows_read });
  },
};
