/** German texts of a saved search's double opt-in: the confirmation mail and the confirmation pages. */
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
};
