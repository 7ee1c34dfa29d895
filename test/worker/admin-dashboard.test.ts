/**
 * The demand dashboard mounted in the admin: municipality members see their region's figures,
 * provider members and signed-out visitors do not.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MUNICIPALITY_EMAIL, DEMO_PROVIDER_EMAIL } from '../../worker/seed/auth';
import { demoSeed } from '../../worker/seed/demo';
import { seedStatements } from '../../worker/seed/sql';
import { resetDatabase } from './fixtures';
import { signIn } from '../admin/helpers';

beforeAll(async () => {
  await resetDatabase();
  const statements = seedStatements(demoSeed(Date.now()));
  for (let i = 0; i < statements.length; i += 50) await env.DB.batch(statements.slice(i, i + 50).map((s) => env.DB.prepare(s)));
});

describe('/admin/dashboard', () => {
  it('sends a signed-out visitor to sign in', async () => {
    const res = await SELF.fetch('https://api.test/admin/dashboard', { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/admin\/sign-in/);
  });

  it('shows the municipality its demand with small cells suppressed', async () => {
    const session = await signIn(DEMO_MUNICIPALITY_EMAIL);
    const page = await session.get('/admin/dashboard');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<svg');
    expect(html).toContain('Landkreis Görlitz');
    // Small demand cells are suppressed (supply counts are public listings and stay exact).
    expect(html).toMatch(/&lt; 5|< 5/);
    const csv = await session.get('/admin/dashboard/export/household.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
  });

  it('is not there for a provider organization', async () => {
    const session = await signIn(DEMO_PROVIDER_EMAIL);
    const res = await session.get('/admin/dashboard');
    expect(res.status).toBe(404);
  });
});
