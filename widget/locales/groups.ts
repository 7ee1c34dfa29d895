/**
 * Texts of the groups chunk ("Mitstreiter finden / Gruppe gründen"): the initiatives that fit, the
 * pool form and the initiative form. The two consent texts are versioned with
 * `GROUPS_TEXT_VERSION` (state/groups.ts), checked against the server's version by `tsc`.
 */
import type { BudgetBand, GroupProblem, PropertyKind } from '../state/groups';
import type { FormTexts } from './forms';
import type { Texts } from './index';

/** Problems with words of their own here; `required`, `email`, `consent`, `tooLong` are in locales/forms.ts. */
type FormProblems = FormTexts['form'] extends { problems: infer P } ? P : never;
export type OwnProblem = Exclude<GroupProblem, keyof FormProblems | 'server' | 'turnstile'>;

const de = {
  groups: {
    title: 'Mitstreiter finden / Gruppe gründen',
    lead: 'Viele Wohnprojekte beginnen mit einer Gruppe. Finden Sie Initiativen, die noch Haushalte suchen, werden Sie selbst auffindbar oder gründen Sie eine Initiative.',
    howTitle: 'So funktioniert es',
    how: [
      'Sie tragen sich in den Pool ein oder gründen eine Initiative. Andere sehen sie erst, wenn Sie den Link in unserer E-Mail bestätigt haben.',
      'Andere sehen nur grobe Angaben aus Ihren Antworten (Haushalt, Altersgruppen, Spannen für Budget und Eigenkapital, Zeitrahmen, Wünsche an die Gemeinschaft) und Ihren Text – nie Namen, E-Mail-Adresse oder Postleitzahl.',
      'Interesse senden und beantworten Sie auf Ihrer persönlichen Seite (Link in der E-Mail). Namen und E-Mail-Adressen sehen beide Seiten erst, wenn beide Ja gesagt haben.',
    ],
    back: 'Zurück',
    needAnswersTitle: 'Zuerst ein paar Fragen',
    needAnswers:
      'Was zu Ihnen passt und was Ihre Karte zeigt, ergibt sich aus Ihren Antworten. Beantworten Sie bitte zuerst den Fragebogen – der erste Schritt genügt für den Anfang.',
    initiativesTitle: 'Initiativen, die zu Ihnen passen',
    loading: 'Passende Initiativen werden gesucht …',
    failed: 'Die Initiativen konnten nicht geladen werden.',
    found: (n: number) => (n === 1 ? 'Eine passende Initiative gefunden.' : `${n} passende Initiativen gefunden.`),
    none: 'Zurzeit passt keine Initiative der Region zu Ihren Antworten. Tragen Sie sich in den Pool ein, damit neue Initiativen Sie finden, oder gründen Sie selbst eine.',
    interestHint:
      'Interesse an einer Initiative? Tragen Sie sich unten in den Pool ein. Nach der Bestätigung senden Sie es von Ihrer persönlichen Seite aus (Link in der E-Mail).',
    card: {
      members: 'Bisher',
      membersValue: (households: string, adults: string, children: string) => `${households} Haushalte · ${adults} Erwachsene · ${children} Kinder`,
      ages: 'Altersgruppen',
      openPlaces: 'Sucht noch',
      openPlacesValue: (n: number, formatted: string) => (n === 1 ? 'einen Haushalt' : `${formatted} Haushalte`),
      seeks: 'Sucht einen Ort',
      timeline: 'Zeitrahmen',
      legalForms: 'Rechtsformen',
      equity: 'Eigenkapital zusammen',
      budget: 'Monatliches Budget je Haushalt',
      budgetRange: (min: string, max: string) => `${min} bis ${max}`,
      area: 'Gegend',
    },
    propertyKinds: { building: 'Gebäude', farmstead: 'Hof', plot: 'Grundstück' } satisfies Record<PropertyKind, string>,
    budget: {
      '<500': 'unter 500 €',
      '500-799': '500–799 €',
      '800-1099': '800–1.099 €',
      '1100-1499': '1.100–1.499 €',
      '1500+': 'ab 1.500 €',
      unknown: 'keine Angabe',
    } satisfies Record<BudgetBand, string>,
    timelineUnknown: 'offen',
    unknown: 'keine Angabe',

    pool: {
      title: 'In den Pool: für andere auffindbar werden',
      intro: 'Andere Suchende und Initiativen der Region sehen eine Karte mit groben Angaben aus Ihren Antworten und Ihren Text. Name und E-Mail-Adresse sehen sie erst, wenn Sie beide Ja gesagt haben.',
      open: 'In den Pool',
      name: 'Ihr Name',
      nameHint: 'Nur für die, mit denen Sie beide Ja gesagt haben.',
      email: 'Ihre E-Mail-Adresse',
      emailHint: 'Für den Bestätigungslink und Ihre persönliche Seite. Nie auf der Karte.',
      text: 'Ein paar Worte über Sie',
      textHint: (max: number) => `Steht auf Ihrer Karte, höchstens ${max} Zeichen, ohne Namen oder Adressen.`,
      consentTitle: 'Einwilligung für den Pool',
      consent:
        'Ja, zeigen Sie meine Karte (grobe Angaben aus meinen Antworten und meinen Text) 90 Tage lang anderen Suchenden und sich bildenden Gruppen der Region. Ich kann sie jederzeit auf meiner persönlichen Seite zurückziehen; dann wird sie sofort gelöscht.',
      submit: 'In den Pool eintragen',
      sentTitle: 'Fast geschafft: Bitte bestätigen Sie Ihre E-Mail-Adresse',
      sent: (email: string) => `Wir haben eine E-Mail an ${email} geschickt. Erst wenn Sie den Link darin bestätigen, sehen andere Ihre Karte.`,
      sentNext:
        'Die E-Mail enthält auch den Link zu Ihrer persönlichen Seite: Dort sehen Sie, wer passt, senden und beantworten Interesse und ziehen Ihre Karte zurück.',
      failed: 'Der Eintrag konnte nicht gesendet werden.',
    },

    initiative: {
      title: 'Initiative gründen',
      intro: 'Mit anderen ein Haus, einen Hof oder ein Grundstück finden: Suchende und die Gemeinde der Region sehen Ihre Initiative mit den zusammengefassten Angaben Ihrer Haushalte, nie mit Namen.',
      open: 'Initiative gründen',
      name: 'Name der Initiative',
      nameHint: 'Mindestens 3 Zeichen, zum Beispiel „Hofgemeinschaft am Bach“.',
      about: 'Wer Sie sind und was Sie vorhaben',
      aboutHint: (max: number) => `Höchstens ${max} Zeichen, ohne Namen oder Adressen.`,
      placeTitle: 'Welchen Ort Sie suchen',
      propertyKinds: 'Art des Orts',
      settlements: 'Umgebung',
      timeline: 'Zeitrahmen',
      legalForms: 'Rechtsformen, die in Frage kommen',
      area: 'Gegend (freiwillig)',
      areaHint: 'Zum Beispiel „Oberlausitz“ oder „rund um Zittau“.',
      householdsTitle: 'Ihre Haushalte zusammen',
      householdsHint: 'Andere sehen nur Summen und Spannen.',
      households: 'Haushalte',
      adults: 'Erwachsene',
      children: 'Kinder',
      ageBands: 'Altersgruppen der Erwachsenen',
      equity: 'Eigenkapital aller Haushalte zusammen',
      budgetMin: 'Monatliches Budget je Haushalt: von',
      budgetMax: 'Monatliches Budget je Haushalt: bis',
      openPlaces: 'Wie viele Haushalte suchen Sie noch?',
      profileTitle: 'Ihre Vorstellungen vom Zusammenleben',
      profileText: 'Ihre Antworten aus dem Schritt „Gemeinschaft“ sind das Profil der Initiative: Danach wird berechnet, wer zu ihr passt.',
      profileEmpty: 'Ohne Antworten im Schritt „Gemeinschaft“ hat die Initiative kein Profil. Sie können sie vorher beantworten.',
      editAnswers: 'Antworten ändern',
      founderTitle: 'Sie als Gründerin oder Gründer',
      founderName: 'Ihr Name',
      founderEmail: 'Ihre E-Mail-Adresse',
      founderEmailHint: 'Für den Bestätigungslink und Ihren persönlichen Link: Er ist der Schlüssel zur Initiative, ein Konto brauchen Sie nicht.',
      consentTitle: 'Einwilligung für die Initiative',
      consent:
        'Ja, zeigen Sie die Initiative (Name, Text, gesuchter Ort, zusammengefasste Angaben der Haushalte, Profil) Suchenden und der Gemeinde der Region. Namen und E-Mail-Adressen bleiben verborgen, bis beide Seiten Ja gesagt haben.',
      submit: 'Initiative anlegen',
      sentTitle: 'Fast geschafft: Bitte bestätigen Sie die Initiative',
      sent: (name: string, email: string) => `Wir haben eine E-Mail an ${email} geschickt. Erst wenn Sie den Link darin bestätigen, wird „${name}“ anderen gezeigt.`,
      sentNext: 'Über Ihren persönlichen Link sehen Sie, wer zur Initiative passt, laden Mitgründende ein und beantworten Interesse.',
      failed: 'Die Initiative konnte nicht angelegt werden.',
    },

    sending: 'Wird gesendet …',
    kept: 'Ihre Eingaben bleiben erhalten.',
    /** The problems only these forms have (the others are the contact form's words, locales/forms.ts). */
    problems: {
      tooShort: 'Bitte mindestens 3 Zeichen.',
      number: 'Bitte geben Sie eine ganze Zahl im erlaubten Bereich ein.',
      adults: 'Jeder Haushalt hat mindestens eine erwachsene Person.',
      budgetOrder: 'Die obere Spanne darf nicht unter der unteren liegen.',
    } satisfies Record<OwnProblem, string>,
  },
};

export type GroupsTexts = typeof de;

export const groupsTexts: Texts<GroupsTexts> = {
  de,
  en: {
    groups: {
      title: 'Find fellow residents / start a group',
      lead: 'Many housing projects begin with a group. Find initiatives still looking for households, become findable yourself, or start an initiative.',
      howTitle: 'How it works',
      how: [
        'You join the pool or start an initiative. Others only see it once you have confirmed the link in our email.',
        'Others only see coarse details from your answers (household, age groups, budget and equity ranges, timeline, wishes for the community) and your text – never names, email addresses or postcodes.',
        'You send and answer interests on your personal page (link in the email). Both sides see names and email addresses only once both have said yes.',
      ],
      back: 'Back',
      needAnswersTitle: 'A few questions first',
      needAnswers:
        'What suits you and what your card shows come from your answers. Please answer the questionnaire first – the first step is enough for a start.',
      initiativesTitle: 'Initiatives that suit you',
      loading: 'Looking for suitable initiatives …',
      failed: 'The initiatives could not be loaded.',
      found: (n) => (n === 1 ? 'One suitable initiative found.' : `${n} suitable initiatives found.`),
      none: 'At the moment no initiative in the region suits your answers. Join the pool so new initiatives can find you, or start one yourself.',
      interestHint:
        'Interested in an initiative? Join the pool below. Once confirmed, you send your interest from your personal page (link in the email).',
      card: {
        members: 'So far',
        membersValue: (households, adults, children) => `${households} households · ${adults} adults · ${children} children`,
        ages: 'Age groups',
        openPlaces: 'Still looking for',
        openPlacesValue: (n, formatted) => (n === 1 ? 'one household' : `${formatted} households`),
        seeks: 'Looking for',
        timeline: 'Timeline',
        legalForms: 'Legal forms',
        equity: 'Equity together',
        budget: 'Monthly budget per household',
        budgetRange: (min, max) => `${min} to ${max}`,
        area: 'Area',
      },
      propertyKinds: { building: 'building', farmstead: 'farmstead', plot: 'plot' },
      budget: {
        '<500': 'under €500',
        '500-799': '€500–799',
        '800-1099': '€800–1,099',
        '1100-1499': '€1,100–1,499',
        '1500+': '€1,500 and more',
        unknown: 'not stated',
      },
      timelineUnknown: 'open',
      unknown: 'not stated',

      pool: {
        title: 'Join the pool: become findable for others',
        intro: 'Other seekers and initiatives in the region see a card with coarse details from your answers and your text. They see name and email address only once both of you have said yes.',
        open: 'Join the pool',
        name: 'Your name',
        nameHint: 'Only for those with whom you have both said yes.',
        email: 'Your email address',
        emailHint: 'For the confirmation link and your personal page. Never on the card.',
        text: 'A few words about you',
        textHint: (max) => `Shown on your card, at most ${max} characters, no names or addresses.`,
        consentTitle: 'Consent for the pool',
        consent:
          'Yes, show my card (coarse details from my answers and my text) to other seekers and forming groups in the region for 90 days. I can withdraw it on my personal page at any time; it is then deleted at once.',
        submit: 'Join the pool',
        sentTitle: 'Almost done: please confirm your email address',
        sent: (email) => `We have sent an email to ${email}. Others only see your card once you confirm the link in it.`,
        sentNext:
          'The email also has the link to your personal page: there you see who suits you, send and answer interests and withdraw your card.',
        failed: 'Your entry could not be sent.',
      },

      initiative: {
        title: 'Start an initiative',
        intro: 'Find a house, a farmstead or a plot together with others: seekers and the municipality of the region see your initiative with your households’ details in aggregate, never with names.',
        open: 'Start an initiative',
        name: 'Name of the initiative',
        nameHint: 'At least 3 characters, for example “Farmstead by the Brook”.',
        about: 'Who you are and what you plan',
        aboutHint: (max) => `At most ${max} characters, no names or addresses.`,
        placeTitle: 'What place you are looking for',
        propertyKinds: 'Kind of place',
        settlements: 'Surroundings',
        timeline: 'Timeline',
        legalForms: 'Legal forms you would consider',
        area: 'Area (optional)',
        areaHint: 'For example “Upper Lusatia” or “around Zittau”.',
        householdsTitle: 'Your households together',
        householdsHint: 'Others only see totals and ranges.',
        households: 'Households',
        adults: 'Adults',
        children: 'Children',
        ageBands: 'Age groups of the adults',
        equity: 'Equity of all households together',
        budgetMin: 'Monthly budget per household: from',
        budgetMax: 'Monthly budget per household: up to',
        openPlaces: 'How many more households are you looking for?',
        profileTitle: 'How you want to live together',
        profileText: 'Your answers from the “Community” step are the initiative’s profile: they decide who suits it.',
        profileEmpty: 'Without answers in the “Community” step the initiative has no profile. You can answer them first.',
        editAnswers: 'Change answers',
        founderTitle: 'You as the founder',
        founderName: 'Your name',
        founderEmail: 'Your email address',
        founderEmailHint: 'For the confirmation link and your personal link: it is the key to the initiative, you need no account.',
        consentTitle: 'Consent for the initiative',
        consent:
          'Yes, show the initiative (name, text, the place sought, the households’ details in aggregate, profile) to seekers and the municipality of the region. Names and email addresses stay hidden until both sides have said yes.',
        submit: 'Start the initiative',
        sentTitle: 'Almost done: please confirm the initiative',
        sent: (name, email) => `We have sent an email to ${email}. “${name}” is only shown to others once you confirm the link in it.`,
        sentNext: 'With your personal link you see who suits the initiative, invite co-founders and answer interests.',
        failed: 'The initiative could not be started.',
      },

      sending: 'Sending …',
      kept: 'What you entered is kept.',
      problems: {
        tooShort: 'Please enter at least 3 characters.',
        number: 'Please enter a whole number in the allowed range.',
        adults: 'Every household has at least one adult.',
        budgetOrder: 'The upper range must not be below the lower one.',
      },
    },
  },
};
