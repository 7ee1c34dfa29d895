/**
 * The guide (`/guide`, `/guide/{section}`) through the Worker's real fetch: German by default and
 * English on request, every entry of the content data an anchor on its section's page (so every
 * topic links.ts names lands somewhere), the strict security headers, 404 for an unknown section,
 * and `?embed=` adding that embed's municipality's advice offices — never another's, none for a
 * revoked, unknown or malformed key. The embed config carries the same offices.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { EmbedConfigSchema } from '../../worker/api/schemas';
import { database } from '../../worker/db/client';
import { adviceOffices, embeds, organizations } from '../../worker/db/schema';
import { guideContent } from '../../worker/guide/content';
import { GUIDE_SECTIONS, guideHref, LEGAL_FORM_TOPIC, STAGE_TOPIC } from '../../worker/guide/links';
import { insertFixtures, KEY, ORIGIN, REVOKED_KEY } from './fixtures';

const BASE = 'https://api.test';
const OTHER_KEY = 'pk_test_other_town';
const get = (path: string, headers: Record<string, string> = {}) => SELF.fetch(`${BASE}${path}`, { redirect: 'manual', headers });

/** The page as a browser reads it (workerd's HTML parser): its language, element ids and text. */
async function parse(res: Response): Promise<{ lang: string | null; ids: Set<string>; text: string; hrefs: string[] }> {
  const out = { lang: null as string | null, ids: new Set<string>(), text: '', hrefs: [] as string[] };
  const chunks: string[] = [];
  const html = await new HTMLRewriter()
    .on('html', { element: (e) => void (out.lang = e.getAttribute('lang')) })
    .on('[id]', { element: (e) => void out.ids.add(e.getAttribute('id')!) })
    // HTMLRewriter hands attribute values over as written; the browser decodes &amp;.
    .on('a[href]', { element: (e) => void out.hrefs.push(e.getAttribute('href')!.replaceAll('&amp;', '&')) })
    .on('main', { text: (t) => void chunks.push(t.text) })
    .transform(res)
    .text();
  expect(html.startsWith('<!doctype html>')).toBe(true);
  out.text = chunks.join('');
  return out;
}

beforeAll(async () => {
  await insertFixtures();
  const db = database(env.DB);
  const now = Date.now();
  await db.insert(organizations).values({ id: 'org_other_town', kind: 'municipality', name: 'Andere Stadt', slug: 'andere-stadt', regionDistrictKeys: ['14612'], createdAt: now });
  await db.insert(embeds).values({ id: 'emb_other_town', organizationId: 'org_other_town', name: 'Andere', publishableKey: OTHER_KEY, allowedOrigins: [ORIGIN], scope: 'region', createdAt: now });
  await db.insert(adviceOffices).values([
    { id: 'adv_town', organizationId: 'org_town', name: 'Wohnberatung Testgemeinde', hours: 'Di 9–12 Uhr', phone: '03581 0123 45', email: 'beratung@town.example', website: 'https://town.example/beratung', address: 'Beispielweg 1, 02763 Zittau', createdAt: now, updatedAt: now },
    { id: 'adv_other', organizationId: 'org_other_town', name: 'Beratung Andere Stadt', hours: 'Mi 10–12 Uhr', phone: null, email: 'rat@other.example', website: null, address: null, createdAt: now, updatedAt: now },
  ]);
});

describe('guide pages', () => {
  it('serves the overview in German by default, with every section and entry linked, and strict headers', async () => {
    const res = await get('/guide');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const page = await parse(res);
    expect(page.lang).toBe('de');
    expect(page.text).toContain('Wegweiser gemeinschaftliches Wohnen');
    expect(page.text).toContain('keine Rechts-, Steuer- oder Finanzberatung');
    for (const s of guideContent.sections) {
      for (const e of s.entries) expect(page.hrefs, `${s.id}#${e.id}`).toContain(guideHref({ section: s.id, entry: e.id }, { locale: 'de' }));
    }
  });

  it('serves the overview in English with ?lang=en and for an English browser', async () => {
    for (const [path, headers] of [['/guide?lang=en', {}], ['/guide', { 'accept-language': 'en-GB,en;q=0.8' }]] as const) {
      const page = await parse(await get(path, headers));
      expect(page.lang, path).toBe('en');
      expect(page.text).toContain('Guide to communal living');
      expect(page.text).toContain('Registered cooperative (eG)');
    }
  });

  for (const section of GUIDE_SECTIONS) {
    for (const locale of ['de', 'en'] as const) {
      it(`serves /guide/${section} in ${locale} with an anchor, sources and check date for every entry`, async () => {
        const res = await get(`/guide/${section}?lang=${locale}`);
        expect(res.status).toBe(200);
        const page = await parse(res);
        expect(page.lang).toBe(locale);
        const content = guideContent.sections.find((s) => s.id === section)!;
        for (const e of content.entries) {
          expect(page.ids, e.id).toContain(e.id);
          expect(page.text).toContain(e.title[locale]);
          for (const src of e.sources) expect(page.hrefs).toContain(src.url);
        }
        expect(page.text).toContain(locale === 'de' ? 'Geprüft am 02.12.2026' : 'Checked on 2 Dec 2026');
      });
    }
  }

  it('has the anchor of every legal form and stage the listing pages link to', async () => {
    const pages = new Map<string, Set<string>>();
    for (const topic of [...Object.values(LEGAL_FORM_TOPIC), ...Object.values(STAGE_TOPIC)]) {
      if (!pages.has(topic.section)) pages.set(topic.section, (await parse(await get(`/guide/${topic.section}`))).ids);
      if (topic.entry) expect(pages.get(topic.section), `${topic.section}#${topic.entry}`).toContain(topic.entry);
    }
  });

  it('answers an unknown section with a 404 page that leads to the overview', async () => {
    const res = await get('/guide/astrology?lang=en');
    expect(res.status).toBe(404);
    const page = await parse(res);
    expect(page.text).toContain('There is no such topic');
    expect(page.hrefs).toContain('/guide?lang=en');
  });
});

describe('advice offices on guide pages reached from an embed', () => {
  it("shows the embed's municipality's offices, and only those", async () => {
    const page = await parse(await get(`/guide/financing?embed=${KEY}`));
    expect(page.text).toContain('Beratung vor Ort');
    expect(page.text).toContain('Wohnberatung Testgemeinde');
    expect(page.text).toContain('Di 9–12 Uhr');
    expect(page.hrefs).toContain('tel:03581012345');
    expect(page.hrefs).toContain('mailto:beratung@town.example');
    expect(page.text).not.toContain('Beratung Andere Stadt');
    // Links within the guide keep the key, so the offices stay while reading on.
    expect(page.hrefs).toContain(`/guide?lang=de&embed=${KEY}`);

    const other = await parse(await get(`/guide?embed=${OTHER_KEY}`));
    expect(other.text).toContain('Beratung Andere Stadt');
    expect(other.text).not.toContain('Wohnberatung Testgemeinde');
  });

  it('shows no offices without a key, for a revoked or unknown key, and ignores a malformed one', async () => {
    for (const q of ['', `?embed=${REVOKED_KEY}`, '?embed=pk_unknown_key', '?embed=%3Cscript%3E']) {
      const res = await get(`/guide/path${q}`);
      expect(res.status, q).toBe(200);
      const page = await parse(res);
      expect(page.text, q).not.toContain('Beratung vor Ort');
      expect(page.text, q).not.toContain('Wohnberatung Testgemeinde');
    }
  });

  it('returns the same offices in the embed config, and none for a provider embed', async () => {
    const res = await SELF.fetch(`${BASE}/v1/embeds/${KEY}/config`, { headers: { origin: ORIGIN } });
    expect(res.status).toBe(200);
    const config = EmbedConfigSchema.parse(await res.json());
    expect(config.adviceOffices).toEqual([
      { name: 'Wohnberatung Testgemeinde', hours: 'Di 9–12 Uhr', phone: '03581 0123 45', email: 'beratung@town.example', website: 'https://town.example/beratung', address: 'Beispielweg 1, 02763 Zittau' },
    ]);

    await env.DB.prepare("INSERT INTO embeds (id, organization_id, name, publishable_key, allowed_origins, scope, created_at) VALUES ('emb_coop', 'org_coop', 'Coop', 'pk_test_coop', ?, 'provider', ?)")
      .bind(JSON.stringify([ORIGIN]), Date.now())
      .run();
    const coop = EmbedConfigSchema.parse(await (await SELF.fetch(`${BASE}/v1/embeds/pk_test_coop/config`, { headers: { origin: ORIGIN } })).json());
    expect(coop.adviceOffices).toEqual([]);
  });
});
