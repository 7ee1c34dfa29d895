/** The double opt-in mail of a saved search, in the language the seeker used. */
import type { Mail } from '../mail/mailer';

export function savedSearchConfirmationMail(p: { to: string; locale: 'de' | 'en'; confirmUrl: string; manageUrl: string }): Mail {
  return p.locale === 'en'
    ? {
        to: p.to,
        subject: 'Please confirm your saved search',
        text: `Please confirm that we may tell you about new fitting housing projects:\n${p.confirmUrl}\n\nUnconfirmed searches are deleted after 7 days. Manage or erase: ${p.manageUrl}\n`,
      }
    : {
        to: p.to,
        subject: 'Bitte bestätigen Sie Ihre gespeicherte Suche',
        text: `Bitte bestätigen Sie, dass wir Sie über neue passende Wohnprojekte informieren dürfen:\n${p.confirmUrl}\n\nOhne Bestätigung löschen wir die Suche nach 7 Tagen. Verwalten oder löschen: ${p.manageUrl}\n`,
      };
}
