/**
 * What platform operators do, as plain rows and statements: create a municipality (or district)
 * organization with its region and an invitation for its first owner, suspend and restore an
 * organization, and record each action in the audit log (`operator.*` actions on the target
 * organization, so its own audit log shows them too). The admin pages (worker/admin/operator) run
 * these through drizzle; the CLI (scripts/operator.ts) turns the same rows into SQL for
 * `wrangler d1 execute`, so the local and a remote D1 get exactly what the web would write.
 */
import { INVITATION_TTL_SECONDS } from '../auth/constants';
import type { auditLog, invitations, organizations } from '../db/schema';
import { slugify } from '../organizations/slug';

export type NewOrganizationRow = typeof organizations.$inferInsert;
export type NewInvitationRow = typeof invitations.$inferInsert;
export type NewAuditRow = typeof auditLog.$inferInsert;

export interface MunicipalityInput {
  name: string;
  website?: string | null;
  districtKeys: string[];
  postcodes: string[];
  ownerEmail: string;
}

export interface Operator {
  /** The operator's user id (the invitation's inviter). */
  userId: string;
  email: string;
}

/** Operator actions in the audit log start with this. */
export const OPERATOR_ACTION = 'operator.';

const audit = (organizationId: string, by: Operator, action: string, detail: Record<string, unknown>, now: number): NewAuditRow => ({
  id: crypto.randomUUID(),
  organizationId,
  actorId: by.userId,
  action: `${OPERATOR_ACTION}${action}`,
  entity: 'organization',
  entityId: organizationId,
  detail: { ...detail, operator: by.email },
  createdAt: now,
});

/** An invitation row as better-auth's organization plugin keeps it, so its accept flow takes it. */
export function ownerInvitation(organizationId: string, email: string, by: Operator, now: number): NewInvitationRow {
  return {
    id: crypto.randomUUID(),
    organizationId,
    email: email.trim().toLowerCase(),
    role: 'owner',
    status: 'pending',
    expiresAt: new Date(now + INVITATION_TTL_SECONDS * 1000),
    inviterId: by.userId,
    createdAt: new Date(now),
  };
}

/**
 * The rows of a new municipality: the organization, its first owner's invitation, two audit entries.
 * @example
 * const rows = newMunicipality({ name: 'Gemeinde Oberland', districtKeys: ['14626'], postcodes: [], ownerEmail: 'buergermeisterin@oberland.example' }, op, Date.now());
 */
export function newMunicipality(input: MunicipalityInput, by: Operator, now: number) {
  const id = `org_${crypto.randomUUID()}`;
  const organization: NewOrganizationRow = {
    id,
    kind: 'municipality',
    name: input.name.trim(),
    slug: `${slugify(input.name)}-${crypto.randomUUID().slice(0, 6)}`,
    regionDistrictKeys: input.districtKeys,
    regionPostcodes: input.postcodes,
    website: input.website || null,
    createdAt: now,
  };
  const invitation = ownerInvitation(id, input.ownerEmail, by, now);
  return {
    organization,
    invitation,
    audit: [
      audit(id, by, 'organization_created', { name: organization.name, districtKeys: input.districtKeys, postcodes: input.postcodes }, now),
      audit(id, by, 'owner_invited', { email: invitation.email }, now),
    ],
  };
}

export const suspendAudit = (organizationId: string, reason: string, by: Operator, now: number) => audit(organizationId, by, 'suspended', { reason }, now);
export const restoreAudit = (organizationId: string, by: Operator, now: number) => audit(organizationId, by, 'restored', {}, now);
export const inviteAudit = (organizationId: string, email: string, by: Operator, now: number) => audit(organizationId, by, 'owner_invited', { email }, now);

export const MAX_REASON = 500;
