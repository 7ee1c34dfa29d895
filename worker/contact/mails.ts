/**
 * Mails of a contact request, each in its recipient's language: the seeker's confirmation with
 * the manage link (the seeker's widget locale), and the project's notices about a new and a
 * withdrawn request (the organization's mail locale), and the messages of the conversation (each
 * side's language; worker/conversation). The words are the catalogue's
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

export function newRequestMail(p: { to: string; locale: Locale; seekerName: string; replyTo: string; listingTitle: string; score: number; inboxUrl: string }): Mail {
  const t = messages(p.locale).contact.newRequest;
  return { to: p.to, replyTo: p.replyTo, subject: t.subject(p.listingTitle, p.score), text: t.text(p.seekerName, p.listingTitle, p.inboxUrl) };
}

/** A team member's message to the seeker, in the seeker's language; `replyTo` files the answer in the thread. */
export function messageMail(p: { to: string; locale: Locale; seekerName: string; author: string; organization: string; listingTitle: string; message: string; manageUrl: string; replyTo?: string }): Mail {
  const t = messages(p.locale).contact.message;
  return {
    to: p.to,
    ...(p.replyTo ? { replyTo: p.replyTo } : {}),
    subject: t.subject(p.organization, p.listingTitle),
    text: t.text({ name: p.seekerName, message: p.message, author: p.author, organization: p.organization, manageUrl: p.manageUrl, canReply: !!p.replyTo }),
  };
}

/** The seeker's answer, to a member of the project's team (or its contact address), in their language. */
export function answerMail(p: { to: string; locale: Locale; seekerName: string; listingTitle: string; message: string; inboxUrl: string; replyTo?: string }): Mail {
  const t = messages(p.locale).contact.answer;
  return {
    to: p.to,
    ...(p.replyTo ? { replyTo: p.replyTo } : {}),
    subject: t.subject(p.seekerName, p.listingTitle),
    text: t.text({ seeker: p.seekerName, listing: p.listingTitle, message: p.message, inboxUrl: p.inboxUrl, canReply: !!p.replyTo }),
  };
}

/** The kind answer to a mail with attachments sent to a reply address. */
export function attachmentRefusedMail(p: { to: string; locale: Locale; subject: string; link: string }): Mail {
  const t = messages(p.locale).contact.attachmentRefused;
  return { to: p.to, subject: t.subject(p.subject), text: t.text(p.link) };
}

export function withdrawnMail(p: { to: string; locale: Locale; seekerName: string; listingTitle: string }): Mail {
  const t = messages(p.locale).contact.withdrawn;
  return { to: p.to, subject: t.subject(p.listingTitle), text: t.text(p.seekerName, p.listingTitle) };
}
