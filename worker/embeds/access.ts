/**
 * Resolves a publishable key to its embed and organization, and enforces what a key may do:
 * it must exist, must not be revoked, and the calling page's origin must be on its allow-list.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { embeds, organizations, type Embed, type Organization } from '../db/schema';
import { ProblemError } from '../http/problem';

export interface EmbedAccess {
  embed: Embed;
  organization: Organization;
}

export const PUBLISHABLE_KEY_PATTERN = /^pk_[A-Za-z0-9_]{4,64}$/;

/**
 * @example
 * const { embed, organization } = await resolveEmbed(db, 'pk_demo_goerlitz', c.req.header('origin'), { write: true });
 */
export async function resolveEmbed(
  db: Database,
  key: string,
  origin: string | undefined,
  opts: { write: boolean },
): Promise<EmbedAccess> {
  const row = await db
    .select({ embed: embeds, organization: organizations })
    .from(embeds)
    .innerJoin(organizations, eq(organizations.id, embeds.organizationId))
    .where(eq(embeds.publishableKey, key))
    .get();
  if (!row) throw new ProblemError(404, 'unknown_key', 'No embed has this publishable key.', [{ field: 'key', message: 'Unknown publishable key.' }]);
  if (row.embed.revokedAt !== null) {
    throw new ProblemError(403, 'key_revoked', 'This publishable key has been revoked.', [{ field: 'key', message: 'Revoked.' }]);
  }
  // Browsers always send Origin on cross-origin calls; a write without one is not from a widget.
  if (origin === undefined ? opts.write : !row.embed.allowedOrigins.includes(origin)) {
    throw new ProblemError(403, 'origin_not_allowed', `This page's origin (${origin ?? 'none'}) may not use this key.`, [
      { field: 'origin', message: 'Origin is not on the allow-list of this embed.' },
    ]);
  }
  return row;
}
