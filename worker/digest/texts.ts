/** Texts of the weekly digest: the settings page in the admin and the mail (German first, English). */
export type DigestLocale = 'de' | 'en';

const fmt = (l: DigestLocale, ms: number) => new Intl.DateTimeFormat(l === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(ms);

export const digestTexts = {
  de: {
    nav: 'Einstellungen',
    title: 'Einstellungen',
    digestLegend: 'E-Mail',
    digestLabel: 'Wöchentliche Zusammenfassung per E-Mail',
    digestHint: (org: string) => `Jeden Montag eine E-Mail zu „${org}“: neue Anfragen, Angebote, die bald bestätigt werden müssen, und für Kommunen die neue Nachfrage in der Region (anonym, Werte unter 5 als „< 5“).`,
    save: 'Speichern',
    saved: 'Einstellungen gespeichert.',
    household: { single: 'Alleinstehende', couple: 'Paare', family: 'Familien', senior: 'Ältere Menschen', group: 'Gruppen' } as Record<string, string>,
    budget: { '<500': 'unter 500 €', '500-799': '500–799 €', '800-1099': '800–1.099 €', '1100-1499': '1.100–1.499 €', '1500+': 'ab 1.500 €', unknown: 'ohne Angabe' } as Record<string, string>,
    mail: {
      subject: (org: string) => `Wochenüberblick: ${org}`,
      period: (from: number, to: number) => `Zeitraum: ${fmt('de', from)} bis ${fmt('de', to - 1)}`,
      demandTitle: 'Neue Nachfrage in Ihrer Region',
      questionnaires: (n: string) => `Ausgefüllte Fragebögen: ${n}`,
      topHouseholds: 'Häufigste Haushaltsformen:',
      topBudgets: 'Häufigste Budgets (monatlich):',
      suppressedNote: 'Werte unter 5 erscheinen als „< 5“; kleinere Gruppen werden nicht einzeln genannt.',
      regionRequests: (n: string) => `Neue Kontaktanfragen an Angebote in der Region: ${n}`,
      dashboard: 'Nachfrage im Detail:',
      requestsTitle: 'Neue Kontaktanfragen an Ihre Angebote',
      requestsLine: (title: string, n: number) => `- ${title}: ${n}`,
      inbox: 'Zu den Anfragen:',
      confirmTitle: 'Bald bestätigen',
      confirmLine: (title: string, pauseAt: number) => `- ${title}: bitte bestätigen, sonst pausiert es am ${fmt('de', pauseAt)}`,
      nothing: 'Keine neuen Anfragen.',
      settings: 'Zusammenfassung abbestellen:',
    },
  },
  en: {
    nav: 'Settings',
    title: 'Settings',
    digestLegend: 'Email',
    digestLabel: 'Weekly summary by email',
    digestHint: (org: string) => `Every Monday one email about "${org}": new requests, listings that need confirming soon, and for municipalities the new demand in the region (anonymous, figures below 5 as "< 5").`,
    save: 'Save',
    saved: 'Settings saved.',
    household: { single: 'Singles', couple: 'Couples', family: 'Families', senior: 'Older people', group: 'Groups' } as Record<string, string>,
    budget: { '<500': 'under €500', '500-799': '€500–799', '800-1099': '€800–1,099', '1100-1499': '€1,100–1,499', '1500+': '€1,500 or more', unknown: 'not given' } as Record<string, string>,
    mail: {
      subject: (org: string) => `Weekly summary: ${org}`,
      period: (from: number, to: number) => `Period: ${fmt('en', from)} to ${fmt('en', to - 1)}`,
      demandTitle: 'New demand in your region',
      questionnaires: (n: string) => `Finished questionnaires: ${n}`,
      topHouseholds: 'Most frequent household types:',
      topBudgets: 'Most frequent budgets (monthly):',
      suppressedNote: 'Figures below 5 show as "< 5"; smaller groups are not named one by one.',
      regionRequests: (n: string) => `New contact requests for listings in the region: ${n}`,
      dashboard: 'Demand in detail:',
      requestsTitle: 'New contact requests for your listings',
      requestsLine: (title: string, n: number) => `- ${title}: ${n}`,
      inbox: 'Open the requests:',
      confirmTitle: 'Confirm soon',
      confirmLine: (title: string, pauseAt: number) => `- ${title}: please confirm, otherwise it pauses on ${fmt('en', pauseAt)}`,
      nothing: 'No new requests.',
      settings: 'Unsubscribe from the summary:',
    },
  },
};

export type DigestTexts = (typeof digestTexts)[DigestLocale];
