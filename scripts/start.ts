/**
 * `npm start`: one command from a fresh clone to a running demo, offline.
 * Builds the widget, migrates the local D1, seeds the demo region when the database is empty,
 * serves API + widget + admin on PORT (8787) and the demo municipal page on DEMO_PORT (8080).
 */
import { readFileSync } from 'node:fs';
import { buildWidget } from './build-widget';
import { ensureDevVars, parseDevVars, DEV_VARS } from './dev-vars';
import { startDemoServer } from './demo-server';
import { migrateLocal, queryLocal, startWorker } from './local';
import { runSeed } from './seed';
import { DEMO_MUNICIPALITY_EMAIL, DEMO_PROVIDER_EMAIL } from '../worker/seed/auth';

const port = Number(process.env.PORT ?? 8787);
const demoPort = Number(process.env.DEMO_PORT ?? 8080);
const api = `http://localhost:${port}`;

// Development settings (dev mailbox, Turnstile test keys, a local secret) come from the git-ignored
// .dev.vars; the committed wrangler.toml is the production configuration.
const devVars = ensureDevVars();
if (devVars !== 'kept') console.log(`.dev.vars ${devVars} from .dev.vars.example (local settings, never deployed)`);

const { firstQuestion, all } = await buildWidget();
console.log(`widget built: ${(firstQuestion.gzipBytes / 1024).toFixed(1)} KB gzip to the first question, ${(all.gzipBytes / 1024).toFixed(1)} KB with every chunk`);

migrateLocal();
const [{ n } = { n: 0 }] = queryLocal<{ n: number }>('SELECT count(*) AS n FROM listings');
// The seed is idempotent and merges this DEMO_PORT into the demo embeds' allowed origins, so an
// existing database keeps its data and still serves the demo page on the current port.
console.log(n === 0 ? 'empty database: seeding the demo region Landkreis Görlitz …' : `local database has ${n} listings; refreshing the demo embeds`);
runSeed({ demoPort });

// The demo page first: it only needs the API's address, and it is up before the API reports healthy.
const demo = await startDemoServer({ port: demoPort, apiOrigin: api });
const worker = await startWorker(port, { vars: 'dev-vars' });

const operators = parseDevVars(readFileSync(DEV_VARS, 'utf8')).OPERATOR_EMAILS || '(none: set OPERATOR_EMAILS in .dev.vars)';
console.log(`
bring-together is running (offline, local D1 under .wrangler/):
  Demo municipal page (embeds the widget): http://localhost:${demoPort}/
  API:                                     ${api}/v1/health
  API reference:                           ${api}/docs  (OpenAPI: ${api}/v1/openapi.json)
  Widget script:                           ${api}/widget.js
  Demo publishable key:                    pk_demo_goerlitz
  Admin (sign in by magic link):           ${api}/admin
    demo provider login:                   ${DEMO_PROVIDER_EMAIL}
    demo municipality login (dashboard):   ${DEMO_MUNICIPALITY_EMAIL}
    demo operator login (/admin/operator): ${operators}
    sign-in links arrive in:               ${api}/dev/mailbox
Press Ctrl+C to stop.`);

const stop = () => {
  demo.close();
  worker.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
worker.on('exit', (code) => {
  console.error(`wrangler dev exited (${code})`);
  demo.close();
  process.exit(code ?? 1);
});
