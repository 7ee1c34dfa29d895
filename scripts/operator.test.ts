/**
 * The operator CLI against a real local D1 (its own state directory, migrated by wrangler): the
 * same rows the admin pages write, and clear refusals that write nothing.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateLocal, queryLocal, ROOT } from './local';
import { localTarget, runOperator, type Target } from './operator';

let dir: string;
let target: Target;
const run = (...args: string[]) => runOperator(target, [...args, '--operator', 'betrieb@bring-together.example']);
const rows = <T>(sql: string) => target.query<T>(sql);

beforeAll(async () => {
  // A fresh clone has no .wrangler yet when this file runs first.
  mkdirSync(join(ROOT, '.wrangler'), { recursive: true });
  dir = mkdtempSync(join(ROOT, '.wrangler', 'operator-test-'));
  migrateLocal(dir);
  target = await localTarget(dir);
}, 120_000);
afterAll(async () => {
  await target.close();
  // What the CLI wrote is in the state wrangler itself reads (the D1 `npm start` would serve).
  expect(queryLocal<{ n: number }>("SELECT count(*) AS n FROM organizations WHERE name = 'Gemeinde Oberland'", dir)[0]!.n).toBe(1);
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('npm run operator', () => {
  it('finds district keys by name', async () => {
    expect(await run('districts', 'Görlitz')).toMatch(/^14626\tLandkreis Görlitz\t/m);
  });

  it('refuses an unknown district and writes nothing', async () => {
    await expect(run('create-municipality', '--name', 'Gemeinde Irgendwo', '--districts', '99999', '--owner', 'amt@irgendwo.example')).rejects.toThrow(/Unknown district key 99999/);
    expect((await rows<{ n: number }>('SELECT count(*) AS n FROM organizations'))[0]!.n).toBe(0);
  });

  it('creates a municipality with its region, an owner invitation and the audit entries', async () => {
    const out = await run('create-municipality', '--name', 'Gemeinde Oberland', '--districts', '14626', '--owner', 'Amt@Oberland.example', '--origin', 'https://bring-together.example');
    const [org] = await rows<{ id: string; kind: string; region_district_keys: string }>("SELECT id, kind, region_district_keys FROM organizations WHERE name = 'Gemeinde Oberland'");
    expect(org).toMatchObject({ kind: 'municipality', region_district_keys: '["14626"]' });
    const [inv] = await rows<{ id: string; email: string; role: string; status: string; inviter: string }>(
      `SELECT i.id, i.email, i.role, i.status, u.email AS inviter FROM invitations i JOIN users u ON u.id = i.inviter_id WHERE i.organization_id = '${org!.id}'`,
    );
    expect(inv).toMatchObject({ email: 'amt@oberland.example', role: 'owner', status: 'pending', inviter: 'betrieb@bring-together.example' });
    expect(out).toContain(`https://bring-together.example/admin/invitations/${inv!.id}`);
    expect((await rows<{ action: string }>(`SELECT action FROM audit_log WHERE organization_id = '${org!.id}' ORDER BY action`)).map((r) => r.action)).toEqual(['operator.organization_created', 'operator.owner_invited']);
    expect(await run('list')).toMatch(new RegExp(`^${org!.id}\\tmunicipality\\tGemeinde Oberland\\t14626\\t0 members\\tactive$`, 'm'));
  });

  it('suspends and restores, with the reason in the log', async () => {
    const [org] = await rows<{ id: string }>("SELECT id FROM organizations WHERE name = 'Gemeinde Oberland'");
    await expect(run('suspend', org!.id)).rejects.toThrow(/--reason is required/);
    await run('suspend', org!.id, '--reason', 'Testlauf');
    expect((await rows<{ s: number | null }>(`SELECT suspended_at AS s FROM organizations WHERE id = '${org!.id}'`))[0]!.s).toEqual(expect.any(Number));
    await run('restore', org!.id);
    expect((await rows<{ s: number | null }>(`SELECT suspended_at AS s FROM organizations WHERE id = '${org!.id}'`))[0]!.s).toBeNull();
    const log = await run('log');
    expect(log).toMatch(/operator\.suspended\tGemeinde Oberland\t.*Testlauf/);
    expect(log).toMatch(/operator\.restored\tGemeinde Oberland/);
  });
});
