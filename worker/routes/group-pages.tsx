/**
 * The pages behind the groups' mail links: `/groups/confirm/{token}` (double opt-in of a pool entry,
 * an initiative's founder or an invited co-founder) and `/groups/renew/{token}` (the reminder's
 * renewal). A link scanner that opens the mail must not act on its own: GET asks, POST acts.
 */
import { eq } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { hashToken } from '../contact/token';
import { database } from '../db/client';
import { initiativeMembers, poolEntries } from '../db/schema';
import type { AppEnv } from '../env';
import { confirmMember } from '../groups/initiatives';
import { GROUP_TOKEN_PATTERN } from '../groups/parties';
import { confirmPoolEntry, renewPoolEntry } from '../groups/pool';
import { requestLocale } from '../http/locale';
import { rateLimit } from '../http/rate-limit';
import { securityHeaders } from '../http/security-headers';
import { requireSettings } from '../http/settings';
import { formatDate, messages, type Locale } from '../i18n';
import { Layout, render } from '../manage/pages';

type Ctx = Context<AppEnv>;

function page(c: Ctx, status: 200 | 404, locale: Locale, title: string, text: string, button?: string) {
  return c.html(
    render(
      <Layout locale={locale} title={title} referrer="no-referrer">
        <h1>{title}</h1>
        <p>{text}</p>
        {button ? (
          <form method="post" action={c.req.path}>
            <button type="submit">{button}</button>
          </form>
        ) : null}
      </Layout>,
    ),
    status,
  );
}

async function hashOf(c: Ctx): Promise<string | null> {
  const token = c.req.param('token') ?? '';
  return GROUP_TOKEN_PATTERN.test(token) ? hashToken(token) : null;
}

/** What a confirmation link confirms: a pool entry or an initiative member. */
async function confirmable(c: Ctx) {
  const hash = await hashOf(c);
  if (!hash) return null;
  const db = database(c.env.DB);
  const entry = await db.select().from(poolEntries).where(eq(poolEntries.confirmTokenHash, hash)).get();
  if (entry) return { kind: 'pool' as const, entry, locale: entry.locale };
  const member = await db.select().from(initiativeMembers).where(eq(initiativeMembers.confirmTokenHash, hash)).get();
  return member ? { kind: 'member' as const, member, locale: member.locale } : null;
}

export const groupPages = new Hono<AppEnv>();
// The URL carries the token: no referrer, never stored or indexed.
groupPages.use('/groups/*', requireSettings(), securityHeaders({ referrer: 'no-referrer', private: true }), rateLimit('groups'));

groupPages.get('/groups/confirm/:token', async (c) => {
  const found = await confirmable(c);
  const locale = found?.locale ?? requestLocale(c);
  const t = messages(locale).groups.confirm;
  if (!found) return page(c, 404, locale, t.gone.title, t.gone.text);
  return page(c, 200, locale, t.ask.title, t.ask.text, t.button);
});

groupPages.post('/groups/confirm/:token', async (c) => {
  const found = await confirmable(c);
  const locale = found?.locale ?? requestLocale(c);
  const t = messages(locale).groups.confirm;
  if (!found) return page(c, 404, locale, t.gone.title, t.gone.text);
  const db = database(c.env.DB);
  if (found.kind === 'pool') await confirmPoolEntry(db, found.entry, Date.now());
  else await confirmMember(db, found.member, Date.now());
  return page(c, 200, locale, t.done.title, t.done.text);
});

async function renewable(c: Ctx) {
  const hash = await hashOf(c);
  return hash ? database(c.env.DB).select().from(poolEntries).where(eq(poolEntries.renewTokenHash, hash)).get() : undefined;
}

groupPages.get('/groups/renew/:token', async (c) => {
  const entry = await renewable(c);
  const locale = entry?.locale ?? requestLocale(c);
  const t = messages(locale).groups.renew;
  if (!entry) return page(c, 404, locale, t.gone.title, t.gone.text);
  return page(c, 200, locale, t.ask.title, t.ask.text, t.button);
});

groupPages.post('/groups/renew/:token', async (c) => {
  const entry = await renewable(c);
  const locale = entry?.locale ?? requestLocale(c);
  const t = messages(locale).groups.renew;
  const until = entry ? await renewPoolEntry(database(c.env.DB), entry.id, Date.now()) : null;
  if (!entry || until === null) return page(c, 404, locale, t.gone.title, t.gone.text);
  return page(c, 200, locale, t.done.title, t.done.text(formatDate(until, locale, 'long')));
});
