/** The groups' mails as data, in the recipient's language (words: worker/i18n/{de,en}/groups.ts). */
import { formatDate, messages, type Locale } from '../i18n';
import type { Mail } from '../mail/mail';

export function poolConfirmationMail(p: { to: string; locale: Locale; confirmUrl: string; manageUrl: string }): Mail {
  const t = messages(p.locale).groups.poolConfirmationMail;
  return { to: p.to, subject: t.subject, text: t.text(p.confirmUrl, p.manageUrl) };
}

export function initiativeConfirmationMail(p: { to: string; locale: Locale; name: string; confirmUrl: string; manageUrl: string }): Mail {
  const t = messages(p.locale).groups.initiativeConfirmationMail;
  return { to: p.to, subject: t.subject(p.name), text: t.text(p.name, p.confirmUrl, p.manageUrl) };
}

export function organizationInitiativeMail(p: { to: string; locale: Locale; name: string; manageUrl: string }): Mail {
  const t = messages(p.locale).groups.organizationInitiativeMail;
  return { to: p.to, subject: t.subject(p.name), text: t.text(p.name, p.manageUrl) };
}

export function cofounderMail(p: { to: string; locale: Locale; name: string; confirmUrl: string; manageUrl: string }): Mail {
  const t = messages(p.locale).groups.cofounderMail;
  return { to: p.to, subject: t.subject(p.name), text: t.text(p.name, p.confirmUrl, p.manageUrl) };
}

/** How the other side is named: a household stays anonymous, an initiative by its name. */
export const partyLabel = (locale: Locale, party: { kind: 'pool' } | { kind: 'initiative'; name: string }) =>
  party.kind === 'pool' ? messages(locale).groups.aHousehold : messages(locale).groups.theInitiative(party.name);

export function interestMail(p: { to: string; locale: Locale; from: string; message: string; manageUrl: string }): Mail {
  const t = messages(p.locale).groups.interestMail;
  return { to: p.to, subject: t.subject(p.from), text: t.text(p.from, p.message, p.manageUrl) };
}

export function connectedMail(p: { to: string; locale: Locale; other: string; contacts: { name: string; email: string }[]; manageUrl: string }): Mail {
  const t = messages(p.locale).groups.connectedMail;
  const contacts = p.contacts.map((c) => `${c.name} <${c.email}>`).join('\n');
  return { to: p.to, subject: t.subject(p.other), text: t.text(p.other, contacts, p.manageUrl) };
}

export function poolReminderMail(p: { to: string; locale: Locale; expiresAt: number; renewUrl: string; manageUrl: string }): Mail {
  const t = messages(p.locale).groups.reminderMail;
  return { to: p.to, subject: t.subject, text: t.text(formatDate(p.expiresAt, p.locale, 'long'), p.renewUrl, p.manageUrl) };
}

/** A report to a member of the region's municipality: what was reported and why, never by whom. */
export function reportMail(p: { to: string; locale: Locale; reported: string; reason: string; note: string | null; replyTo: string | null; reportsUrl: string }): Mail {
  const t = messages(p.locale).groups;
  const mail: Mail = { to: p.to, subject: t.reportMail.subject, text: t.reportMail.text(p.reported, t.moderation.reasons[p.reason] ?? p.reason, p.note, p.reportsUrl) };
  return p.replyTo ? { ...mail, replyTo: p.replyTo } : mail;
}
