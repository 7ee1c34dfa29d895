/** The admin page frame: skip link, header with organization and navigation, main landmark. */
import type { Child } from 'hono/jsx';
import { Document, documentHtml } from '../../http/document';
import type { AdminContext, AdminMember } from '../context';
import { guideOverviewHref } from '../../guide/links';
import { messages, otherLocale } from '../../i18n';

export interface PageProps {
  c: AdminContext;
  title: string;
  /** Shown as a status message under the heading (e.g. "Saved."). */
  notice?: string;
  children?: Child;
  /** Section key to mark as current in the navigation. */
  section?: 'listings' | 'inbox' | 'members' | 'audit' | 'embeds' | 'region' | 'settings' | 'providers' | 'visibility' | 'operator' | 'advice' | 'initiatives' | 'reports';
}

export function Page({ c, title, notice, children, section }: PageProps) {
  const t = c.get('t');
  // Absent on the sign-in and welcome pages.
  const member = c.var.member as AdminMember | undefined;
  const csrf = c.var.csrfToken as string | undefined;
  const signedIn = Boolean(member ?? c.var.signedIn);
  const nav: { key: string; href: string; label: string }[] = member
    ? [
        ...(member.org.kind === 'municipality' ? [{ key: 'dashboard', href: '/admin/dashboard', label: t.nav.dashboard }] : []),
        { key: 'listings', href: '/admin/listings', label: t.nav.listings },
        { key: 'inbox', href: '/admin/inbox', label: t.nav.inbox },
        ...(member.org.kind === 'municipality'
          ? [
              { key: 'region', href: '/admin/region', label: t.region.nav },
              { key: 'providers', href: '/admin/providers', label: t.providers.nav },
              { key: 'advice', href: '/admin/advice', label: messages(t.lang).guide.admin.nav },
              { key: 'reports', href: '/admin/reports', label: messages(t.lang).groups.reports.nav },
            ]
          : [{ key: 'visibility', href: '/admin/visibility', label: t.visibility.nav }]),
        { key: 'initiatives', href: '/admin/initiatives', label: messages(t.lang).groups.admin.nav },
        { key: 'embeds', href: '/admin/embeds', label: t.embeds.nav },
        { key: 'members', href: '/admin/members', label: t.nav.members },
        { key: 'settings', href: '/admin/settings', label: messages(t.lang).digest.nav },
        ...(member.role === 'owner' ? [{ key: 'audit', href: '/admin/audit', label: t.nav.audit }] : []),
        // Providers and municipalities alike: the guide explains legal forms and financing to both.
        { key: 'guide', href: guideOverviewHref({ locale: t.lang }), label: messages(t.lang).guide.admin.guideNav },
      ]
    : [];
  if (c.var.operator) nav.push({ key: 'operator', href: '/admin/operator', label: t.operator.nav });
  return (
    <Document lang={t.lang} title={`${title} – ${t.app}`} stylesheet="/admin/admin.css" noindex skip={t.skip}>
      <>
        <header class="top">
          <p class="brand">{t.app}</p>
          {member ? (
            <p class="org">
              {t.nav.organization}: <strong>{member.org.name}</strong> · {t.common.role[member.role]}
            </p>
          ) : null}
          {member && member.orgs.length > 1 ? (
            <form method="post" action="/admin/organization" class="inline">
              <input type="hidden" name="_csrf" value={csrf} />
              <label for="org-switch">{t.nav.organization}</label>
              <select id="org-switch" name="organizationId">
                {member.orgs.map((o) => (
                  <option value={o.id} selected={o.id === member.org.id}>
                    {o.name}
                  </option>
                ))}
              </select>
              <button type="submit">{t.nav.switchOrg}</button>
            </form>
          ) : null}
          {signedIn ? (
            <div class="account">
              <form method="post" action="/admin/locale" class="inline">
                <input type="hidden" name="_csrf" value={csrf} />
                <input type="hidden" name="locale" value={otherLocale(t.lang)} />
                <button type="submit" lang={otherLocale(t.lang)}>
                  {t.nav.switchLanguage}
                </button>
              </form>
              <form method="post" action="/admin/sign-out" class="inline">
                <input type="hidden" name="_csrf" value={csrf} />
                <button type="submit">{t.nav.signOut}</button>
              </form>
            </div>
          ) : null}
          {nav.length ? (
            <nav aria-label={t.nav.main}>
              <ul>
                {nav.map((n) => (
                  <li>
                    <a href={n.href} aria-current={n.key === section ? 'page' : undefined}>
                      {n.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main" tabindex={-1}>
          <h1>{title}</h1>
          {notice ? (
            <p class="notice" role="status">
              {notice}
            </p>
          ) : null}
          {children}
        </main>
      </>
    </Document>
  );
}

/** Renders a page as a complete HTML document. */
export function render(c: AdminContext, page: ReturnType<typeof Page>, status: 200 | 400 | 403 | 404 | 413 | 422 | 429 = 200) {
  return c.html(documentHtml(page), status);
}

/** Hidden CSRF field for forms behind requireMember / requireSignedIn. */
export function Csrf({ c }: { c: AdminContext }) {
  return <input type="hidden" name="_csrf" value={c.var.csrfToken} />;
}

/**
 * A form that is one button: posts to `action` with the CSRF field and nothing else (approve,
 * revoke, remove, resend …). `label` names the button for screen readers where its text alone is
 * ambiguous in a list; `inline` keeps it on the line (several side by side).
 * @example
 * <PostButton c={c} action={`/admin/embeds/${embed.id}/revoke`} variant="secondary">{t.embeds.revoke}</PostButton>
 */
export function PostButton({ c, action, inline, variant, label, children }: { c: AdminContext; action: string; inline?: boolean; variant?: 'secondary' | 'danger'; label?: string; children: Child }) {
  return (
    <form method="post" action={action} class={inline ? 'inline' : undefined}>
      <Csrf c={c} />
      <button type="submit" class={variant} aria-label={label}>
        {children}
      </button>
    </form>
  );
}
