/** German mail of a municipality's decision about a provider (worker/curation/mails.ts). */
export const curation = {
  subject: (m: string) => `Entscheidung von ${m} über Ihre Angebote`,
  state: {
    approved: (m: string) => `${m} hat Ihre Organisation freigegeben: Ihre veröffentlichten Angebote erscheinen jetzt in den Einbindungen von ${m}.`,
    rejected: (m: string) => `${m} hat Ihre Organisation vorerst nicht freigegeben: Ihre Angebote erscheinen nicht in den Einbindungen von ${m}. Sie können in der Verwaltung erneut um Prüfung bitten.`,
    blocked: (m: string) => `${m} hat Ihre Organisation gesperrt: Ihre Angebote erscheinen nicht in den Einbindungen von ${m}.`,
    pending: (m: string) => `${m} prüft Ihre Organisation.`,
  },
  message: 'Nachricht:',
  more: 'Alle Einzelheiten:',
};
