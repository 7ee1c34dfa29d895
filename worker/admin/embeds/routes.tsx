/**
 * Embeds of the member's organization: list, create, edit, revoke, live preview. Owners manage
 * them; editors and viewers read them (writes answer 403). Another organization's embed id is
 * answered with 404. Every change is audited in the same batch as the change.
 *
 * Municipalities create region embeds (optionally narrowed to listing kinds and providers);
 * provider organizations create provider embeds (their own listings only).
 */
import { and, asc, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import { raw as rawHtml } from 'hono/html';
import { contentSecurityPolicy } from '../../http/security-headers';
import { database, type Database } from '../../db/client';
import { embeds, listings, organizations, type Embed, type Organization } from '../../db/schema';
import { auditInsert } from '../../audit/log';
import { hasRole, notFound, requireMember, requireRole, type AdminContext, type AdminEnv } from '../context';
import type { FormErrors } from '../ui/form';
import { Page, render } from '../ui/layout';
import { RecordTable } from '../ui/table';
import { emptyEmbedRaw, newPublishableKey, parseEmbedForm, parseTheme, rawFromBody, rawFromEmbed, type RawEmbedForm } from './form';
import { EmbedForm, RevokeAction, scopeText, Snippet, ThemeFields } from './views';

export const embedPages = new Hono<AdminEnv>();
embedPages.use('/admin/embeds', requireMember());
embedPages.use('/admin/embeds/*', requireMember());

/** An embed of the member's organization, or 404 (other tenants' ids look like missing ones). */
async function ownEmbed(c: AdminContext, id: string): Promise<Embed> {
  const row = await database(c.env.DB)
    .select()
    .from(embeds)
    .where(and(eq(embeds.id, id), eq(embeds.organizationId, c.get('member').org.id)))
    .get();
  if (!row) throw notFound();
  return row;
}

async function ownOrganization(c: AdminContext): Promise<Organization> {
  const org = await database(c.env.DB).select().from(organizations).where(eq(organizations.id, c.get('member').org.id)).get();
  if (!org) throw notFound();
  return org;
}

/** Listings of the organization's region, whatever their status (same rule as inEmbedScope). */
export function inRegion(org: Pick<Organization, 'id' | 'regionDistrictKeys' | 'regionPostcodes'>): SQL {
  const keys = org.regionDistrictKeys;
  const codes = org.regionPostcodes;
  if (!keys.length && !codes.length) return eq(listings.organizationId, org.id);
  return or(keys.length ? inArray(listings.districtKey, keys) : undefined, codes.length ? inArray(listings.postcode, codes) : undefined) as SQL;
}

/**
 * The organizations a region embed may be narrowed to: those with listings in the region, plus any
 * already chosen (so a region change never hides a stored choice the owner may want to untick).
 */
async function providerChoices(db: Database, org: Organization, chosen: readonly string[] = []) {
  const inRegionOrgs = await db
    .selectDistinct({ id: organizations.id, name: organizations.name })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .where(inRegion(org))
    .orderBy(asc(organizations.name))
    .all();
  const missing = chosen.filter((id) => !inRegionOrgs.some((o) => o.id === id));
  const extra = missing.length ? await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, missing)).all() : [];
  return [...inRegionOrgs, ...extra];
}

const escapeHtml = (v: string) => v.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const NOTICES = ['created', 'updated', 'revoked'] as const;
function noticeText(c: AdminContext): string | undefined {
  const n = c.req.query('notice') as (typeof NOTICES)[number];
  return NOTICES.includes(n) ? c.get('t').embeds[n] : undefined;
}
const statusOf = (errors: FormErrors) => (Object.keys(errors).length ? 400 : 200);

embedPages.get('/admin/embeds', async (c) => {
  const t = c.get('t');
  const member = c.get('member');
  const db = database(c.env.DB);
  const rows = await db.select().from(embeds).where(eq(embeds.organizationId, member.org.id)).orderBy(asc(embeds.revokedAt), desc(embeds.createdAt)).all();
  const ids = [...new Set(rows.flatMap((r) => r.scopeOrganizationIds))];
  const names = new Map(ids.length ? (await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, ids)).all()).map((o) => [o.id, o.name]) : []);
  const municipality = member.org.kind === 'municipality';
  return render(
    c,
    <Page c={c} title={t.embeds.title} section="embeds" notice={noticeText(c)}>
      <p>{t.embeds.intro}</p>
      {hasRole(member.role, 'owner') ? (
        <p>
          <a class="button" href="/admin/embeds/new">
            {t.embeds.new}
          </a>
        </p>
      ) : null}
      <RecordTable
        caption={t.embeds.title}
        empty={t.embeds.empty}
        columns={[t.embeds.col.name, t.embeds.col.key, t.embeds.col.scope, t.embeds.col.origins, t.embeds.col.status, t.common.actions]}
        rows={rows}
        row={(e) => (
          <tr>
            <th scope="row">
              <a href={`/admin/embeds/${e.id}`}>{e.name}</a>
            </th>
            <td>
              <code>{e.publishableKey}</code>
            </td>
            <td>{scopeText(c, e, names)}</td>
            <td>{e.allowedOrigins.join(', ')}</td>
            <td>{e.revokedAt === null ? t.embeds.active : <span class="badge status-archived">{t.embeds.revokedBadge}</span>}</td>
            <td>
              <ul class="plain">
                {e.revokedAt === null ? (
                  <li>
                    <a href={`/admin/embeds/${e.id}/preview`} aria-label={`${t.embeds.preview}: ${e.name}`}>
                      {t.embeds.preview}
                    </a>
                  </li>
                ) : null}
                {municipality ? (
                  <li>
                    <a href={`/admin/dashboard?embed=${encodeURIComponent(e.id)}`} aria-label={`${t.embeds.col.figures}: ${e.name}`}>
                      {t.embeds.col.figures}
                    </a>
                  </li>
                ) : null}
              </ul>
            </td>
          </tr>
        )}
      />
    </Page>,
  );
});

async function newPage(c: AdminContext, org: Organization, raw: RawEmbedForm, errors: FormErrors = {}) {
  const t = c.get('t');
  const region = org.kind === 'municipality';
  const providers = region ? await providerChoices(database(c.env.DB), org) : [];
  return render(
    c,
    <Page c={c} title={t.embeds.createTitle} section="embeds">
      {region && !org.regionDistrictKeys.length && !org.regionPostcodes.length ? (
        <p class="warning">
          {t.embeds.regionMissing} <a href="/admin/region">{t.embeds.regionLink}</a>
        </p>
      ) : null}
      <EmbedForm c={c} raw={raw} errors={errors} action="/admin/embeds" region={region} providers={providers} />
    </Page>,
    statusOf(errors),
  );
}

embedPages.get('/admin/embeds/new', async (c) => {
  requireRole(c, 'owner');
  return newPage(c, await ownOrganization(c), emptyEmbedRaw());
});

embedPages.post('/admin/embeds', async (c) => {
  requireRole(c, 'owner');
  const member = c.get('member');
  const db = database(c.env.DB);
  const org = await ownOrganization(c);
  const region = org.kind === 'municipality';
  const raw = rawFromBody(await c.req.parseBody({ all: true }));
  const providers = region ? await providerChoices(db, org) : [];
  const parsed = parseEmbedForm(raw, c.get('t'), { region, providerIds: providers.map((p) => p.id) });
  if (!parsed.ok) return newPage(c, org, raw, parsed.errors);
  const now = Date.now();
  const id = `emb_${crypto.randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const key = newPublishableKey();
  await db.batch([
    db.insert(embeds).values({ id, organizationId: org.id, publishableKey: key, scope: region ? 'region' : 'provider', createdAt: now, revokedAt: null, ...parsed.data }),
    auditInsert(db, { organizationId: org.id, actorId: member.user.id, action: 'embed.created', entity: 'embed', entityId: id, detail: { name: parsed.data.name, key, origins: parsed.data.allowedOrigins } }, now),
  ]);
  return c.redirect(`/admin/embeds/${id}?notice=created`, 303);
});

async function editPage(c: AdminContext, embed: Embed, raw: RawEmbedForm, errors: FormErrors = {}) {
  const t = c.get('t');
  const member = c.get('member');
  const canEdit = hasRole(member.role, 'owner') && embed.revokedAt === null;
  const org = await ownOrganization(c);
  const region = embed.scope === 'region';
  const providers = region ? await providerChoices(database(c.env.DB), org, embed.scopeOrganizationIds) : [];
  return render(
    c,
    <Page c={c} title={`${t.embeds.editTitle}: ${embed.name}`} section="embeds" notice={noticeText(c)}>
      <p>
        {embed.revokedAt === null ? (
          <>
            <a href={`/admin/embeds/${embed.id}/preview`}>{t.embeds.preview}</a>
            {member.org.kind === 'municipality' ? ' · ' : null}
          </>
        ) : null}
        {member.org.kind === 'municipality' ? <a href={`/admin/dashboard?embed=${encodeURIComponent(embed.id)}`}>{t.embeds.figures}</a> : null}
      </p>
      <RevokeAction c={c} embed={embed} canRevoke={hasRole(member.role, 'owner')} />
      {embed.revokedAt === null ? <Snippet c={c} embed={embed} /> : null}
      <EmbedForm c={c} raw={raw} errors={errors} action={`/admin/embeds/${embed.id}`} readOnly={!canEdit} region={region} providers={providers} />
      <p>
        <a href="/admin/embeds">{t.common.back}</a>
      </p>
    </Page>,
    statusOf(errors),
  );
}

embedPages.get('/admin/embeds/:id', async (c) => {
  const embed = await ownEmbed(c, c.req.param('id'));
  return editPage(c, embed, rawFromEmbed(embed));
});

embedPages.post('/admin/embeds/:id', async (c) => {
  requireRole(c, 'owner');
  const embed = await ownEmbed(c, c.req.param('id'));
  // A revoked embed stays as it was revoked: its figures keep their name.
  if (embed.revokedAt !== null) throw notFound();
  const member = c.get('member');
  const db = database(c.env.DB);
  const raw = rawFromBody(await c.req.parseBody({ all: true }));
  const region = embed.scope === 'region';
  const providers = region ? await providerChoices(db, await ownOrganization(c), embed.scopeOrganizationIds) : [];
  const parsed = parseEmbedForm(raw, c.get('t'), { region, providerIds: providers.map((p) => p.id) });
  // A failed submit changes nothing that is stored; the form keeps what was typed.
  if (!parsed.ok) return editPage(c, embed, raw, parsed.errors);
  const changed = (Object.keys(parsed.data) as (keyof typeof parsed.data)[]).filter((k) => JSON.stringify(parsed.data[k]) !== JSON.stringify(embed[k]));
  const now = Date.now();
  await db.batch([
    db.update(embeds).set(parsed.data).where(and(eq(embeds.id, embed.id), eq(embeds.organizationId, member.org.id))),
    auditInsert(db, { organizationId: member.org.id, actorId: member.user.id, action: 'embed.updated', entity: 'embed', entityId: embed.id, detail: { fields: changed } }, now),
  ]);
  return c.redirect(`/admin/embeds/${embed.id}?notice=updated`, 303);
});

embedPages.post('/admin/embeds/:id/revoke', async (c) => {
  requireRole(c, 'owner');
  const embed = await ownEmbed(c, c.req.param('id'));
  const member = c.get('member');
  if (embed.revokedAt === null) {
    const db = database(c.env.DB);
    const now = Date.now();
    await db.batch([
      db.update(embeds).set({ revokedAt: now }).where(and(eq(embeds.id, embed.id), eq(embeds.organizationId, member.org.id))),
      auditInsert(db, { organizationId: member.org.id, actorId: member.user.id, action: 'embed.revoked', entity: 'embed', entityId: embed.id, detail: { key: embed.publishableKey } }, now),
    ]);
  }
  return c.redirect(`/admin/embeds/${embed.id}?notice=revoked`, 303);
});

/** Theme values from the preview's query ("try a look"); null when none were sent. */
function triedTheme(c: AdminContext): { raw: RawEmbedForm; errors: FormErrors; theme: ReturnType<typeof parseTheme> } | null {
  const q = c.req.query();
  if (!('accent' in q || 'radius' in q || 'font' in q)) return null;
  const raw: RawEmbedForm = { accent: q.accent ?? '', radius: q.radius ?? '', font: q.font ?? '' };
  const errors: FormErrors = {};
  const theme = parseTheme(raw, c.get('t'), errors);
  return { raw, errors, theme };
}

/**
 * Live preview: this page loads `/widget.js` from our own origin and shows the embed's widget.
 *
 * - Script: the admin CSP (`script-src 'self'`, no inline script) already allows `/widget.js`.
 * - API calls: this page alone widens the admin CSP by `connect-src 'self'` so the widget can call
 *   `/v1/*` on the same origin. Those calls carry our own origin, which `resolveEmbed` accepts for
 *   config, matches and listing fit only as a preview (no demand record; contact requests and
 *   saved searches still demand an allow-listed origin). No public allow-list is widened.
 * - Unsaved look: tried theme values are validated like the form and served as public `--bt-*`
 *   custom properties from a same-origin stylesheet (`preview.css`), since inline styles are not
 *   allowed either. Without tried values the widget shows the saved theme from its config.
 */
embedPages.get('/admin/embeds/:id/preview', async (c) => {
  const t = c.get('t');
  const embed = await ownEmbed(c, c.req.param('id'));
  const tried = triedTheme(c);
  const raw = tried?.raw ?? rawFromEmbed(embed);
  const errors = tried?.errors ?? {};
  const trying = tried !== null && !Object.keys(errors).length;
  const css = trying ? `/admin/embeds/${embed.id}/preview.css?${new URLSearchParams({ accent: String(raw.accent), radius: String(raw.radius), font: String(raw.font) })}` : null;
  if (embed.revokedAt === null) {
    c.header(
      'Content-Security-Policy',
      `${contentSecurityPolicy()}; connect-src 'self'`,
    );
  }
  return render(
    c,
    <Page c={c} title={`${t.embeds.preview}: ${embed.name}`} section="embeds">
      {embed.revokedAt !== null ? (
        <p class="warning">{t.embeds.previewRevoked}</p>
      ) : (
        <>
          <p>{t.embeds.previewIntro}</p>
          <form method="get" action={`/admin/embeds/${embed.id}/preview`} novalidate class="panel">
            <h2>{t.embeds.previewTry}</h2>
            <p class="hint">{t.embeds.previewTryHint}</p>
            <ThemeFields c={c} raw={raw} errors={errors} />
            <button type="submit">{t.embeds.previewShow}</button>
          </form>
          <section aria-labelledby="preview-h" class="embed-preview">
            <h2 id="preview-h">
              {t.embeds.previewWidget} · {trying ? t.embeds.previewTrying : t.embeds.previewSaved}
            </h2>
            {css ? <link rel="stylesheet" href={css} /> : null}
            {/* Raw: `key` is reserved in JSX and would be dropped. Both values are checked (pk_ pattern, de|en). */}
            {rawHtml(`<bring-together-widget key="${escapeHtml(embed.publishableKey)}" lang="${embed.defaultLocale}"></bring-together-widget>`)}
            {/* hono/jsx hoists an async script into <head>; the element above is upgraded once it runs. */}
            <script src="/widget.js" async></script>
          </section>
        </>
      )}
      <p>
        <a href={`/admin/embeds/${embed.id}`}>{t.embeds.back}</a>
      </p>
    </Page>,
    statusOf(errors),
  );
});

/** The tried look as public `--bt-*` properties; values are validated, so no CSS can be injected. */
embedPages.get('/admin/embeds/:id/preview.css', async (c) => {
  await ownEmbed(c, c.req.param('id'));
  const tried = triedTheme(c);
  const props: string[] = [];
  if (tried && !Object.keys(tried.errors).length) {
    const { accent, radius, font } = tried.theme;
    // The form only accepts accents with 4.5:1 against white, so white text on it is always readable.
    if (accent) props.push(`--bt-color-accent: ${accent};`, '--bt-color-on-accent: #fff;');
    if (radius) props.push(`--bt-radius: ${radius};`);
    if (font) props.push(`--bt-font: ${font};`);
  }
  return c.body(`.embed-preview bring-together-widget { ${props.join(' ')} }\n`, 200, { 'Content-Type': 'text/css; charset=utf-8' });
});

