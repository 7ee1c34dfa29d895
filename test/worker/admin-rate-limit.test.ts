/**
 * Write rate limit of the hosted admin (RATE_LIMIT_ADMIN, 120 form posts a minute per member): the
 * 121st post within the window is refused with the "too many attempts" page, writes nothing, and
 * other members are not affected. The test project gives the binding a 10 s window instead of 60 s
 * (vitest.config.ts), the count stays 120. (The sign-in limit per client address: admin-auth.test.ts.)
 */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupWorld, type World } from '../admin/helpers';

let w: World;
beforeAll(async () => {
  w = await setupWorld();
});

/** The test project's window of RATE_LIMIT_ADMIN (production: 60 s). */
const WINDOW_MS = 10_000;
const notes = async () => (await env.DB.prepare("SELECT COUNT(*) AS n FROM contact_notes WHERE contact_request_id = 'req_a'").first<number>('n')) ?? 0;

describe('admin write rate limit', () => {
  it('refuses the 121st form post of a member within a window with a 429 page, and no write', { timeout: 60_000 }, async () => {
    // The window is aligned to the clock: start right after a boundary so all posts share one.
    const intoWindow = Date.now() % WINDOW_MS;
    if (intoWindow > 500) await new Promise((r) => setTimeout(r, WINDOW_MS - intoWindow + 100));
    const token = await w.editorA.csrf('/admin/inbox/req_a');
    const statuses: number[] = [];
    for (let i = 0; i < 120; i++) statuses.push((await w.editorA.post('/admin/inbox/req_a/notes', { note: `Notiz ${i}` }, { csrf: token })).status);
    expect(statuses.filter((s) => s === 303)).toHaveLength(120);
    expect(await notes()).toBe(120);

    const limited = await w.editorA.post('/admin/inbox/req_a/notes', { note: 'eine zu viel' }, { csrf: token });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await limited.text()).toContain('Zu viele Versuche');
    expect(await notes()).toBe(120);

    // Reading stays possible, and another member of the same organization can still write.
    expect((await w.editorA.get('/admin/inbox/req_a')).status).toBe(200);
    const other = await w.ownerA.post('/admin/inbox/req_a/notes', { note: 'von der Inhaberin' }, { from: '/admin/inbox/req_a' });
    expect(other.status).toBe(303);
    expect(await notes()).toBe(121);
  });
});
