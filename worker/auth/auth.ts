/**
 * better-auth, built per request from `env` (D1 through the drizzle adapter): magic-link sign-in and
 * organizations with the roles owner · editor · viewer.
 *
 * Organizations: better-auth's organization model is mapped onto our own `organizations` table
 * (modelName `organizations`, plus the additional field `kind`), so there is one table and one id
 * per organization; region, website and embeds stay domain columns the plugin never touches.
 * Members and invitations are the plugin's own tables (`members`, `invitations`).
 */
import { betterAuth } from 'better-auth';
import { inArray } from 'drizzle-orm';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { magicLink, organization } from 'better-auth/plugins';
import { createAccessControl } from 'better-auth/plugins/access';
import { database } from '../db/client';
import { accounts, invitations, members, organizations, sessions, users, verifications } from '../db/schema';
import type { Env } from '../env';
import { toLocale, type Locale } from '../i18n';
import { mailerFor } from '../mail/mailer';
import { authSecret, publicOrigin } from '../settings';
import { invitationMail, magicLinkMail } from './mails';

import { AUTH_BASE_PATH, INVITATION_TTL_SECONDS, MAGIC_LINK_TTL_SECONDS, SESSION_TTL_SECONDS } from './constants';

export { AUTH_BASE_PATH, INVITATION_TTL_SECONDS, MAGIC_LINK_TTL_SECONDS, SESSION_TTL_SECONDS };

const statements = {
  organization: ['update', 'delete'],
  member: ['create', 'update', 'delete'],
  invitation: ['create', 'cancel'],
  team: ['create', 'update', 'delete'],
  ac: ['create', 'read', 'update', 'delete'],
  listing: ['read', 'write'],
  request: ['read', 'write'],
  audit: ['read'],
} as const;

export const accessControl = createAccessControl(statements);
export const roles = {
  owner: accessControl.newRole({
    organization: ['update', 'delete'],
    member: ['create', 'update', 'delete'],
    invitation: ['create', 'cancel'],
    team: ['create', 'update', 'delete'],
    ac: ['create', 'read', 'update', 'delete'],
    listing: ['read', 'write'],
    request: ['read', 'write'],
    audit: ['read'],
  }),
  editor: accessControl.newRole({ listing: ['read', 'write'], request: ['read', 'write'], ac: ['read'] }),
  viewer: accessControl.newRole({ listing: ['read'], request: ['read'], ac: ['read'] }),
};

/** The language of `email`'s account; for someone without one yet, that of `fallbackEmail`'s. */
export async function userLocale(env: Env, email: string, fallbackEmail?: string): Promise<Locale> {
  const emails = [email, fallbackEmail].filter((e): e is string => Boolean(e)).map((e) => e.toLowerCase());
  const rows = await database(env.DB).select({ email: users.email, locale: users.locale }).from(users).where(inArray(users.email, emails)).all();
  const byEmail = new Map(rows.map((r) => [r.email.toLowerCase(), r.locale]));
  return byEmail.get(emails[0]!) ?? (emails[1] ? byEmail.get(emails[1]) : undefined) ?? 'de';
}

function build(env: Env, origin: string) {
  const secure = origin.startsWith('https://');
  return betterAuth({
    appName: 'bring-together',
    baseURL: origin,
    basePath: AUTH_BASE_PATH,
    secret: authSecret(env),
    trustedOrigins: [origin],
    telemetry: { enabled: false },
    // One instance per request cannot count requests: sign-in is limited by RATE_LIMIT_SIGNIN.
    rateLimit: { enabled: false },
    database: drizzleAdapter(database(env.DB), {
      provider: 'sqlite',
      schema: { users, sessions, accounts, verifications, organizations, members, invitations },
    }),
    user: {
      modelName: 'users',
      additionalFields: { locale: { type: 'string', required: false, defaultValue: 'de', input: false } },
    },
    session: { modelName: 'sessions', expiresIn: SESSION_TTL_SECONDS, updateAge: 24 * 60 * 60 },
    account: { modelName: 'accounts' },
    verification: { modelName: 'verifications' },
    advanced: {
      cookiePrefix: 'bt',
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
      database: { generateId: () => crypto.randomUUID() },
    },
    plugins: [
      magicLink({
        expiresIn: MAGIC_LINK_TTL_SECONDS,
        storeToken: 'hashed',
        sendMagicLink: async ({ email, url, metadata }) => {
          await mailerFor(env).send(magicLinkMail(email, url, toLocale(metadata?.locale)));
        },
      }),
      organization({
        ac: accessControl,
        roles,
        creatorRole: 'owner',
        allowUserToCreateOrganization: true,
        invitationExpiresIn: INVITATION_TTL_SECONDS,
        cancelPendingInvitationsOnReInvite: true,
        sendInvitationEmail: async (data) => {
          const link = `${origin}/admin/invitations/${data.id}`;
          const locale = await userLocale(env, data.email, data.inviter.user.email);
          await mailerFor(env).send(invitationMail(data.email, data.organization.name, data.inviter.user.name || data.inviter.user.email, data.role, link, locale));
        },
        schema: {
          organization: {
            modelName: 'organizations',
            additionalFields: { kind: { type: 'string', required: true, input: true } },
          },
          member: { modelName: 'members' },
          invitation: { modelName: 'invitations' },
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof build>;

const cache = new WeakMap<Env, Map<string, Auth>>();

/**
 * The auth instance for this deployment's public origin (in development: the request's origin),
 * cached per isolate, env and origin.
 * @example
 * const session = await authFor(c.env, c.req.url).api.getSession({ headers: c.req.raw.headers });
 */
export function authFor(env: Env, requestUrl: string): Auth {
  const origin = publicOrigin(env, requestUrl);
  let byOrigin = cache.get(env);
  if (!byOrigin) cache.set(env, (byOrigin = new Map()));
  let auth = byOrigin.get(origin);
  if (!auth) {
    auth = build(env, origin);
    if (byOrigin.size > 8) byOrigin.clear();
    byOrigin.set(origin, auth);
  }
  return auth;
}
