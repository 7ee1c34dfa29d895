/**
 * Mails of a contact request, each in its recipient's language: the seeker's confirmation with
 * the manage link (the seeker's widget locale), and the project's notices about a new and a
 * withdrawn request (the organization's mail locale). Titles and names go into subjects as they
 * are; the transport strips CR/LF from every header value (worker/mail/transport.ts).
 */
import type { Mail } from '../mail/mailer';

export type MailLocale = 'de' | 'en';

export function seekerConfirmationMail(p: {
  to: string;
  locale: MailLocale;
  name: string;
  listingTitle: string;
  score: number;
  reasons: string[];
  manageUrl: string;
}): Mail {
  const reasons = p.reasons.map((r) => `- ${r}`).join('\n');
  return p.locale === 'en'
    ? {
        to: p.to,
        subject: `Your request to "${p.listingTitle}"`,
        text: `Hello ${p.name},\n\nyour request to "${p.listingTitle}" has arrived (fit ${p.score} of 100).\n${reasons}\n\nThis link lets you see, export or erase your data and withdraw the request:\n${p.manageUrl}\n`,
      }
    : {
        to: p.to,
        subject: `Ihre Anfrage an „${p.listingTitle}“`,
        text: `Hallo ${p.name},\n\nIhre Anfrage an „${p.listingTitle}“ ist angekommen (Passung ${p.score} von 100).\n${reasons}\n\nÜber diesen Link sehen, exportieren oder löschen Sie Ihre Daten und ziehen die Anfrage zurück:\n${p.manageUrl}\n`,
      };
}

export function newRequestMail(p: { to: string; locale: MailLocale; seekerName: string; seekerEmail: string; listingTitle: string; score: number; inboxUrl: string }): Mail {
  return p.locale === 'en'
    ? {
        to: p.to,
        replyTo: p.seekerEmail,
        subject: `New request: ${p.listingTitle} (fit ${p.score})`,
        text: `${p.seekerName} would like to get to know your project "${p.listingTitle}". The request with the reasons for the fit is in your bring-together inbox:\n${p.inboxUrl}\n`,
      }
    : {
        to: p.to,
        replyTo: p.seekerEmail,
        subject: `Neue Anfrage: ${p.listingTitle} (Passung ${p.score})`,
        text: `${p.seekerName} möchte Ihr Projekt „${p.listingTitle}“ kennenlernen. Die Anfrage mit Begründung steht im Posteingang von bring-together:\n${p.inboxUrl}\n`,
      };
}

export function withdrawnMail(p: { to: string; locale: MailLocale; seekerName: string; listingTitle: string }): Mail {
  return p.locale === 'en'
    ? {
        to: p.to,
        subject: `Request withdrawn: ${p.listingTitle}`,
        text: `${p.seekerName} has withdrawn the request to "${p.listingTitle}". Please do not contact them any more; the request is marked "withdrawn" in your bring-together inbox.\n`,
      }
    : {
        to: p.to,
        subject: `Anfrage zurückgezogen: ${p.listingTitle}`,
        text: `${p.seekerName} hat die Anfrage an „${p.listingTitle}“ zurückgezogen. Bitte nehmen Sie keinen Kontakt mehr auf; die Anfrage ist im Posteingang von bring-together als „Zurückgezogen“ markiert.\n`,
      };
}
