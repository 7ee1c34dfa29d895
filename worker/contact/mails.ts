/**
 * Mails of a contact request, each in its recipient's language: the seeker's confirmation with
 * the manage link (the seeker's widget locale), and the project's notices about a new and a
 * withdrawn request (the organization's mail locale), and a member's reply from the inbox (the
 * seeker's locale). The words are the catalogue's
 * (worker/i18n/{de,en}/contact.ts). Titles and names go into subjects as they are; the transport strips
 * CR/LF from every header value (worker/mail/transport.ts).
 */
import { messages, type Locale } from '../i18n';
import type { Mail } from '../mail/mailer';

export function seekerConfirmationMail(p: { to: string; locale: Locale; name: string; listingTitle: string; score: number; reasons: string[]; manageUrl: string }): Mail {
  const t = messages(p.locale).contact.seekerConfirmation;
  const reasons = p.reasons.map((r) => `- ${r}`).join('\n');
  return { to: p.to, subject: t.subject(p.listingTitle), text: t.text({ name: p.name, listing: p.listingTitle, score: p.score, reasons, manageUrl: p.manageUrl }) };
}

export function newRequestMail(p: { to: string; locale: Locale; seekerName: string; seekerEmail: string; listingTitle: string; score: number; inboxUrl: string }): Mail {
  const t = messages(p.locale).contact.newRequest;
  return { to: p.to, replyTo: p.seekerEmail, subject: t.subject(p.listingTitle, p.score), text: t.text(p.seekerName, p.listingTitle, p.inboxUrl) };
}

/** A member's answer from the inbox, in the seeker's language; the seeker's reply goes to `answerTo`. */
export function replyMail(p: { to: string; locale: Locale; seekerName: string; organization: string; listingTitle: string; message: string; answerTo: string }): Mail {
  const t = messages(p.locale).contact.reply;
  return { to: p.to, replyTo: p.answerTo, subject: t.subject(p.organization, p.listingTitle), text: t.text({ name: p.seekerName, message: p.message, organization: p.organization, answerTo: p.answerTo }) };
}

export function withdrawnMail(p: { to: string; locale: Locale; seekerName: string; listingTitle: string }): Mail {
  const t = messages(p.locale).contact.withdrawn;
  return { to: p.to, subject: t.subject(p.listingTitle), text: t.text(p.seekerName, p.listingTitle) };
}
