/**
 * Resolves a publishable key to its embed and organization, and enforces what a key may do:
 * it must exist, must not be revoked, and the calling page's origin must be on its allow-list.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { embeds, organizations, type Embed, type Organization } from '../db/schema';
import { ProblemError } from '../errors';

export interface EmbedAccess {
  embed: Embed;
  organization: Organization;
  /**
   * The call comes from a page of this Worker's own origin that is not on the allow-list: the
   * admin's live preview (worker/admin/embeds). Preview calls record no demand.
   */
  preview: boolean;
}

export const PUBLISHABLE_KEY_PATTERN = /^pk_[A-Za-z0-9_]{4,64}$/;

/**
 * @example
 * const { embed, organization } = await resolveEmbed(db, 'pk_demo_goerlitz', c.req.header('origin'), { write: true });
 */
export async function resolveEmbed(db: Database, key: string, origin: string | undefined, opts: AccessOptions): Promise<EmbedAccess> {
  return checkEmbedAccess((await embedRowQuery(db, key).get()) ?? null, origin, opts);
}

export interface AccessOptions {
  write: boolean;
  /**
   * This Worker's own origin, passed only by the read-like routes the admin preview needs
   * (config, matches, listing fit). A browser sends it only from pages this Worker serves, and
   * those run no script but our own files (CSP `script-src 'self'`, no inline script), so
   * allowing it lets the admin preview the widget on the admin origin without adding that
   * origin to any allow-list — the public check for every other origin stays exact. Routes that
   * reach people (contact requests, saved searches) never pass it: a preview cannot write there.
   */
  selfOrigin?: string;
}

export type EmbedRow = Pick<EmbedAccess, 'embed' | 'organization'>;

/** The embed and its organization by publishable key (one row), e.g. for a batch. */
export const embedRowQuery = (db: Database, key: string) =>
  db.select({ embed: embeds, organization: organizations }).from(embeds).innerJoin(organizations, eq(organizations.id, embeds.organizationId)).where(eq(embeds.publishableKey, key));

/**
 * The rules of `resolveEmbed` on a row already read (null: no such key). Pure, so a caller that
 * knows the row is current (worker/listings/find-matches.ts) can check without a query.
 */
export function checkEmbedAccess(row: EmbedRow | null, origin: string | undefined, opts: AccessOptions): EmbedAccess {
  if (!row) throw new ProblemError(404, 'unknown_key', 'No embed has this publishable key.', [{ field: 'key', message: 'Unknown publishable key.' }]);
  // Checked on every request against a current row: a revoked key stops at once.
  if (row.embed.revokedAt !== null) {
    throw new ProblemError(403, 'key_revoked', 'This publishable key has been revoked.', [{ field: 'key', message: 'Revoked.' }]);
  }
  // A platform operator suspended the organization: none of its embeds works until restored.
  if (row.organization.suspendedAt !== null) {
    throw new ProblemError(403, 'organization_suspended', 'The organization behind this key is suspended.', [{ field: 'key', message: 'Suspended.' }]);
  }
  const preview = origin !== undefined && origin === opts.selfOrigin && !row.embed.allowedOrigins.includes(origin);
  // Browsers always send Origin on cross-origin calls; a write without one is not from a widget.
  if (origin === undefined ? opts.write : !row.embed.allowedOrigins.includes(origin) && !preview) {
    throw new ProblemError(403, 'origin_not_allowed', `This page's origin (${origin ?? 'none'}) may not use this key.`, [
      { field: 'origin', message: 'Origin is not on the allow-list of this embed.' },
    ]);
  }
  return { ...row, preview };
}
