/**
 * Texts of the detail chunk: one listing in full and its fit both ways.
 */
import type { ListingDetail } from '../api/shapes';
import type { Texts } from './index';

type Band = NonNullable<ListingDetail['responsiveness']>;

const de = {
  detail: {
    back: 'Zurück zu den Vorschlägen',
    backToAll: 'Zurück zu allen Angeboten',
    photos: 'Fotos',
    about: 'Über das Angebot',
    facts: 'Auf einen Blick',
    settlement: 'Lage',
    units: 'Wohneinheiten',
    unitsFree: (free: string, total: string) => `${free} von ${total} frei`,
    livingSpace: 'Wohnfläche',
    sqm: (n: string) => `${n} m²`,
    sqmRange: (min: string, max: string) => `${min} – ${max} m²`,
    plot: 'Grundstück',
    children: 'Kinder willkommen',
    pets: 'Haustiere möglich',
    no: 'nein',
    responsiveness: 'Antwortzeit',
    /** How the team usually answers (shown only from enough requests; worker/conversation/responsiveness.ts). */
    answers: { days: 'antwortet meist innerhalb weniger Tage', week: 'antwortet meist innerhalb einer Woche', slow: 'antwortet oft erst nach längerer Zeit' } as Record<Band, string>,
    website: 'Website des Angebots',
    fitTitle: 'Wie es passt – in beide Richtungen',
    fitIntro: 'Frage für Frage: Ihre Antwort neben der des Angebots, mit Ihrer und seiner Gewichtung.',
    seekerFit: 'Passung für Sie',
    projectFit: 'Passung für das Projekt',
    projectFitGroup: 'Passung für das Angebot',
    seekerSide: 'Was Sie sich wünschen',
    seekerSideGroup: 'Was Ihre Gruppe sich wünscht',
    projectSide: 'Was das Projekt sucht',
    projectSideGroup: 'Was das Angebot voraussetzt',
    yourAnswer: 'Ihre Antwort',
    projectAnswer: 'Angabe des Projekts',
    projectAnswerGroup: 'Angabe des Angebots',
    importance: (label: string) => `Gewichtung: ${label}`,
    notAnswered: 'keine Angabe',
    fit: (v: number | null): string =>
      v === null ? 'nicht verglichen' : v >= 0.8 ? 'passt' : v >= 0.5 ? 'passt teilweise' : v > 0 ? 'passt kaum' : 'passt nicht',
    notCompared: (n: number) => (n === 1 ? 'Eine weitere Frage ohne Vergleich' : `${n} weitere Fragen ohne Vergleich`),
    noMatch: 'Dieses Angebot erfüllt nicht alle Ihre Ausschlusskriterien.',
    contact: 'Projekt kontaktieren',
    contactGroup: 'Anbieter kontaktieren',
    /** After a reason the guide explains (legal form, financing): opens the guide page. */
    guide: 'Mehr im Wegweiser',
    /** The embed's municipality's advice offices (admin "Beratungsstellen"), under the fit. */
    advice: 'Beratung vor Ort',
    adviceIntro: 'Fragen zu Rechtsform, Finanzierung und Förderung beantworten diese Stellen kostenlos:',
    adviceHours: 'Sprechzeiten',
  },
};

export type DetailTexts = typeof de;

export const detailTexts: Texts<DetailTexts> = {
  de,
  en: {
    detail: {
      back: 'Back to the suggestions',
      backToAll: 'Back to all offers',
      photos: 'Photos',
      about: 'About this offer',
      facts: 'At a glance',
      settlement: 'Setting',
      units: 'Homes',
      unitsFree: (free, total) => `${free} of ${total} free`,
      livingSpace: 'Living space',
      sqm: (n) => `${n} m²`,
      sqmRange: (min, max) => `${min} – ${max} m²`,
      plot: 'Plot',
      children: 'Children welcome',
      pets: 'Pets possible',
      no: 'no',
      responsiveness: 'Response time',
      answers: { days: 'usually answers within a few days', week: 'usually answers within a week', slow: 'often takes longer to answer' },
      website: 'Website of the offer',
      fitTitle: 'How it fits – both ways',
      fitIntro: 'Question by question: your answer next to the offer’s, with your weight and theirs.',
      seekerFit: 'Fit for you',
      projectFit: 'Fit for the project',
      projectFitGroup: 'Fit for the offer',
      seekerSide: 'What you are looking for',
      seekerSideGroup: 'What your group is looking for',
      projectSide: 'What the project is looking for',
      projectSideGroup: 'What the offer requires',
      yourAnswer: 'Your answer',
      projectAnswer: 'The project’s answer',
      projectAnswerGroup: 'The offer’s answer',
      importance: (label) => `Weight: ${label}`,
      notAnswered: 'not stated',
      fit: (v) => (v === null ? 'not compared' : v >= 0.8 ? 'fits' : v >= 0.5 ? 'fits partly' : v > 0 ? 'hardly fits' : 'does not fit'),
      notCompared: (n) => (n === 1 ? 'One more question not compared' : `${n} more questions not compared`),
      noMatch: 'This offer does not meet all of your dealbreakers.',
      contact: 'Contact the project',
      contactGroup: 'Contact the provider',
      guide: 'More in the guide',
      advice: 'Local advice',
      adviceIntro: 'These offices answer questions on legal forms, financing and funding free of charge:',
      adviceHours: 'Opening hours',
    },
  },
};
