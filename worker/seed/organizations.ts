/**
 * Demo organizations and embeds for Landkreis Görlitz. All providers, people, e-mail addresses and
 * websites are fictional (websites and mail use the reserved `.example` top-level domain).
 */
import type { embeds, organizations, regionApprovals } from '../db/schema';
import { DEMO_DISTRICT_KEY } from './places';

export type NewOrganization = typeof organizations.$inferInsert;
export type NewEmbed = typeof embeds.$inferInsert;
export type NewApproval = typeof regionApprovals.$inferInsert;

export const DEMO_MUNICIPALITY_ID = 'org_lk_goerlitz';
export const DEMO_EMBED_ID = 'emb_demo';
export const DEMO_EMBED_KEY = 'pk_demo_goerlitz';
export const DEMO_COOP_EMBED_ID = 'emb_coop';
export const DEMO_COOP_EMBED_KEY = 'pk_demo_coop';
/** The co-op whose own website carries the provider-scoped demo embed. */
export const DEMO_COOP_ORG_ID = 'org_gemeinsam_gebirge';

/** Origins every demo embed accepts, whatever port the demo host runs on. */
export const DEMO_FIXED_ORIGINS = ['http://localhost:8080', 'http://127.0.0.1:8080', 'http://localhost:18080', 'http://127.0.0.1:18080'] as const;

/**
 * The two origins of a local demo host on `port`.
 * @example
 * demoOriginsForPort(8081); // ['http://localhost:8081', 'http://127.0.0.1:8081']
 */
export function demoOriginsForPort(port: number | string): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

interface OrgSpec {
  id: string;
  name: string;
  slug: string;
  /** Host name under the reserved .example TLD, for website and contact mail. */
  domain: string;
  mailbox: string;
  createdDaysAgo: number;
}

const provider = (id: string, name: string, slug: string, domain: string, mailbox: string, createdDaysAgo: number): OrgSpec => ({
  id,
  name,
  slug,
  domain,
  mailbox,
  createdDaysAgo,
});

/** Fictional providers: co-ops, a syndicate network, a foundation, associations, an owner, a GbR. */
export const PROVIDERS = [
  provider('org_gemeinsam_gebirge', 'Gemeinsam Wohnen im Zittauer Gebirge eG', 'gemeinsam-wohnen-zittauer-gebirge', 'gemeinsam-wohnen-gebirge.example', 'kontakt', 820),
  provider('org_heideland_eg', 'Dorf- und Wohngenossenschaft Heideland eG', 'heideland-eg', 'heideland-eg.example', 'wohnen', 760),
  provider('org_hausprojekte_lausitz', 'Hausprojekte-Verbund Lausitz e. V.', 'hausprojekte-lausitz', 'hausprojekte-lausitz.example', 'anfragen', 700),
  provider('org_stiftung_umgebinde', 'Stiftung Umgebinde & Gemeinschaft', 'stiftung-umgebinde-gemeinschaft', 'umgebinde-gemeinschaft.example', 'stiftung', 690),
  provider('org_mgw_oberlausitz', 'Mehrgenerationenwohnen Oberlausitz e. V.', 'mgw-oberlausitz', 'mgw-oberlausitz.example', 'info', 640),
  provider('org_kessler_grundbesitz', 'Kessler Grundbesitz GmbH & Co. KG', 'kessler-grundbesitz', 'kessler-grundbesitz.example', 'vermietung', 600),
  provider('org_baugruppen_neisse', 'Baugruppen-Netzwerk Neiße-Oberland', 'baugruppen-neisse-oberland', 'baugruppen-neisse.example', 'mitbauen', 520),
  provider('org_hofkollektiv_kottmar', 'Hofkollektiv Kottmarland GbR', 'hofkollektiv-kottmarland', 'hofkollektiv-kottmar.example', 'hof', 470),
  provider('org_schmalspur_ev', 'Wohnprojekt Schmalspur e. V.', 'wohnprojekt-schmalspur', 'wohnprojekt-schmalspur.example', 'hallo', 300),
] as const;

export type ProviderId = (typeof PROVIDERS)[number]['id'];
export type DemoOrgId = ProviderId | typeof DEMO_MUNICIPALITY_ID;

export const MUNICIPALITY_CONTACT = {
  email: 'wohnprojekte@landkreis-goerlitz.example',
  website: null,
} as const;

/** Contact mail and website a listing of this organization shows. */
export function orgContact(id: DemoOrgId): { email: string; website: string | null } {
  if (id === DEMO_MUNICIPALITY_ID) return { ...MUNICIPALITY_CONTACT };
  const p = PROVIDERS.find((x) => x.id === id);
  if (!p) throw new Error(`unknown demo organization ${id}`);
  return { email: `${p.mailbox}@${p.domain}`, website: `https://${p.domain}` };
}

const DAY = 86_400_000;

export function demoOrganizations(now: number): NewOrganization[] {
  const municipality: NewOrganization = {
    id: DEMO_MUNICIPALITY_ID,
    kind: 'municipality',
    name: 'Landkreis Görlitz',
    slug: 'landkreis-goerlitz',
    regionDistrictKeys: [DEMO_DISTRICT_KEY],
    regionPostcodes: [],
    website: MUNICIPALITY_CONTACT.website,
    createdAt: now - 900 * DAY,
  };
  return [
    municipality,
    ...PROVIDERS.map(
      (p): NewOrganization => ({
        id: p.id,
        kind: 'provider',
        name: p.name,
        slug: p.slug,
        regionDistrictKeys: [],
        regionPostcodes: [],
        website: `https://${p.domain}`,
        createdAt: now - p.createdDaysAgo * DAY,
      }),
    ),
  ];
}

/** The demo providers start approved in Landkreis Görlitz's widget (decided by nobody: seeded). */
export function demoApprovals(now: number): NewApproval[] {
  return PROVIDERS.map((p) => ({
    municipalityId: DEMO_MUNICIPALITY_ID,
    providerId: p.id,
    state: 'approved' as const,
    message: null,
    decidedBy: null,
    decidedAt: now - (p.createdDaysAgo - 10) * DAY,
    createdAt: now - (p.createdDaysAgo - 10) * DAY,
  }));
}

/** Sorted, without duplicates: the stored order is stable across re-seeds (see sql.ts). */
export function normalizeOrigins(origins: readonly string[]): string[] {
  return [...new Set(origins.map((o) => o.replace(/\/+$/, '')))].sort();
}

export function demoEmbeds(now: number, origins: readonly string[]): NewEmbed[] {
  const allowedOrigins = normalizeOrigins(origins);
  return [
    {
      id: DEMO_EMBED_ID,
      organizationId: DEMO_MUNICIPALITY_ID,
      name: 'Website Landkreis (Demo)',
      publishableKey: DEMO_EMBED_KEY,
      allowedOrigins,
      scope: 'region',
      theme: { accent: '#0b5e55' },
      defaultLocale: 'de',
      createdAt: now - 880 * DAY,
      revokedAt: null,
    },
    {
      id: DEMO_COOP_EMBED_ID,
      organizationId: DEMO_COOP_ORG_ID,
      name: 'Website Genossenschaft (Demo)',
      publishableKey: DEMO_COOP_EMBED_KEY,
      allowedOrigins,
      scope: 'provider',
      theme: { accent: '#7a3b69', radius: '4px' },
      defaultLocale: 'de',
      createdAt: now - 800 * DAY,
      revokedAt: null,
    },
  ];
}
