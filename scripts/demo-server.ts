/**
 * Serves examples/ as the demo host pages on a second origin (http://localhost:DEMO_PORT), filling
 * in the API origin and publishable key, so the widget really runs cross-origin as on a town's site.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../examples/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.md': 'text/markdown; charset=utf-8' };

export interface DemoServerOptions {
  port: number;
  apiOrigin: string;
  key?: string;
  coopKey?: string;
}

/**
 * @example
 * const server = await startDemoServer({ port: 8080, apiOrigin: 'http://localhost:8787' });
 */
export function startDemoServer({ port, apiOrigin, key = 'pk_demo_goerlitz', coopKey = 'pk_demo_coop' }: DemoServerOptions): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://demo').pathname;
    const rel = path === '/' ? 'demo-municipality/index.html' : path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
    const file = normalize(join(ROOT, rel));
    if (!file.startsWith(ROOT)) return void res.writeHead(403).end();
    try {
      let body: string | Buffer = await readFile(file);
      if (extname(file) === '.html') {
        body = body.toString('utf8').replaceAll('{{API_ORIGIN}}', apiOrigin).replaceAll('{{KEY}}', key).replaceAll('{{COOP_KEY}}', coopKey);
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Nicht gefunden');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.DEMO_PORT ?? 8080);
  const apiOrigin = process.env.API_ORIGIN ?? `http://localhost:${process.env.PORT ?? 8787}`;
  await startDemoServer({ port, apiOrigin });
  console.log(`demo host page: http://localhost:${port}/`);
}
