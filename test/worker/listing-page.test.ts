/**
 * A listing's public page (`/listings/{id}/{slug}`) through the Worker's real fetch: the redirect
 * to the canonical address, the page's canonical and alternate links, Open Graph and Twitter tags,
 * the schema.org JSON-LD (parsed and checked against the types it uses), facts, the project's side
 * of the questionnaire, guide links, map, the "Does this fit me?" link into the right widget, the
 * kind pages (410 paused / archived / hidden by curation, 404 draft / unknown), English, and no
 * contact address anywhere in the HTML.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { ListingJsonLdSchema } from '../support/listing-json-ld';
import { insertFixtures } from './fixtures';

const BASE = 'https://api.test';
const PATH = '/listings/lst_zittau/hof-in-zittau';
const CONTACT = 'kontakt@testgenossenschaft.example';

const get = (path: string, headers: Record<string, string> = {}) => SELF.fetch(`${BASE}${path}`, { redirect: 'manual', headers });

interface Parsed {
  html: string;
  lang: string | null;
  meta: Map<string, string>;
  links: { rel: string; href: string; hreflang: string | null }[];
  jsonLd: string[];
}

/** The document's head as the browser (and a crawler) reads it, through workerd's own HTML parser. */
async function parse(res: Response): Promise<Parsed> {
  const out: Parsed = { html: '', lang: null, meta: new Map(), links: [], jsonLd: [] };
  let script: string[] | null = null;
  const rewritten = new HTMLRewriter()
    .on('html', { element: (e) => void (out.lang = e.getAttribute('lang')) })
    .on('meta', {
      element: (e) => {
        const key = e.getAttribute('property') ?? e.getAttribute('name');
        if (key) out.meta.set(key, e.getAttribute('content') ?? '');
      },
    })
    .on('link', { element: (e) => void out.links.push({ rel: e.getAttribute('rel') ?? '', href: e.getAttribute('href') ?? '', hreflang: e.getAttribute('hreflang') }) })
    .on('script[type="application/ld+json"]', {
      element: (e) => {
        const chunks: string[] = (script = []);
        e.onEndTag(() => void out.jsonLd.push(chunks.join('')));
      },
      text: (t) => void script?.push(t.text),
    })
    .transform(res);
  out.html = await rewritten.text();
  return out;
}

async function setUp() {
  await insertFixtures();
  await env.DB.prepare(
    `UPDATE listings SET contact_email = ?, photos = ?, profile = ?, website = 'https://hof-zittau.example' WHERE id = 'lst_zittau'`,
  )
    .bind(
      CONTACT,
      JSON.stringify([{ url: '/demo/photos/courtyard.svg', alt: { de: 'Innenhof mit Linde', en: 'Courtyard with a lime tree' } }]),
      JSON.stringify({ 'community.meals': { value: 'weekly', importance: 2 }, 'who.householdType': { value: ['family', 'senior'], importance: 1 } }),
    )
    .run();
  await env.DB.prepare("UPDATE organizations SET website = 'https://coop.example' WHERE id = 'org_coop'").run();
}

describe('listing page', () => {
  beforeEach(setUp);

  it('redirects /listings/{id} and an old slug to the canonical address (301), keeping the language', async () => {
    for (const [path, to] of [
      ['/listings/lst_zittau', PATH],
      ['/listings/lst_zittau/alter-name', PATH],
      ['/listings/lst_zittau?lang=en', `${PATH}?lang=en`],
      ['/listings/lst_zittau/alter-name?lang=fr', PATH],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(301);
      expect(new URL(res.headers.get('location')!, BASE).href).toBe(`${BASE}${to}`);
    }
  });

  it('renders the page in German with canonical, alternates, Open Graph, Twitter card and valid JSON-LD', async () => {
    const res = await get(PATH);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('vary')).toMatch(/accept-language/i);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await parse(res);
    const url = `${BASE}${PATH}`;
    expect(page.lang).toBe('de');
    expect(page.links.find((l) => l.rel === 'canonical')?.href).toBe(url);
    expect(page.links.filter((l) => l.rel === 'alternate').map((l) => [l.hreflang, l.href])).toEqual([
      ['de', url],
      ['en', `${url}?lang=en`],
      ['x-default', url],
    ]);
    expect(Object.fromEntries([...page.meta].filter(([k]) => /^(og|twitter):/.test(k)))).toEqual({
      'og:type': 'website',
      'og:site_name': 'bring-together',
      'og:title': 'Hof in Zittau',
      'og:description': 'Ein Testprojekt.',
      'og:url': url,
      'og:locale': 'de_DE',
      'og:locale:alternate': 'en_GB',
      'og:image': `${BASE}/demo/photos/courtyard.svg`,
      'og:image:alt': 'Innenhof mit Linde',
      'twitter:card': 'summary_large_image',
      'twitter:title': 'Hof in Zittau',
      'twitter:description': 'Ein Testprojekt.',
      'twitter:image': `${BASE}/demo/photos/courtyard.svg`,
      'twitter:image:alt': 'Innenhof mit Linde',
    });
    expect(page.meta.get('description')).toBe('Ein Testprojekt.');

    expect(page.jsonLd).toHaveLength(1);
    const ld = ListingJsonLdSchema.parse(JSON.parse(page.jsonLd[0]!));
    // The postcode's centroid from the postcodes table, not the listing's own (jittered) point.
    const centroid = await env.DB.prepare("SELECT lat, lon, district_name AS district FROM postcodes WHERE postcode = '02763'").first<{ lat: number; lon: number; district: string }>();
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Residence',
      '@id': url,
      name: 'Hof in Zittau',
      description: 'Ein Testprojekt.',
      url,
      image: [`${BASE}/demo/photos/courtyard.svg`],
      address: { '@type': 'PostalAddress', addressLocality: 'Zittau', postalCode: '02763', addressRegion: centroid!.district, addressCountry: 'DE' },
      geo: { '@type': 'GeoCoordinates', latitude: centroid!.lat, longitude: centroid!.lon },
    });
    expect([ld.geo.latitude, ld.geo.longitude]).not.toEqual([50.8977, 14.8076]);
    // The schema is strict: a contact field would fail it.
    expect(ListingJsonLdSchema.safeParse({ ...ld, email: CONTACT }).success).toBe(false);
  });

  it('shows photos, facts, the project\'s side in catalogue words, stage and legal form with guide links, a map and the fit link', async () => {
    const { html } = await parse(await get(PATH));
    expect(html).toContain('<img src="/demo/photos/courtyard.svg" alt="Innenhof mit Linde"');
    expect(html).toMatch(/<dt>Rechtsform<\/dt><dd>Genossenschaft<\/dd>/);
    expect(html).toMatch(/<dt>Freie Plätze<\/dt><dd>2<\/dd>/);
    expect(html).toMatch(/<dt>Monatliche Kosten \(warm\)<\/dt><dd>600\u00a0€ bis 900\u00a0€<\/dd>/);
    expect(html).toMatch(/<dt>Eigenkapital oder Genossenschaftsanteile je Haushalt<\/dt><dd>keins<\/dd>/);
    expect(html).toMatch(/<dt>Website<\/dt><dd><a href="https:\/\/hof-zittau.example\/" rel="noopener">hof-zittau.example<\/a><\/dd>/);
    // The project's profile, in the questionnaire catalogue's labels, options and importances.
    expect(html).toMatch(/<dt>Gemeinsame Mahlzeiten<\/dt><dd>wöchentlich<span class="importance"> \(sehr wichtig\)<\/span><\/dd>/);
    expect(html).toMatch(/<dt>Welche Haushalte suchen Sie\?<\/dt><dd>Familien mit Kindern, Ältere Menschen<span class="importance"> \(wichtig\)<\/span><\/dd>/);
    // Stage and legal form, each explained and linked into the guide.
    expect(html).toContain('<h3>Bewohnt</h3>');
    expect(html).toContain('href="/guide/path?lang=de#moving-in"');
    expect(html).toContain('href="/guide/legal-forms?lang=de#cooperative"');
    // The map: the place among its district's places, said in words too.
    expect(html).toMatch(/<svg class="map"[^>]*role="img" aria-labelledby="map-title map-desc"/);
    expect(html).toContain('<title id="map-title">Karte: Zittau im Landkreis Görlitz</title>');
    expect(html).toMatch(/<desc id="map-desc">Zittau \(02763\) im Landkreis Görlitz, in der Nähe von Olbersdorf \(\d+ km\)/);
    // Into the municipality's widget, naming the listing for it.
    expect(html).toContain('href="https://town.example/?bt-listing=lst_zittau"');
    // No script to run, and nothing personal.
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(html).not.toContain(CONTACT);
    expect(html).not.toMatch(/@[\w-]+\.example/);
  });

  it('speaks English with ?lang=en or an English browser', async () => {
    for (const [path, headers] of [
      [`${PATH}?lang=en`, {}],
      [PATH, { 'accept-language': 'en-US,en;q=0.8' }],
    ] as const) {
      const page = await parse(await get(path, headers));
      expect(page.lang, path).toBe('en');
      expect(page.links.find((l) => l.rel === 'canonical')?.href).toBe(`${BASE}${PATH}?lang=en`);
      expect(page.meta.get('og:locale')).toBe('en_GB');
      expect(page.meta.get('og:image:alt')).toBe('Courtyard with a lime tree');
      expect(page.html).toMatch(/<dt>Legal form<\/dt><dd>Cooperative<\/dd>/);
      expect(page.html).toMatch(/<dt>Shared meals<\/dt><dd>weekly<span class="importance"> \(very important\)<\/span><\/dd>/);
      expect(page.html).toContain('href="/guide/legal-forms?lang=en#cooperative"');
      expect(page.html).toContain(`href="${PATH}?lang=de"`);
      expect(page.html).not.toContain(CONTACT);
    }
  });

  it('links the provider\'s own widget when no region embed shows the listing, the region\'s first when one does', async () => {
    // Outside the town's region and without a provider embed: no widget shows it, so no page either.
    expect((await get('/listings/lst_dresden/ausserhalb-der-region')).status).toBe(410);
    await env.DB.prepare(
      "INSERT INTO embeds (id, organization_id, name, publishable_key, allowed_origins, scope, created_at) VALUES ('emb_coop', 'org_coop', 'Website', 'pk_test_coop', '[\"https://coop.example\"]', 'provider', ?)",
    ).bind(Date.now()).run();
    const outside = await get('/listings/lst_dresden/ausserhalb-der-region');
    expect(outside.status).toBe(200);
    expect(await outside.text()).toContain('href="https://coop.example/?bt-listing=lst_dresden"');
    expect(await (await get(PATH)).text()).toContain('href="https://town.example/?bt-listing=lst_zittau"');
  });

  it('answers 410 with a kind page for paused, archived and curated-away listings, 404 for drafts and unknown ids', async () => {
    for (const status of ['paused', 'archived']) {
      await env.DB.prepare('UPDATE listings SET status = ? WHERE id = ?').bind(status, 'lst_zittau').run();
      for (const path of [PATH, '/listings/lst_zittau']) {
        const res = await get(path);
        expect(res.status, `${status} ${path}`).toBe(410);
        const page = await parse(res);
        expect(page.meta.get('robots')).toBe('noindex, nofollow');
        expect(page.html).toContain('<h1>Dieses Projekt ist gerade nicht ausgeschrieben</h1>');
        expect(page.html).toContain('„Hof in Zittau“');
        expect(page.html).toContain('href="/guide/path?lang=de"');
        expect(page.html).not.toContain(CONTACT);
      }
    }
    const en = await parse(await get(`${PATH}?lang=en`));
    expect(en.html).toContain('<h1>This project isn&#39;t listed right now</h1>');

    // The municipality hides the published Oybin listing from its region: no widget shows it now.
    expect((await get('/listings/lst_oybin/haus-in-oybin')).status).toBe(200);
    await env.DB.prepare("INSERT INTO hidden_listings (municipality_id, listing_id, reason, created_at) VALUES ('org_town', 'lst_oybin', 'Test', ?)").bind(Date.now()).run();
    expect((await get('/listings/lst_oybin/haus-in-oybin')).status).toBe(410);

    for (const path of ['/listings/lst_draft/entwurf', '/listings/lst_draft', '/listings/lst_nope/x', '/listings/%3Cscript%3E']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      const page = await parse(res);
      expect(page.html).toContain('<h1>Dieses Angebot gibt es hier nicht</h1>');
      expect(page.html).not.toContain('Entwurf');
    }
  });
});
