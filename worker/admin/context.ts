/**
 * Request context of the hosted admin: locale, the signed-in member and their organization, CSRF,
 * security headers, and the errors the admin renders as pages (404 for other tenants' ids, 403 for
 * a role that is too low).
 */
import { asc, eq } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { authFor } from '../auth/auth';
import { authSecret, isOperator } from '../settings';
import { database } from '../db/client';
import { members, organizations, users, type MemberRole } from '../db/schema';
import type { AppEnv } from '../env';
import { messages, type AdminMessages, type Locale } from '../i18n';
import { requestLocale } from '../http/locale';
import { isSameOriginPost } from '../http/same-origin';

export interface AdminMember {
  user: { id: string; email: string; name: string; locale: Locale };
  sessionId: string;
  org: { id: string; name: string; kind: 'municipality' | 'provider' };
  role: MemberRole;
  orgs: { id: string; name: string; role: MemberRole }[];
}

export interface AdminEnv {
  Bindings: AppEnv['Bindings'];
  Variables: AppEnv['Variables'] & {
    locale: Locale;
    /** The admin's texts in `locale`; other areas through `messages(locale)`. */
    t: AdminMessages;
    /** Present on every route behind `requireMember`. */
    member: AdminMember;
    /** Signed-in user without an organization yet (welcome page). */
    signedIn?: { user: AdminMember['user']; sessionId: string };
    /** The signed-in user is a platform operator (OPERATOR_EMAILS). */
    operator?: boolean;
    csrfToken: string;
  };
}
export type AdminContext = Context<AdminEnv>;

/** Rendered by the admin's error handler as an HTML page with this status. */
export class AdminError extends Error {
  constructor(readonly status: 400 | 403 | 404 | 413 | 429, readonly kind: 'notFound' | 'forbidden' | 'csrf' | 'rateLimited' | 'tooLarge' | 'suspended') {
    super(kind);
  }
}
export const notFound = () => new AdminError(404, 'notFound');

const RANK: Record<MemberRole, number> = { viewer: 0, editor: 1, owner: 2 };
export const hasRole = (role: MemberRole, needed: MemberRole) => RANK[role] >= RANK[needed];

/** Throws 403 unless the member's role is at least `needed`. */
export function requireRole(c: AdminContext, needed: MemberRole): void {
  if (!hasRole(c.get('member').role, needed)) throw new AdminError(403, 'forbidden');
}

/** Locale from the query or Accept-Language until a user is known (requireMember refines it). */
export const localeFromRequest = (): MiddlewareHandler<AdminEnv> => async (c, next) => {
  const locale = requestLocale(c);
  c.set('locale', locale);
  c.set('t', messages(locale).admin);
  await next();
};

const b64url = (buf: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(buf))).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

/** A per-session CSRF token: HMAC of the session id under the auth secret. */
export async function csrfTokenFor(env: AppEnv['Bindings'], sessionId: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(authSecret(env)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return b64url(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`csrf:${sessionId}`)));
}

const timingSafeEqual = (a: string, b: string) => {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
};

/** Writes must come from our own pages (worker/http/same-origin.ts). */
export const sameOrigin = (): MiddlewareHandler<AdminEnv> => async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !isSameOriginPost(c.req.raw)) throw new AdminError(403, 'csrf');
  await next();
};

/** Reads the better-auth session and the user's row; null when not signed in. */
export async function currentUser(c: AdminContext): Promise<{ user: AdminMember['user']; sessionId: string; activeOrganizationId: string | null } | null> {
  const session = await authFor(c.env, c.req.url).api.getSession({ headers: c.req.raw.headers });
  if (!session) return null;
  const row = await database(c.env.DB).select({ locale: users.locale }).from(users).where(eq(users.id, session.user.id)).get();
  return {
    user: { id: session.user.id, email: session.user.email, name: session.user.name ?? '', locale: row?.locale ?? 'de' },
    sessionId: session.session.id,
    activeOrganizationId: (session.session as { activeOrganizationId?: string | null }).activeOrganizationId ?? null,
  };
}

async function setUserLocale(c: AdminContext, locale: Locale, sessionId: string, email: string) {
  c.set('operator', isOperator(c.env, email));
  c.set('locale', locale);
  c.set('t', messages(locale).admin);
  c.set('csrfToken', await csrfTokenFor(c.env, sessionId));
}

/**
 * The posted form (parsed once; routes' later `parseBody` calls get this cached result). A body
 * that cannot be parsed (broken multipart, a charset other than UTF-8) cannot carry a verifiable
 * form either: a 400 page, not a 500.
 */
export async function readForm(c: AdminContext) {
  try {
    return await c.req.parseBody({ all: true });
  } catch {
    throw new AdminError(400, 'csrf');
  }
}

/** Form posts per member: RATE_LIMIT_ADMIN (120 a minute), keyed per user, so one account cannot flood the database or the mail. */
async function limitWrites(c: AdminContext, userId: string): Promise<void> {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return;
  const { success } = await c.env.RATE_LIMIT_ADMIN.limit({ key: `admin:${userId}` });
  if (!success) throw new AdminError(429, 'rateLimited');
}

/** Checks the hidden `_csrf` field of a form post against the session's token. */
async function checkCsrfField(c: AdminContext): Promise<void> {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return;
  const body = await readForm(c);
  const sent = typeof body._csrf === 'string' ? body._csrf : '';
  if (!timingSafeEqual(sent, c.get('csrfToken'))) throw new AdminError(403, 'csrf');
}

/**
 * Signed in (or redirect to sign-in), member of an organization (or redirect to the welcome page).
 * The active organization is the session's, when the user is still a member of it.
 */
export const requireMember = (): MiddlewareHandler<AdminEnv> => async (c, next) => {
  // `use('/admin/x')` and `use('/admin/x/*')` both match /admin/x: resolve (and count the write) once.
  if ((c.var.member as AdminMember | undefined) !== undefined) return next();
  const current = await currentUser(c);
  if (!current) {
    const back = new URL(c.req.url);
    return c.redirect(`/admin/sign-in?next=${encodeURIComponent(back.pathname + back.search)}`, 303);
  }
  const db = database(c.env.DB);
  const orgs = await db
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind, role: members.role, suspendedAt: organizations.suspendedAt })
    .from(members)
    .innerJoin(organizations, eq(organizations.id, members.organizationId))
    .where(eq(members.userId, current.user.id))
    .orderBy(asc(organizations.name))
    .all();
  await setUserLocale(c, current.user.locale, current.sessionId, current.user.email);
  if (orgs.length === 0) {
    return c.redirect('/admin/welcome', 303);
  }
  const active = orgs.find((o) => o.id === current.activeOrganizationId) ?? orgs[0]!;
  const asRole = (r: string): MemberRole => (r === 'owner' || r === 'editor' ? r : 'viewer');
  c.set('member', {
    user: current.user,
    sessionId: current.sessionId,
    org: { id: active.id, name: active.name, kind: active.kind },
    role: asRole(active.role),
    orgs: orgs.map((o) => ({ id: o.id, name: o.name, role: asRole(o.role) })),
  });
  // A platform operator suspended it: its members cannot act for it (switching to another organization still works).
  if (active.suspendedAt !== null) throw new AdminError(403, 'suspended');
  await limitWrites(c, current.user.id);
  await checkCsrfField(c);
  await next();
};

/** Signed in, with or without an organization (welcome page, invitations). */
export const requireSignedIn = (): MiddlewareHandler<AdminEnv> => async (c, next) => {
  const current = await currentUser(c);
  if (!current) {
    const back = new URL(c.req.url);
    return c.redirect(`/admin/sign-in?next=${encodeURIComponent(back.pathname + back.search)}`, 303);
  }
  await setUserLocale(c, current.user.locale, current.sessionId, current.user.email);
  c.set('signedIn', { user: current.user, sessionId: current.sessionId });
  await limitWrites(c, current.user.id);
  await checkCsrfField(c);
  await next();
};

/**
 * A platform operator (OPERATOR_EMAILS), signed in like everyone else, with or without an
 * organization. Anyone else gets 404: the operator pages do not exist for them.
 */
export const requireOperator = (): MiddlewareHandler<AdminEnv> => async (c, next) => {
  const current = await currentUser(c);
  if (!current) {
    const back = new URL(c.req.url);
    return c.redirect(`/admin/sign-in?next=${encodeURIComponent(back.pathname + back.search)}`, 303);
  }
  if (!isOperator(c.env, current.user.email)) throw notFound();
  await setUserLocale(c, current.user.locale, current.sessionId, current.user.email);
  c.set('signedIn', { user: current.user, sessionId: current.sessionId });
  await limitWrites(c, current.user.id);
  await checkCsrfField(c);
  await next();
};
