/**
 * `npm run loadtest`: load without loss, bounded and on loopback only.
 *
 * Starts the local Worker (`wrangler dev` on 127.0.0.1) on a fresh D1 state directory with the demo
 * seed and a generated wrangler config whose public rate limit is raised for the run, then lets
 * 200 concurrent seekers send 5,000 match requests and 1,000 contact requests; 10 % of them are
 * retried with the same Idempotency-Key (half after the first answer, half while it is still in
 * flight). Prints throughput, p50/p95 and error counts, then checks D1: exactly 1,000 contact
 * requests stored, none duplicated, none lost. Then a conversation phase: 200 of those seekers answer
 * on their manage pages, 1,000 messages in all, 10 % of the forms sent twice (half after the answer,
 * half in flight); once the mail queue has delivered, D1 and the outbox are checked: every message
 * stored once, every mail of it sent once (`messages: sent N, stored N, mailed N, duplicates 0, lost 0`).
 * Exits non-zero when a check fails.
 *
 *   npm run loadtest [-- --seekers 200 --matches 5000 --contacts 1000 --conversations 200 --messages 1000]
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { CONSENT_TEXT_VERSION } from '../worker/api/schemas';
import { DEMO_EMBED_KEY } from '../worker/seed/organizations';
import { DUMMY_TOKEN } from '../worker/turnstile/verify';
import { csrfFor } from '../worker/manage/routes';
import { migrateLocal, queryLocal, ROOT, startWorker, wrangler } from './local';
import { runSeed } from './seed';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new Error(`--${name} must be a whole number from 1 to 100000`);
  return n;
};
const SEEKERS = arg('seekers', 200);
const MATCHES = arg('matches', 5000);
const CONTACTS = arg('contacts', 1000);
const CONVERSATIONS = arg('conversations', 200);
const MESSAGES = arg('messages', 1000);
const RETRY_SHARE = 0.1;
const REQUEST_TIMEOUT_MS = 60_000;
/** The whole run is bounded: past this the script stops and fails. */
const RUN_BUDGET_MS = 15 * 60_000;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

/**
 * A frozen copy of the Worker for the run: wrangler.toml with absolute paths and a rate limit the
 * run cannot hit, the Worker bundled once and the static assets copied, so edits in the working
 * tree during the run (wrangler dev reloads on every change) cannot disturb the figures.
 */
function frozenWorker(dir: string): string {
  const base = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8');
  const edit = (toml: string, pattern: RegExp, value: string) => {
    if (!pattern.test(toml)) throw new Error(`wrangler.toml no longer matches ${pattern}; update scripts/loadtest.ts`);
    return toml.replace(pattern, value);
  };
  const write = (name: string, main: string, assets: string, extra = '') => {
    let toml = edit(base, /^main = "([^"]+)"/m, `main = "${main}"${extra}`);
    toml = edit(toml, /^directory = "([^"]+)"/m, `directory = "${assets}"`);
    toml = edit(toml, /^migrations_dir = "([^"]+)"/m, `migrations_dir = "${join(ROOT, 'migrations')}"`);
    toml = edit(toml, /simple = \{ limit = \d+, period = (\d+) \}/g, 'simple = { limit = 1000000, period = $1 }');
    const file = join(dir, name);
    writeFileSync(file, toml);
    return file;
  };
  const bundle = join(dir, 'bundle');
  const assets = join(dir, 'public');
  cpSync(join(ROOT, 'public'), assets, { recursive: true });
  const source = write('wrangler.source.toml', join(ROOT, 'worker/index.ts'), assets);
  wrangler(['deploy', '--dry-run', '--outdir', bundle, '--config', source], { quiet: true });
  return write('wrangler.loadtest.toml', join(bundle, 'index.js'), assets, '\nno_bundle = true');
}

/** A few seeker profiles, so the matching does real work on different candidates. */
const PROFILES: Record<string, unknown>[] = [
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 0 } },
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 2 }, 'who.children': { value: 2 }, 'community.meals': { value: 'weekly', importance: 2 } },
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 1 }, 'who.children': { value: 0 }, 'who.ageBands': { value: ['65+'], importance: 1 }, 'needs.barrierFree': { value: true, importance: 3 } },
  { 'who.seekerType': { value: 'household' }, 'who.adults': { value: 1 }, 'who.children': { value: 1 }, 'where.timeline': { value: 'now', importance: 2 } },
  { 'who.seekerType': { value: 'group' }, 'who.households': { value: 4 }, 'who.adults': { value: 7 }, 'who.children': { value: 3 } },
];

interface Job {
  kind: 'match' | 'contact';
  key: string;
  body: string;
  retry: 'none' | 'after' | 'concurrent';
}

interface Sample {
  kind: Job['kind'];
  ms: number;
  status: number;
  retry: boolean;
  id?: string;
  key: string;
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function main(): Promise<number> {
  const persistTo = mkdtempSync(join(tmpdir(), 'bt-loadtest-'));
  const [port, demoPort] = [await freePort(), await freePort()];
  const api = `http://127.0.0.1:${port}`;
  const origin = `http://localhost:${demoPort}`;
  let worker: ChildProcess | undefined;
  const stop = () => {
    worker?.kill('SIGTERM');
    rmSync(persistTo, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });

  try {
    console.log(`loadtest: fresh D1 in ${persistTo}; migrating and seeding …`);
    migrateLocal(persistTo);
    runSeed({ demoPort, persistTo });
    const config = frozenWorker(persistTo);
    worker = await startWorker(port, { persistTo, configPath: config });
    if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(api)) throw new Error('loopback only');

    const post = (path: string, body: string, idem: string) =>
      fetch(`${api}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, 'idempotency-key': idem, 'cf-connecting-ip': '127.0.0.1' },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });

    // The listings a seeker can contact: whatever the demo embed matches.
    const probe = await post('/v1/matches', JSON.stringify({ key: DEMO_EMBED_KEY, answers: PROFILES[0], limit: 50, statsOptOut: true }), 'loadtest-probe');
    if (!probe.ok) throw new Error(`probe match failed: ${probe.status} ${await probe.text()}`);
    const listingIds = ((await probe.json()) as { matches: { listing: { id: string } }[] }).matches.map((m) => m.listing.id);
    if (listingIds.length === 0) throw new Error('the demo seed yields no matches');
    const [before] = queryLocal<{ n: number }>('SELECT count(*) AS n FROM demand_records', persistTo);

    // Jobs: every tenth is retried; retries alternate between "after the answer" and "in flight".
    const run = Date.now().toString(36);
    const jobs: Job[] = [];
    const total = MATCHES + CONTACTS;
    for (let i = 0; i < total; i++) {
      // Contacts spread evenly among the matches, exactly CONTACTS of them.
      const kind: Job['kind'] = Math.floor(((i + 1) * CONTACTS) / total) > Math.floor((i * CONTACTS) / total) ? 'contact' : 'match';
      const answers = PROFILES[i % PROFILES.length];
      const retried = i % Math.round(1 / RETRY_SHARE) === 3;
      const body =
        kind === 'match'
          ? { key: DEMO_EMBED_KEY, answers, locale: 'de', limit: 10 }
          : {
              key: DEMO_EMBED_KEY,
              listingId: listingIds[i % listingIds.length],
              answers,
              locale: i % 2 ? 'de' : 'en',
              name: `Load Test ${i}`,
              email: `seeker-${i}@loadtest.example`,
              message: 'Wir würden Sie gern kennenlernen.',
              consent: { contact: true, shareNeeds: false, textVersion: CONSENT_TEXT_VERSION },
              turnstileToken: DUMMY_TOKEN,
            };
      jobs.push({ kind, key: `lt-${run}-${i}`, body: JSON.stringify(body), retry: retried ? (i % 20 === 3 ? 'concurrent' : 'after') : 'none' });
    }
    const contactJobs = jobs.filter((j) => j.kind === 'contact').length;
    const matchJobs = jobs.length - contactJobs;

    const samples: Sample[] = [];
    const send = async (job: Job, retry: boolean): Promise<Sample> => {
      const started = performance.now();
      let status = 0;
      let id: string | undefined;
      try {
        const res = await post(job.kind === 'match' ? '/v1/matches' : '/v1/contact-requests', job.body, job.key);
        status = res.status;
        const text = await res.text();
        if (job.kind === 'contact' && res.ok) id = (JSON.parse(text) as { id: string }).id;
      } catch (err) {
        status = (err as Error).name === 'TimeoutError' ? -2 : -1;
      }
      const sample = { kind: job.kind, ms: performance.now() - started, status, retry, id, key: job.key };
      samples.push(sample);
      if (samples.length % 1000 === 0) console.log(`  … ${samples.length} answers`);
      return sample;
    };

    console.log(`loadtest: ${SEEKERS} seekers, ${matchJobs} match + ${contactJobs} contact requests, ${jobs.filter((j) => j.retry !== 'none').length} retried …`);
    const deadline = Date.now() + RUN_BUDGET_MS;
    const queue = [...jobs];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: SEEKERS }, async () => {
        for (let job = queue.shift(); job && Date.now() < deadline; job = queue.shift()) {
          if (job.retry === 'concurrent') await Promise.all([send(job, false), new Promise((r) => setTimeout(r, 5)).then(() => send(job, true))]);
          else {
            await send(job, false);
            if (job.retry === 'after') await send(job, true);
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    if (queue.length) throw new Error(`run budget of ${RUN_BUDGET_MS / 60_000} min exceeded with ${queue.length} jobs left`);

    // Figures.
    const report = (kind: Job['kind']) => {
      const s = samples.filter((x) => x.kind === kind);
      const ms = s.map((x) => x.ms);
      const errors: Record<string, number> = {};
      for (const x of s) if (x.status < 200 || x.status >= 300) errors[x.status] = (errors[x.status] ?? 0) + 1;
      return { requests: s.length, p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms), errors };
    };
    const m = report('match');
    const c = report('contact');
    const fmt = (r: ReturnType<typeof report>) =>
      `${String(r.requests).padStart(5)} requests  p50 ${r.p50.toFixed(0).padStart(5)} ms  p95 ${r.p95.toFixed(0).padStart(5)} ms  max ${r.max.toFixed(0).padStart(5)} ms  errors ${JSON.stringify(r.errors)}`;
    console.log(`\nloadtest figures (${SEEKERS} concurrent seekers, loopback, wrangler dev / workerd, local D1)`);
    console.log(`  total     ${samples.length} requests in ${seconds.toFixed(1)} s = ${(samples.length / seconds).toFixed(0)} requests/s`);
    console.log(`  matches   ${fmt(m)}`);
    console.log(`  contacts  ${fmt(c)}`);

    // Checks against D1.
    const failures: string[] = [];
    const [stored] = queryLocal<{ n: number; keys: number; ids: number }>(
      `SELECT count(*) AS n, count(DISTINCT idempotency_key) AS keys, count(DISTINCT id) AS ids FROM contact_requests WHERE idempotency_key LIKE 'lt-${run}-%'`,
      persistTo,
    );
    const rows = queryLocal<{ id: string; idempotency_key: string }>(`SELECT id, idempotency_key FROM contact_requests WHERE idempotency_key LIKE 'lt-${run}-%'`, persistTo);
    const byKey = new Map(rows.map((r) => [r.idempotency_key, r.id]));
    const answered = samples.filter((s) => s.kind === 'contact' && s.id);
    const lost = answered.filter((s) => byKey.get(s.key) !== s.id);
    const firstIds = new Map<string, Set<string>>();
    for (const s of answered) firstIds.set(s.key, (firstIds.get(s.key) ?? new Set()).add(s.id!));
    const split = [...firstIds.values()].filter((ids) => ids.size > 1).length;
    const [after] = queryLocal<{ n: number }>('SELECT count(*) AS n FROM demand_records', persistTo);
    const demandWritten = (after?.n ?? 0) - (before?.n ?? 0);
    const distinctMatchKeys = new Set(samples.filter((s) => s.kind === 'match' && s.status === 200).map((s) => s.key)).size;

    console.log(`\nD1 checks`);
    console.log(`  contact requests stored: ${stored?.n} (expected ${contactJobs}); distinct idempotency keys ${stored?.keys}; distinct ids ${stored?.ids}`);
    console.log(`  answers whose id is not the stored one (lost): ${lost.length}; keys answered with two different ids: ${split}`);
    console.log(`  demand records written: ${demandWritten} (distinct successful match keys ${distinctMatchKeys})`);
    if (stored?.n !== contactJobs) failures.push(`expected exactly ${contactJobs} contact requests, found ${stored?.n}`);
    if (stored?.keys !== stored?.n) failures.push('duplicate contact requests for one idempotency key');
    if (lost.length) failures.push(`${lost.length} answered contact requests are not stored as answered`);
    if (split) failures.push(`${split} idempotency keys were answered with different ids`);
    // Matches are not the checked invariant (contact requests are), but a difference means an
    // in-flight retry wrote a second anonymous demand record: reported, not failed.
    if (demandWritten !== distinctMatchKeys) console.warn(`  WARNING: ${demandWritten - distinctMatchKeys} extra demand records from retried match requests`);
    const serverErrors = samples.filter((s) => s.status >= 500 || s.status < 0).length;
    if (serverErrors) failures.push(`${serverErrors} requests failed with a 5xx or a network error/timeout`);

    failures.push(...(await conversationPhase(api, persistTo, run)));

    if (failures.length) {
      console.error(`\nloadtest FAILED:\n  - ${failures.join('\n  - ')}`);
      return 1;
    }
    console.log('\nloadtest passed: no duplicate, no loss.');
    return 0;
  } finally {
    stop();
  }
}

/** Polls `check` every 500 ms until it is true or `ms` have passed; returns whether it became true. */
async function until(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return check();
}

/**
 * Seekers answer on their manage pages (the link from their confirmation mail), some forms sent
 * twice; then every message must be stored once and each of its mails sent once.
 */
async function conversationPhase(api: string, persistTo: string, run: string): Promise<string[]> {
  const failures: string[] = [];
  // The confirmations go out through the mail queue: wait until the dev mailbox has the links.
  const linksOf = () =>
    queryLocal<{ to: string; text: string }>(`SELECT "to", text FROM dev_mail WHERE "to" LIKE 'seeker-%@loadtest.example' AND text LIKE '%/manage/%'`, persistTo);
  if (!(await until(() => linksOf().length >= CONVERSATIONS, 120_000))) return [`only ${linksOf().length} confirmation mails with a manage link arrived, ${CONVERSATIONS} needed`];
  const requests = new Map(
    queryLocal<{ id: string; email: string }>(`SELECT id, email FROM contact_requests WHERE idempotency_key LIKE 'lt-${run}-%'`, persistTo).map((r) => [r.email, r.id]),
  );
  const conversations = linksOf()
    .slice(0, CONVERSATIONS)
    .map((m) => ({ token: m.text.match(/\/manage\/([\w-]{43})/)![1]!, requestId: requests.get(m.to)! }));

  const sendMessage = async (c: (typeof conversations)[number], messageId: string, body: string): Promise<number> => {
    try {
      const res = await fetch(`${api}/manage/${c.token}/message`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', 'cf-connecting-ip': '127.0.0.1' },
        body: new URLSearchParams({ csrf: await csrfFor(c.token), lang: 'de', requestId: c.requestId, messageId, body }),
        redirect: 'manual',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      await res.body?.cancel();
      return res.status;
    } catch {
      return -1;
    }
  };
  const jobs = Array.from({ length: MESSAGES }, (_, i) => ({
    c: conversations[i % conversations.length]!,
    messageId: crypto.randomUUID(),
    body: `Nachricht ${run}-${i}`,
    retry: i % 10 === 3 ? (i % 20 === 3 ? 'concurrent' : 'after') : 'none',
  }));
  const answered = new Set<string>();
  const started = performance.now();
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: Math.min(SEEKERS, conversations.length) }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const sends = job.retry === 'concurrent' ? [sendMessage(job.c, job.messageId, job.body), sendMessage(job.c, job.messageId, job.body)] : [sendMessage(job.c, job.messageId, job.body)];
        const statuses = await Promise.all(sends);
        if (job.retry === 'after') statuses.push(await sendMessage(job.c, job.messageId, job.body));
        if (statuses.some((s) => s === 303)) answered.add(job.body);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const pending = () => queryLocal<{ n: number }>(`SELECT count(*) AS n FROM outbox WHERE cause_table = 'messages' AND state != 'sent'`, persistTo)[0]!.n;
  const drained = await until(() => pending() === 0, 180_000);

  const [m] = queryLocal<{ stored: number; distinct: number }>(`SELECT count(*) AS stored, count(DISTINCT body) AS "distinct" FROM messages WHERE body LIKE 'Nachricht ${run}-%'`, persistTo);
  const [o] = queryLocal<{ mails: number; sent: number; mailed: number; unmailed: number }>(
    `SELECT (SELECT count(*) FROM outbox o JOIN messages x ON o.cause_table = 'messages' AND o.cause_id = x.id WHERE x.body LIKE 'Nachricht ${run}-%') AS mails,
            (SELECT count(*) FROM outbox o JOIN messages x ON o.cause_table = 'messages' AND o.cause_id = x.id WHERE x.body LIKE 'Nachricht ${run}-%' AND o.state = 'sent') AS sent,
            (SELECT count(*) FROM messages x WHERE x.body LIKE 'Nachricht ${run}-%' AND EXISTS (SELECT 1 FROM outbox o WHERE o.cause_table = 'messages' AND o.cause_id = x.id)
               AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.cause_table = 'messages' AND o.cause_id = x.id AND o.state != 'sent')) AS mailed,
            (SELECT count(*) FROM messages x WHERE x.body LIKE 'Nachricht ${run}-%' AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.cause_table = 'messages' AND o.cause_id = x.id)) AS unmailed`,
    persistTo,
  );
  // A mail delivered twice would be two dev_mail rows with the same recipient and text.
  const [d] = queryLocal<{ twice: number }>(`SELECT count(*) AS twice FROM (SELECT 1 FROM dev_mail WHERE text LIKE '%Nachricht ${run}-%' GROUP BY "to", text HAVING count(*) > 1)`, persistTo);
  const duplicates = (m?.stored ?? 0) - (m?.distinct ?? 0) + (d?.twice ?? 0);
  const lost = MESSAGES - (m?.distinct ?? 0);
  console.log(`\nconversation phase: ${conversations.length} conversations, ${MESSAGES} messages (${jobs.filter((j) => j.retry !== 'none').length} forms sent twice) in ${seconds.toFixed(1)} s`);
  console.log(`  outbox: ${o?.mails} mails for these messages, ${o?.sent} sent${drained ? '' : ' (queue not drained in 180 s)'}; ${o?.unmailed} messages had nobody to tell`);
  console.log(`messages: sent ${MESSAGES}, stored ${m?.distinct}, mailed ${o?.mailed}, duplicates ${duplicates}, lost ${lost}`);
  if (answered.size !== MESSAGES) failures.push(`${MESSAGES - answered.size} message forms were never answered with a redirect`);
  if (duplicates) failures.push(`${duplicates} messages or mails stored or delivered twice`);
  if (lost) failures.push(`${lost} messages lost`);
  if (!drained || (o?.mailed ?? 0) + (o?.unmailed ?? 0) !== (m?.distinct ?? 0)) failures.push('not every stored message had all its mails sent');
  return failures;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
