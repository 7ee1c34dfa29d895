/** The auth emails (sign-in link, invitation) in the recipient's language; words from worker/i18n/{de,en}/auth.ts. */
import { messages, type Locale } from '../i18n';
import type { Mail } from '../mail/mailer';

export function magicLinkMail(to: string, url: string, locale: Locale): Mail {
  const t = messages(locale).auth.magicLink;
  return { to, subject: t.subject, text: t.text(url) };
}

/** The invitation in the invitee's language (their account's, else the inviter's). */
export function invitationMail(to: string, organization: string, inviter: string, role: string, url: string, locale: Locale): Mail {
  const { invitation, roles } = messages(locale).auth;
  return { to, subject: invitation.subject(organization), text: invitation.text(inviter, organization, roles[role] ?? role, url) };
}
