/**
 * Texts of the contact chunk: the contact form, its preview of what the project sees, the
 * confirmation.
 */
import type { Texts } from './index';

const de = {
  contact: {
    title: (listing: string) => `Anfrage an „${listing}“`,
    intro: 'Stellen Sie sich kurz vor. Das Projekt antwortet Ihnen per E-Mail.',
    introGroup: 'Stellen Sie Ihre Gruppe kurz vor. Der Anbieter antwortet Ihnen per E-Mail.',
    name: 'Ihr Name',
    email: 'Ihre E-Mail-Adresse',
    emailHint: 'Dorthin schicken wir die Bestätigung mit einem Link, über den Sie Ihre Daten einsehen, löschen und die Anfrage zurückziehen können.',
    message: 'Ihre Nachricht',
    messageHint: 'Wer Sie sind, was Sie reizt, wann Sie sich kennenlernen möchten.',
    previewTitle: 'Das sieht das Projekt',
    previewTitleGroup: 'Das sieht der Anbieter',
    previewIntro: 'Genau diese Angaben werden übermittelt. Ihre jetzige Postleitzahl wird nie weitergegeben.',
    household: 'Haushalt',
    group: 'Gruppe',
    adults: (n: number) => (n === 1 ? '1 Erwachsene·r' : `${n} Erwachsene`),
    children: (n: number) => (n === 1 ? '1 Kind' : `${n} Kinder`),
    households: (n: number) => `${n} Haushalte`,
    ages: 'Altersgruppen',
    pets: 'Haustiere',
    score: 'Passung',
    scoreValue: (score: number, band: string) => `${score} von 100 (${band})`,
    answers: (n: number) => `Ihre Antworten (${n})`,
    needsHidden: 'Ihre Angaben zu Barrierefreiheit und Unterstützung werden nicht übermittelt.',
    needsShared: 'Ihre Angaben zu Barrierefreiheit und Unterstützung werden übermittelt.',
    consentTitle: 'Ihre Einwilligung',
    consentContact: (listing: string) =>
      `Ich willige ein, dass bring-together meinen Namen, meine E-Mail-Adresse, meine Nachricht und die oben gezeigten Angaben an „${listing}“ übermittelt, damit man mir antworten kann. Ich kann die Einwilligung jederzeit über den Link in der Bestätigungs-E-Mail widerrufen.`,
    consentNeeds:
      'Ich willige ausdrücklich ein, dass auch meine Angaben zu Barrierefreiheit und Unterstützungsbedarf übermittelt werden. Das sind Gesundheitsdaten; ohne dieses Häkchen bleiben sie bei mir. (freiwillig)',
    submit: 'Anfrage senden',
    sending: 'Wird gesendet …',
    cancel: 'Zurück zum Angebot',
    failed: 'Die Anfrage konnte nicht gesendet werden.',
    draftKept: 'Ihre Eingaben bleiben erhalten.',
    sentTitle: 'Ihre Anfrage ist verschickt',
    sent: (listing: string) => `„${listing}“ hat Ihre Anfrage mit Ihrer Passung und den Gründen erhalten und meldet sich per E-Mail bei Ihnen.`,
    sentMail: (email: string) =>
      `Wir haben Ihnen eine Bestätigung an ${email} geschickt. Darin steht ein Link, über den Sie Ihre Daten einsehen, exportieren und löschen und die Anfrage zurückziehen können.`,
    sentMailFailed: 'Die Bestätigungs-E-Mail konnte gerade nicht verschickt werden. Ihre Anfrage ist trotzdem angekommen.',
    backToResults: 'Weitere Vorschläge ansehen',
  },
};

export type ContactTexts = typeof de;

export const contactTexts: Texts<ContactTexts> = {
  de,
  en: {
    contact: {
      title: (listing) => `Request to “${listing}”`,
      intro: 'Introduce yourself briefly. The project will reply by email.',
      introGroup: 'Introduce your group briefly. The provider will reply by email.',
      name: 'Your name',
      email: 'Your email address',
      emailHint: 'We send the confirmation there, with a link to see and erase your data and to withdraw the request.',
      message: 'Your message',
      messageHint: 'Who you are, what attracts you, when you would like to meet.',
      previewTitle: 'What the project will see',
      previewTitleGroup: 'What the provider will see',
      previewIntro: 'Exactly these details are sent. Your current postcode is never passed on.',
      household: 'Household',
      group: 'Group',
      adults: (n) => (n === 1 ? '1 adult' : `${n} adults`),
      children: (n) => (n === 1 ? '1 child' : `${n} children`),
      households: (n) => `${n} households`,
      ages: 'Age groups',
      pets: 'Pets',
      score: 'Fit',
      scoreValue: (score, band) => `${score} out of 100 (${band})`,
      answers: (n) => `Your answers (${n})`,
      needsHidden: 'Your answers about barrier-free living and support are not sent.',
      needsShared: 'Your answers about barrier-free living and support are sent.',
      consentTitle: 'Your consent',
      consentContact: (listing) =>
        `I agree that bring-together passes my name, email address, message and the details shown above to “${listing}” so that they can reply. I can withdraw this consent at any time with the link in the confirmation email.`,
      consentNeeds:
        'I explicitly agree that my answers about barrier-free living and support needs are passed on too. This is health data; without this tick it stays with me. (optional)',
      submit: 'Send request',
      sending: 'Sending …',
      cancel: 'Back to the offer',
      failed: 'The request could not be sent.',
      draftKept: 'What you entered is kept.',
      sentTitle: 'Your request has been sent',
      sent: (listing) => `“${listing}” has received your request with your fit and the reasons, and will reply by email.`,
      sentMail: (email) =>
        `We have sent a confirmation to ${email}. It contains a link to see, export and erase your data and to withdraw the request.`,
      sentMailFailed: 'The confirmation email could not be sent just now. Your request has arrived all the same.',
      backToResults: 'See more suggestions',
    },
  },
};
