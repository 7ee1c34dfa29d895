/**
 * `npm run operator -- <command>`: what /admin/operator does, from the command line, for the very
 * first municipality of a deployment (before anyone has signed in) or for scripted onboarding.
 * Runs against the local D1 (default; `--persist-to DIR` for another state directory) or the
 * deployed one (`--remote`), through `wrangler d1 execute`. The rows are the ones the admin pages
 * write (worker/operator/organizations.ts), audit entries included.
 *
 *   list                                   every organization with its state
 *   districts <name or key>                search the postcode table for district keys
 *   create-municipality --name N --owner EMAIL [--districts "14626 …"] [--postcodes "…"] [--website URL]
 *   invite <organization-id> --owner EMAIL  a new owner invitation
 *   suspend <organization-id> --reason TEXT
 *   restore <organization-id>
 *   log                                    the operator log
 *
 * Writes need `--operator EMAIL` (default: the first of OPERATOR_EMAILS in the environment or in
 * .dev.vars); that address must also be in the deployment's OPERATOR_EMAILS secret to use the web
 * pages. The CLI sends no mail: it prints where the invited owner accepts (after signing in with
 * that address, the invitation also waits on the admin's welcome page).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { auditLog, invitations, organizations, users } from '../worker/db/schema';
import { inviteAudit, MAX_REASON, newMunicipality, OPERATOR_ACTION, ownerInvitation, restoreAudit, suspendAudit, type Operator } from '../worker/operator/organizations';
import { insertStatements, sqlLiteral, toSqlScript } from '../worker/seed/sql';
import { DEV_VARS, parseDevVars } from './dev-vars';
import { ROOT, wrangler } from './local';

/** The database the CLI acts on: the local D1 (in-process through miniflare) or the deployed one (wrangler). */
export interface Target {
  query<T>(sql: string): Promise<T[]>;
  /** Runs the statements as one batch (all or nothing). */
  execute(statements: string[]): Promise<void>;
  close(): Promise<void>;
}

/** The local D1 that `npm start` (or `wrangler dev --persist-to DIR`) uses, opened in this process. */
export async function localTarget(persistTo?: string): Promise<Target> {
  process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false'; // offline: no Request.cf sample from the internet
  const { getPlatformProxy } = await import('wrangler');
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: join(ROOT, 'wrangler.toml'),
    persist: { path: join(persistTo ?? join(ROOT, '.wrangler', 'state'), 'v3') },
    remoteBindings: false,
  });
  const db = proxy.env.DB;
  return {
    query: async <T>(sql: string) => (await db.prepare(sql).all<T>()).results,
    execute: async (statements) => {
      await db.batch(statements.map((s) => db.prepare(s)));
    },
    close: () => proxy.dispose(),
  };
}

/** The deployed D1 (`--remote`), through `wrangler d1 execute`. */
export function remoteTarget(): Target {
  return {
    query: async <T>(sql: string) => (JSON.parse(wrangler(['d1', 'execute', 'DB', '--remote', '--json', '--command', sql], { quiet: true })) as { results: T[] }[])[0]?.results ?? [],
    execute: async (statements) => {
      const dir = join(ROOT, '.wrangler', 'operator');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${Date.now()}-${process.pid}.sql`);
      writeFileSync(file, toSqlScript(statements, '-- bring-together operator action (scripts/operator.ts)'));
      wrangler(['d1', 'execute', 'DB', '--remote', '--yes', '--file', file], { quiet: true });
    },
    close: async () => {},
  };
}

const keysOf = (v: string | undefined) => [...new Set((v ?? '').split(/[\s,;]+/).filter(Boolean))];
const email = z.string().trim().toLowerCase().max(254).pipe(z.email());

function fail(message: string): never {
  throw new Error(message);
}

/** The operator acting: a users row is created for the address if it has never signed in. */
async function operatorUser(t: Target, address: string | undefined): Promise<{ op: Operator; statements: string[] }> {
  const parsed = email.safeParse(address ?? '');
  if (!parsed.success) fail('Name the operator: --operator EMAIL (or set OPERATOR_EMAILS).');
  const [existing] = await t.query<{ id: string }>(`SELECT id FROM users WHERE email = ${sqlLiteral(parsed.data)}`);
  const id = existing?.id ?? crypto.randomUUID();
  const now = new Date();
  const statements = existing ? [] : insertStatements(users, [{ id, name: 'Operator', email: parsed.data, emailVerified: false, locale: 'de', createdAt: now, updatedAt: now }]);
  return { op: { userId: id, email: parsed.data }, statements };
}

async function checkRegion(t: Target, districts: string[], postcodes: string[]): Promise<void> {
  for (const [label, list] of [['district key', districts], ['postcode', postcodes]] as const) {
    const bad = list.find((k) => !/^\d{5}$/.test(k));
    if (bad) fail(`"${bad}" is not a ${label} (five digits).`);
  }
  if (districts.length) {
    const known = new Set((await t.query<{ k: string }>(`SELECT DISTINCT district_key AS k FROM postcodes WHERE district_key IN (${districts.map(sqlLiteral).join(', ')})`)).map((r) => r.k));
    const unknown = districts.find((k) => !known.has(k));
    if (unknown) fail(`Unknown district key ${unknown} (search: npm run operator -- districts <name>).`);
  }
  if (postcodes.length) {
    const known = new Set((await t.query<{ p: string }>(`SELECT postcode AS p FROM postcodes WHERE postcode IN (${postcodes.map(sqlLiteral).join(', ')})`)).map((r) => r.p));
    const unknown = postcodes.find((k) => !known.has(k));
    if (unknown) fail(`Unknown postcode ${unknown}.`);
  }
}

async function organization(t: Target, id: string | undefined): Promise<{ id: string; name: string }> {
  if (!id) fail('Name the organization id (see: npm run operator -- list).');
  const [org] = await t.query<{ id: string; name: string }>(`SELECT id, name FROM organizations WHERE id = ${sqlLiteral(id)}`);
  return org ?? fail(`No organization ${id}.`);
}

const defaultOperator = (): string | undefined => {
  const fromEnv = process.env.OPERATOR_EMAILS ?? (existsSync(DEV_VARS) ? parseDevVars(readFileSync(DEV_VARS, 'utf8')).OPERATOR_EMAILS : undefined);
  return fromEnv?.split(/[\s,;]+/).find((e) => e.includes('@'));
};

/**
 * Runs one command on `t`; returns what it prints.
 * @example
 * await runOperator(await localTarget(), ['create-municipality', '--name', 'Gemeinde Oberland', '--districts', '14626', '--owner', 'amt@oberland.example']);
 */
export async function runOperator(t: Target, argv: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      remote: { type: 'boolean', default: false },
      'persist-to': { type: 'string' },
      operator: { type: 'string' },
      name: { type: 'string' },
      owner: { type: 'string' },
      districts: { type: 'string' },
      postcodes: { type: 'string' },
      website: { type: 'string' },
      reason: { type: 'string' },
      origin: { type: 'string' },
    },
  });
  const [command, arg] = positionals;
  const origin = values.origin ?? process.env.PUBLIC_ORIGIN ?? 'http://localhost:8787';
  const now = Date.now();
  switch (command) {
    case 'list': {
      const rows = await t.query<{ id: string; kind: string; name: string; d: string; p: string; suspended_at: number | null; members: number }>(
        'SELECT o.id, o.kind, o.name, o.region_district_keys AS d, o.region_postcodes AS p, o.suspended_at, (SELECT count(*) FROM members m WHERE m.organization_id = o.id) AS members FROM organizations o ORDER BY o.kind, o.name',
      );
      return rows.map((r) => [r.id, r.kind, r.name, [...JSON.parse(r.d), ...JSON.parse(r.p)].join(' ') || '-', `${r.members} members`, r.suspended_at ? 'SUSPENDED' : 'active'].join('\t')).join('\n');
    }
    case 'districts': {
      const term = (arg ?? '').trim();
      if (!term) fail('Give a district name or key to search for.');
      const cond = /^\d{1,5}$/.test(term) ? `district_key LIKE ${sqlLiteral(`${term}%`)}` : `district_name LIKE ${sqlLiteral(`%${term}%`)}`;
      const rows = await t.query<{ k: string; name: string; state: string; n: number }>(`SELECT district_key AS k, district_name AS name, state, count(*) AS n FROM postcodes WHERE ${cond} GROUP BY district_key ORDER BY district_name LIMIT 30`);
      return rows.length ? rows.map((r) => `${r.k}\t${r.name}\t${r.state}\t${r.n} postcodes`).join('\n') : `No district matches "${term}".`;
    }
    case 'create-municipality': {
      const name = (values.name ?? '').trim();
      if (name.length < 2 || name.length > 120) fail('--name must be 2–120 characters.');
      const owner = email.safeParse(values.owner ?? '');
      if (!owner.success) fail('--owner must be an email address.');
      if (values.website && !/^https:\/\/\S+$/.test(values.website)) fail('--website must start with https://');
      const [districts, postcodes] = [keysOf(values.districts), keysOf(values.postcodes)];
      await checkRegion(t, districts, postcodes);
      const { op, statements } = await operatorUser(t, values.operator ?? defaultOperator());
      const rows = newMunicipality({ name, website: values.website ?? null, districtKeys: districts, postcodes, ownerEmail: owner.data }, op, now);
      await t.execute([...statements, ...insertStatements(organizations, [rows.organization]), ...insertStatements(invitations, [rows.invitation]), ...insertStatements(auditLog, rows.audit)]);
      return `Created ${rows.organization.name} (${rows.organization.id}).\nThe owner signs in at ${origin}/admin with ${rows.invitation.email} and accepts:\n${origin}/admin/invitations/${rows.invitation.id}`;
    }
    case 'invite': {
      const org = await organization(t, arg);
      const owner = email.safeParse(values.owner ?? '');
      if (!owner.success) fail('--owner must be an email address.');
      const { op, statements } = await operatorUser(t, values.operator ?? defaultOperator());
      const invitation = ownerInvitation(org.id, owner.data, op, now);
      await t.execute([
        ...statements,
        `UPDATE invitations SET status = 'canceled' WHERE organization_id = ${sqlLiteral(org.id)} AND email = ${sqlLiteral(invitation.email)} AND status = 'pending'`,
        ...insertStatements(invitations, [invitation]),
        ...insertStatements(auditLog, [inviteAudit(org.id, invitation.email, op, now)]),
      ]);
      return `Invited ${invitation.email} as owner of ${org.name}:\n${origin}/admin/invitations/${invitation.id}`;
    }
    case 'suspend': {
      const org = await organization(t, arg);
      const reason = (values.reason ?? '').trim();
      if (!reason || reason.length > MAX_REASON) fail(`--reason is required (at most ${MAX_REASON} characters).`);
      const { op, statements } = await operatorUser(t, values.operator ?? defaultOperator());
      await t.execute([
        ...statements,
        `UPDATE organizations SET suspended_at = ${now}, suspension_reason = ${sqlLiteral(reason)} WHERE id = ${sqlLiteral(org.id)}`,
        ...insertStatements(auditLog, [suspendAudit(org.id, reason, op, now)]),
      ]);
      return `Suspended ${org.name}.`;
    }
    case 'restore': {
      const org = await organization(t, arg);
      const { op, statements } = await operatorUser(t, values.operator ?? defaultOperator());
      await t.execute([...statements, `UPDATE organizations SET suspended_at = NULL, suspension_reason = NULL WHERE id = ${sqlLiteral(org.id)}`, ...insertStatements(auditLog, [restoreAudit(org.id, op, now)])]);
      return `Restored ${org.name}.`;
    }
    case 'log': {
      const rows = await t.query<{ created_at: number; action: string; detail: string | null; name: string | null; organization_id: string }>(
        `SELECT a.created_at, a.action, a.detail, o.name, a.organization_id FROM audit_log a LEFT JOIN organizations o ON o.id = a.organization_id WHERE a.action LIKE '${OPERATOR_ACTION}%' ORDER BY a.created_at DESC LIMIT 200`,
      );
      return rows.map((r) => [new Date(r.created_at).toISOString(), r.action, r.name ?? r.organization_id, r.detail ?? ''].join('\t')).join('\n') || 'No operator actions yet.';
    }
    default:
      fail('Commands: list, districts, create-municipality, invite, suspend, restore, log (see scripts/operator.ts).');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const { values } = parseArgs({ args: argv, allowPositionals: true, strict: false, options: { remote: { type: 'boolean' }, 'persist-to': { type: 'string' } } });
  const t = values.remote ? remoteTarget() : await localTarget(typeof values['persist-to'] === 'string' ? values['persist-to'] : undefined);
  try {
    console.log(await runOperator(t, argv));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  } finally {
    await t.close();
  }
}
