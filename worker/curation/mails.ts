/** The provider's notice of a municipality's decision, in each team member's language (words: worker/i18n/{de,en}/curation.ts). */
import type { ApprovalState } from '../db/schema';
import { messages } from '../i18n';
import type { Mail } from '../mail/mailer';
import type { Recipient } from '../organizations/recipients';

export function decisionMail(to: Recipient, municipality: string, state: ApprovalState, message: string | null, link: string): Mail {
  const t = messages(to.locale).curation;
  return {
    to: to.email,
    subject: t.subject(municipality),
    text: [t.state[state](municipality), ...(message ? ['', t.message, message] : []), '', `${t.more} ${link}`, ''].join('\n'),
  };
}
