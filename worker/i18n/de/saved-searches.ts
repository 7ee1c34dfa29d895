/** German texts of a saved search: the double opt-in (confirmation mail and pages) and the daily alert mail. */
export const savedSearches = {
  confirmationMail: {
    subject: 'Bitte bestätigen Sie Ihre gespeicherte Suche',
    text: (confirmUrl: string, manageUrl: string) =>
      `Bitte bestätigen Sie, dass wir Sie über neue passende Wohnprojekte informieren dürfen:\n${confirmUrl}\n\nOhne Bestätigung löschen wir die Suche nach 7 Tagen. Verwalten oder löschen: ${manageUrl}\n`,
  },
  /** The pages behind the confirmation link: asking (GET), confirmed (POST), already confirmed, unknown link. */
  ask: { title: 'Suche bestätigen', text: 'Möchten Sie per E-Mail von neuen passenden Angeboten erfahren?' },
  confirmButton: 'Suche bestätigen',
  done: { title: 'Suche bestätigt', text: 'Wir melden uns, sobald etwas Passendes erscheint.' },
  already: { title: 'Bereits bestätigt', text: 'Ihre Suche ist aktiv.' },
  gone: { title: 'Link ungültig', text: 'Dieser Bestätigungslink ist abgelaufen oder wurde gelöscht.' },
  /** The daily alert (worker/saved-searches/alerts.ts): the new matches of a day, in one mail. */
  alertMail: {
    subject: (count: number, first: string) => (count === 1 ? `Neu und passend: ${first}` : `${count} neue passende Angebote für Ihre Suche`),
    intro: (count: number) =>
      count === 1 ? 'Dieses Angebot passt neu zu Ihrer gespeicherten Suche (neu veröffentlicht oder geändert):' : `Diese ${count} Angebote passen neu zu Ihrer gespeicherten Suche (neu veröffentlicht oder geändert):`,
    kind: { project: 'Wohnprojekt', property: 'Gebäude oder Grundstück' },
    score: (score: number) => `Passung: ${score} von 100`,
    why: 'Warum es passt:',
    link: 'Mehr dazu:',
    stop: 'Keine solchen E-Mails mehr (gespeicherte Suche löschen):',
    footer: 'Sie erhalten diese E-Mail, weil Sie eine gespeicherte Suche bestätigt haben; höchstens eine am Tag. Die Anbieter kennen Ihre E-Mail-Adresse nicht.',
  },
};
