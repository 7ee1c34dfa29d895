/**
 * Seeds the local D1 with the demo region Landkreis Görlitz (worker/seed): writes the SQL to
 * .wrangler/seed.sql and runs it with `wrangler d1 execute DB --local --file …`. Idempotent
 * (fixed ids, INSERT OR IGNORE), so running it again changes nothing but may add demo origins.
 *
 *   npx tsx scripts/seed.ts [--local] [--dry-run] [--persist-to DIR]
 *
 * DEMO_PORT (default 8080) adds http://localhost:PORT and http://127.0.0.1:PORT to the demo embeds'
 * allowed origins. Apply the migrations first (`npm start` and the e2e setup do).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEMO_FIXED_ORIGINS, demoOriginsForPort, demoSeed } from '../worker/seed/demo';
import { normalizeOrigins } from '../worker/seed/organizations';
import { seedStatements, toSqlScript } from '../worker/seed/sql';
import { ROOT, wrangler } from './local';


export interface RunSeedOptions {
  /** Port of the demo host page; its two origins join the fixed demo origins (default: DEMO_PORT or 8080). */
  demoPort?: number | string;
  /** A separate local D1 state directory (wrangler --persist-to), e.g. for e2e tests. */
  persistTo?: string;
  /** Epoch ms the seed is relative to (default: Date.now()). */
  now?: number;
  /** Only write the SQL file, do not run wrangler. */
  dryRun?: boolean;
}

export interface SeedSummary {
  file: string;
  statements: number;
  organizations: number;
  embeds: number;
  listings: number;
  demandRecords: number;
  origins: string[];
}

/**
 * Every origin the demo embeds accept when the demo page runs on `port`.
 * @example
 * demoOrigins(8080); // ['http://127.0.0.1:18080', 'http://127.0.0.1:8080', 'http://localhost:18080', 'http://localhost:8080']
 */
export function demoOrigins(port: number | string = process.env.DEMO_PORT ?? 8080): string[] {
  return normalizeOrigins([...DEMO_FIXED_ORIGINS, ...demoOriginsForPort(port)]);
}

/**
 * Builds the seed, writes it as SQL and executes it on the local D1. Throws when wrangler fails.
 * @example
 * runSeed({ demoPort: 8080 });
 */
export function runSeed(opts: RunSeedOptions = {}): SeedSummary {
  const port = opts.demoPort ?? process.env.DEMO_PORT ?? 8080;
  if (!/^\d{1,5}$/.test(String(port))) throw new Error(`DEMO_PORT must be a port number, got ${String(port)}`);
  const seed = demoSeed(opts.now ?? Date.now(), { demoOrigins: demoOriginsForPort(port) });
  const statements = seedStatements(seed);
  const persistTo = opts.persistTo ? resolve(ROOT, opts.persistTo) : undefined;
  // Next to the state it seeds, so parallel runs (e2e, npm start) never share one file.
  const file = persistTo ? join(persistTo, 'seed.sql') : join(ROOT, '.wrangler', 'seed.sql');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, toSqlScript(statements));

  if (!opts.dryRun) {
    try {
      wrangler(['d1', 'execute', 'DB', '--local', '--file', file], { quiet: true, persistTo });
    } catch (err) {
      throw new Error(`${(err as Error).message}\nSQL kept in ${file}`);
    }
  }
  return {
    file,
    statements: statements.length,
    organizations: seed.organizations.length,
    embeds: seed.embeds.length,
    listings: seed.listings.length,
    demandRecords: seed.demandRecords.length,
    origins: seed.embeds[0]?.allowedOrigins ?? [],
  };
}

function parseArgs(argv: string[]): RunSeedOptions {
  const opts: RunSeedOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--local') continue; // the only mode; accepted for clarity
    else if (arg === '--dry-run') opts.dryRun = true;
    else if (arg === '--persist-to') {
      const dir = argv[++i];
      if (!dir) throw new Error('--persist-to needs a directory');
      opts.persistTo = dir;
    } else throw new Error(`unknown argument ${arg ?? ''} (usage: tsx scripts/seed.ts [--local] [--dry-run] [--persist-to DIR])`);
  }
  return opts;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    const s = runSeed(parseArgs(process.argv.slice(2)));
    console.log(
      `demo seed: ${s.organizations} organizations, ${s.embeds} embeds, ${s.listings} listings, ${s.demandRecords} demand records ` +
        `in ${s.statements} statements (${s.file})`,
    );
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
