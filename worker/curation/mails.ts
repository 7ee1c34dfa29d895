/** The provider's notice of a municipality's decision, in each team member's language. */
import type { ApprovalState } from '../db/schema';
import type { Mail } from '../mail/mailer';
import type { Recipient } from '../organizations/recipients';

const TEXT = {
  de: {
    subject: (m: string) => `Entscheidung von ${m} über Ihre Angebote`,
    state: {
      approved: (m: string) => `${m} hat Ihre Organisation freigegeben: Ihre veröffentlichten Angebote erscheinen jetzt in den Einbindungen von ${m}.`,
      rejected: (m: string) => `${m} hat Ihre Organisation vorerst nicht freigegeben: Ihre Angebote erscheinen nicht in den Einbindungen von ${m}. Sie können in der Verwaltung erneut um Prüfung bitten.`,
      blocked: (m: string) => `${m} hat Ihre Organisation gesperrt: Ihre Angebote erscheinen nicht in den Einbindungen von ${m}.`,
      pending: (m: string) => `${m} prüft Ihre Organisation.`,
    },
    message: 'Nachricht:',
    more: 'Alle Einzelheiten:',
  },
  en: {
    subject: (m: string) => `${m} has decided about your listings`,
    state: {
      approved: (m: string) => `${m} has approved your organization: your published listings now appear in ${m}'s embeds.`,
      rejected: (m: string) => `${m} has not approved your organization for now: your listings do not appear in ${m}'s embeds. You can ask for a new review in the admin.`,
      blocked: (m: string) => `${m} has blocked your organization: your listings do not appear in ${m}'s embeds.`,
      pending: (m: string) => `${m} is reviewing your organization.`,
    },
    message: 'Message:',
    more: 'All details:',
  },
} as const;

export function decisionMail(to: Recipient, municipality: string, state: ApprovalState, message: string | null, link: string): Mail {
  const t = TEXT[to.locale];
  return {
    to: to.email,
    subject: t.subject(municipality),
    text: [t.state[state](municipality), ...(message ? ['', t.message, message] : []), '', `${t.more} ${link}`, ''].join('\n'),
  };
}
