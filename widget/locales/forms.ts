/**
 * Texts both forms use (contact request and "notify me"): field problems and the spam check.
 */
import type { Texts } from './index';

const de = {
  form: {
    turnstile: 'Bitte bestätigen Sie kurz, dass Sie ein Mensch sind.',
    turnstileFailed: 'Die Prüfung gegen Spam hat nicht geklappt. Bitte bestätigen Sie erneut.',
    problems: {
      required: 'Bitte füllen Sie dieses Feld aus.',
      email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.',
      consent: 'Ohne diese Einwilligung können wir nicht fortfahren.',
      tooLong: 'Dieser Text ist zu lang.',
    },
  },
};

export type FormTexts = typeof de;

export const formTexts: Texts<FormTexts> = {
  de,
  en: {
    form: {
      turnstile: 'Please briefly confirm that you are human.',
      turnstileFailed: 'The spam check did not work. Please confirm again.',
      problems: {
        required: 'Please fill in this field.',
        email: 'Please enter a valid email address, for example name@example.com.',
        consent: 'Without this consent we cannot continue.',
        tooLong: 'This text is too long.',
      },
    },
  },
};
