/**
 * Sign-in by magic link, sign-out, language, switching the active organization, the welcome page
 * (create a provider organization) and accepting invitations.
 */
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { authFor, MAGIC_LINK_TTL_SECONDS } from '../../auth/auth';
import { slugify } from '../../organizations/slug';
import { bindingFor, boundCallback, linkIsBound, newNonce, SIGN_IN_COOKIE } from './binding';
import { database } from '../../db/client';
import { invitations, members, organizations, users } from '../../db/schema';
import { audit } from '../../audit/log';
import { AdminError, currentUser, notFound, readForm, requireSignedIn, type AdminContext, type AdminEnv } from '../context';
import { toLocale } from '../../i18n';
import { ErrorSummary, TextField, type FormErrors } from '../ui/form';
import { Csrf, Page, PostButton, render } from '../ui/layout';

export const authPages = new Hono<AdminEnv>();

/** Only same-site admin paths are valid targets after sign-in. */
export const safeNext = (next: unknown): string =>
  typeof next === 'string' && /^\/admin(\/[\w\-./?=&%]*)?$/.test(next) && !next.startsWith('//') && !next.includes('/auth/') ? next : '/admin/listings';

const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

function SignInForm({ c, email, error, next }: { c: AdminContext; email?: string; error?: string; next: string }) {
  const t = c.get('t');
  const errors: FormErrors = error ? { email: error } : {};
  return (
    <>
      <ErrorSummary errors={errors} t={t} />
      <p>{t.signIn.intro}</p>
      <form method="post" action={`/admin/sign-in${t.lang === 'en' ? '?lang=en' : ''}`} novalidate>
        <input type="hidden" name="next" value={next} />
        <TextField name="email" type="email" label={t.signIn.email} value={email} error={error} required autocomplete="email" t={t} />
        <button type="submit">{t.signIn.submit}</button>
      </form>
    </>
  );
}

authPages.get('/admin/sign-in', async (c) => {
  const t = c.get('t');
  if (await currentUser(c)) return c.redirect(safeNext(c.req.query('next')), 303);
  const linkError = c.req.query('error');
  const notice = c.req.query('signed-out') !== undefined ? t.signIn.signedOut : undefined;
  return render(
    c,
    <Page c={c} title={t.signIn.title} notice={notice}>
      {linkError ? (
        <p class="error-banner" role="alert">
          {t.signIn.invalidLink}
        </p>
      ) : null}
      <SignInForm c={c} next={safeNext(c.req.query('next'))} />
    </Page>,
  );
});

authPages.post('/admin/sign-in', async (c) => {
  const t = c.get('t');
  const body = await readForm(c);
  const next = safeNext(body.next);
  const client = c.req.header('cf-connecting-ip') ?? 'local';
  const { success } = await c.env.RATE_LIMIT_SIGNIN.limit({ key: `signin:${client}` });
  if (!success) throw new AdminError(429, 'rateLimited');

  const parsed = emailSchema.safeParse(typeof body.email === 'string' ? body.email : '');
  if (!parsed.success) {
    const raw = typeof body.email === 'string' ? body.email : '';
    return render(
      c,
      <Page c={c} title={t.signIn.title}>
        <SignInForm c={c} email={raw} next={next} error={raw.trim() ? t.errors.email : t.errors.required} />
      </Page>,
      422,
    );
  }
  // The link is bound to this browser (worker/admin/auth/binding.ts): login CSRF protection.
  const nonce = newNonce();
  await authFor(c.env, c.req.url).api.signInMagicLink({
    body: { email: parsed.data, callbackURL: boundCallback(await bindingFor(c.env, nonce), next), errorCallbackURL: '/admin/sign-in?error=link', metadata: { locale: c.get('locale') } },
    headers: c.req.raw.headers,
  });
  setCookie(c, SIGN_IN_COOKIE, nonce, { httpOnly: true, sameSite: 'Lax', secure: new URL(c.req.url).protocol === 'https:', path: '/admin', maxAge: MAGIC_LINK_TTL_SECONDS });
  return render(
    c,
    <Page c={c} title={t.signIn.sentTitle}>
      <p role="status">{t.signIn.sent(parsed.data)}</p>
    </Page>,
  );
});

/**
 * better-auth's own endpoints: only the magic-link verification is reachable from outside, and
 * only for the browser that asked for the link; anyone else is asked first.
 */
authPages.get('/admin/auth/magic-link/verify', async (c) => {
  const url = new URL(c.req.url);
  if (await linkIsBound(c.env, url, getCookie(c, SIGN_IN_COOKIE))) return authFor(c.env, c.req.url).handler(c.req.raw);
  const t = c.get('t');
  const field = (name: string) => url.searchParams.get(name) ?? '';
  return render(
    c,
    <Page c={c} title={t.signIn.confirmTitle}>
      <p>{t.signIn.confirmText}</p>
      <form method="post" action="/admin/auth/magic-link/verify">
        {['token', 'callbackURL', 'errorCallbackURL'].map((name) => (
          <input type="hidden" name={name} value={field(name).slice(0, 2000)} />
        ))}
        <button type="submit">{t.signIn.confirmSubmit}</button>{' '}
        <a href="/admin/sign-in">{t.signIn.confirmCancel}</a>
      </form>
    </Page>,
  );
});

/** The confirmed link (a same-origin post, checked by the admin's sameOrigin middleware) goes on to better-auth. */
authPages.post('/admin/auth/magic-link/verify', async (c) => {
  const body = await readForm(c);
  const target = new URL('/admin/auth/magic-link/verify', c.req.url);
  for (const name of ['token', 'callbackURL', 'errorCallbackURL']) {
    const v = body[name];
    if (typeof v === 'string' && v.length <= 2000) target.searchParams.set(name, v);
  }
  const headers = new Headers(c.req.raw.headers);
  headers.delete('content-type');
  headers.delete('content-length');
  return authFor(c.env, c.req.url).handler(new Request(target, { method: 'GET', headers }));
});

/** Where a verified link lands: forget the sign-in nonce, go on to the page the user wanted. */
authPages.get('/admin/signed-in', (c) => {
  deleteCookie(c, SIGN_IN_COOKIE, { path: '/admin', secure: new URL(c.req.url).protocol === 'https:' });
  return c.redirect(safeNext(c.req.query('next')), 303);
});

authPages.post('/admin/sign-out', requireSignedIn(), async (c) => {
  const { headers } = await authFor(c.env, c.req.url).api.signOut({ headers: c.req.raw.headers, returnHeaders: true });
  const res = c.redirect(`/admin/sign-in?signed-out${c.get('locale') === 'en' ? '&lang=en' : ''}`, 303);
  for (const cookie of headers.getSetCookie()) res.headers.append('set-cookie', cookie);
  return res;
});

authPages.post('/admin/locale', requireSignedIn(), async (c) => {
  const body = await c.req.parseBody();
  const locale = toLocale(body.locale);
  await database(c.env.DB).update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, c.var.signedIn!.user.id));
  const back = c.req.header('referer');
  return c.redirect(back && back.startsWith(new URL(c.req.url).origin) ? new URL(back).pathname : '/admin/listings', 303);
});

/** Switches the active organization; only to one the user is a member of (else 404). */
authPages.post('/admin/organization', requireSignedIn(), async (c) => {
  const body = await c.req.parseBody();
  const id = typeof body.organizationId === 'string' ? body.organizationId : '';
  const member = await database(c.env.DB)
    .select()
    .from(members)
    .where(and(eq(members.userId, c.var.signedIn!.user.id), eq(members.organizationId, id)))
    .get();
  if (!member) throw notFound();
  await authFor(c.env, c.req.url).api.setActiveOrganization({ body: { organizationId: id }, headers: c.req.raw.headers });
  return c.redirect('/admin/listings', 303);
});

authPages.get('/admin', (c) => c.redirect('/admin/listings', 303));

// ── Welcome: a signed-in user without organization registers a provider or accepts an invitation.

const orgSchema = z.object({
  name: z.string().trim().min(2).max(120),
  website: z.union([z.literal(''), z.url({ protocol: /^https$/ }).max(300)]),
});

async function pendingInvitations(c: AdminContext) {
  return database(c.env.DB)
    .select({ id: invitations.id, role: invitations.role, expiresAt: invitations.expiresAt, org: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(and(eq(invitations.email, c.var.signedIn!.user.email), eq(invitations.status, 'pending')))
    .all()
    .then((rows) => rows.filter((r) => r.expiresAt.getTime() > Date.now()));
}

async function welcomePage(c: AdminContext, values: { name?: string; website?: string } = {}, errors: FormErrors = {}) {
  const t = c.get('t');
  const invites = await pendingInvitations(c);
  return render(
    c,
    <Page c={c} title={t.welcome.title}>
      <ErrorSummary errors={errors} t={t} />
      <p>{t.welcome.intro}</p>
      {c.var.operator ? (
        <p class="notice">
          {t.operator.welcome} <a href="/admin/operator">{t.operator.welcomeLink}</a>
        </p>
      ) : null}
      {invites.length ? (
        <section aria-labelledby="inv-h">
          <h2 id="inv-h">{t.welcome.invitations}</h2>
          <ul>
            {invites.map((i) => (
              <li>
                <a href={`/admin/invitations/${i.id}`}>
                  {i.org} ({t.common.role[i.role] ?? i.role})
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="org-h">
        <h2 id="org-h">{t.welcome.createTitle}</h2>
        <p>{t.welcome.createIntro}</p>
        <form method="post" action="/admin/welcome" novalidate>
          <Csrf c={c} />
          <TextField name="name" label={t.welcome.name} value={values.name} error={errors.name} required maxlength={120} t={t} />
          <TextField name="website" type="url" label={t.welcome.website} value={values.website} error={errors.website} t={t} />
          <button type="submit">{t.welcome.create}</button>
        </form>
      </section>
    </Page>,
    Object.keys(errors).length ? 422 : 200,
  );
}

authPages.get('/admin/welcome', requireSignedIn(), async (c) => {
  const has = await database(c.env.DB).select({ id: members.id }).from(members).where(eq(members.userId, c.var.signedIn!.user.id)).get();
  if (has) return c.redirect('/admin/listings', 303);
  return welcomePage(c);
});

authPages.post('/admin/welcome', requireSignedIn(), async (c) => {
  const t = c.get('t');
  const body = await c.req.parseBody();
  const values = { name: String(body.name ?? ''), website: String(body.website ?? '').trim() };
  const parsed = orgSchema.safeParse(values);
  if (!parsed.success) {
    const errors: FormErrors = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      errors[key] ??= key === 'website' ? t.errors.url : values.name.trim() ? (values.name.trim().length < 2 ? t.errors.tooShort(2) : t.errors.tooLong(120)) : t.errors.required;
    }
    return welcomePage(c, values, errors);
  }
  const user = c.var.signedIn!.user;
  const slug = `${slugify(parsed.data.name)}-${crypto.randomUUID().slice(0, 6)}`;
  const created = await authFor(c.env, c.req.url).api.createOrganization({
    body: { name: parsed.data.name, slug, kind: 'provider' },
    headers: c.req.raw.headers,
  });
  if (!created) throw new Error('organization was not created');
  const db = database(c.env.DB);
  if (parsed.data.website) await db.update(organizations).set({ website: parsed.data.website }).where(eq(organizations.id, created.id));
  await audit(db, { organizationId: created.id, actorId: user.id, action: 'organization.created', entity: 'organization', entityId: created.id, detail: { name: parsed.data.name } });
  return c.redirect('/admin/listings', 303);
});

// ── Invitations (the invitee's side; owners manage them under /admin/members).

async function invitationFor(c: AdminContext, id: string) {
  const row = await database(c.env.DB)
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, status: invitations.status, expiresAt: invitations.expiresAt, organizationId: invitations.organizationId, org: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.id, id))
    .get();
  // Someone else's invitation is as unknown as a missing one.
  if (!row || row.email.toLowerCase() !== c.var.signedIn!.user.email.toLowerCase()) return null;
  return row;
}

authPages.get('/admin/invitations/:id', requireSignedIn(), async (c) => {
  const t = c.get('t');
  const inv = await invitationFor(c, c.req.param('id'));
  if (!inv) throw notFound();
  const open = inv.status === 'pending' && inv.expiresAt.getTime() > Date.now();
  return render(
    c,
    <Page c={c} title={t.members.invitationTitle}>
      {open ? (
        <>
          <p>{t.members.invitationText(inv.org, t.common.role[inv.role] ?? inv.role)}</p>
          <PostButton c={c} action={`/admin/invitations/${inv.id}/accept`} inline>{t.members.accept}</PostButton>{' '}
          <PostButton c={c} action={`/admin/invitations/${inv.id}/reject`} inline variant="secondary">
            {t.members.reject}
          </PostButton>
        </>
      ) : (
        <p>{t.members.invitationGone}</p>
      )}
    </Page>,
  );
});

authPages.post('/admin/invitations/:id/:decision{accept|reject}', requireSignedIn(), async (c) => {
  const inv = await invitationFor(c, c.req.param('id'));
  if (!inv || inv.status !== 'pending' || inv.expiresAt.getTime() <= Date.now()) throw notFound();
  const auth = authFor(c.env, c.req.url);
  const user = c.var.signedIn!.user;
  const db = database(c.env.DB);
  if (c.req.param('decision') === 'reject') {
    await auth.api.rejectInvitation({ body: { invitationId: inv.id }, headers: c.req.raw.headers });
    await audit(db, { organizationId: inv.organizationId, actorId: user.id, action: 'invitation.rejected', entity: 'invitation', entityId: inv.id, detail: { email: inv.email } });
    return c.redirect('/admin/welcome', 303);
  }
  await auth.api.acceptInvitation({ body: { invitationId: inv.id }, headers: c.req.raw.headers });
  await auth.api.setActiveOrganization({ body: { organizationId: inv.organizationId }, headers: c.req.raw.headers });
  await audit(db, { organizationId: inv.organizationId, actorId: user.id, action: 'member.joined', entity: 'member', entityId: user.id, detail: { email: inv.email, role: inv.role } });
  return c.redirect(`/admin/listings?notice=joined`, 303);
});

