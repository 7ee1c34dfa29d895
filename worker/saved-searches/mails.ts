/** The double opt-in mail of a saved search, in the language the seeker used (words: worker/i18n/{de,en}/saved-searches.ts). */
import { messages, type Locale } from '../i18n';
import type { Mail } from '../mail/mailer';

export function savedSearchConfirmationMail(p: { to: string; locale: Locale; confirmUrl: string; manageUrl: string }): Mail {
  const t = messages(p.locale).savedSearches.confirmationMail;
  return { to: p.to, subject: t.subject, text: t.text(p.confirmUrl, p.manageUrl) };
}
