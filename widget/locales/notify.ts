/**
 * Texts of the "notify me" chunk (saved search with double opt-in, in the empty results or under a result list).
 */
import type { Texts } from './index';

const de = {
  notify: {
    title: 'Benachrichtigen, sobald etwas Passendes erscheint',
    text: 'Wir speichern Ihre Antworten und E-Mail-Adresse und schreiben Ihnen, sobald ein neues Angebot passt. Zuerst kommt eine E-Mail mit Bestätigungslink – ohne Bestätigung löschen wir die Suche nach 7 Tagen.',
    email: 'Ihre E-Mail-Adresse',
    consent: 'Ja, informieren Sie mich per E-Mail über neue passende Angebote. Ich kann mich jederzeit über den Link in jeder E-Mail abmelden.',
    submit: 'Benachrichtigung einrichten',
    sending: 'Wird gespeichert …',
    sentTitle: 'Fast geschafft: Bitte bestätigen Sie Ihre E-Mail-Adresse',
    sent: (email: string) => `Wir haben eine E-Mail an ${email} geschickt. Erst wenn Sie den Link darin bestätigen, benachrichtigen wir Sie.`,
    failed: 'Die Benachrichtigung konnte nicht eingerichtet werden.',
  },
};

export type NotifyTexts = typeof de;

export const notifyTexts: Texts<NotifyTexts> = {
  de,
  en: {
    notify: {
      title: 'Notify me when something suitable appears',
      text: 'We store your answers and email address and write to you when a new offer suits you. First you get an email with a confirmation link – unconfirmed searches are deleted after 7 days.',
      email: 'Your email address',
      consent: 'Yes, email me about new suitable offers. I can unsubscribe at any time with the link in every email.',
      submit: 'Set up notification',
      sending: 'Saving …',
      sentTitle: 'Almost done: please confirm your email address',
      sent: (email) => `We have sent an email to ${email}. We will only notify you once you confirm the link in it.`,
      failed: 'The notification could not be set up.',
    },
  },
};
