/**
 * German texts of the guide ("Wegweiser", worker/pages/guide) around its content data
 * (worker/guide/content/v1.json holds the entries themselves), and of the municipality's advice
 * offices screen in the admin (worker/admin/advice).
 */
export const guide = {
  skip: 'Zum Inhalt',
  switchTo: 'English',
  siteName: 'bring-together',
  title: 'Wegweiser gemeinschaftliches Wohnen',
  overviewIntro:
    'Was bedeuten Genossenschaft, Mietshäuser Syndikat oder Erbbaurecht für Ihr Geld, Ihre Mitsprache und Ihre Sicherheit? Wie finanziert man ein Projekt, und wie kommt eine Gruppe vom ersten Treffen bis zum Einzug? Hier steht es kurz und in einfachen Worten, mit den Quellen.',
  disclaimer:
    'Dieser Wegweiser gibt einen allgemeinen Überblick und ersetzt keine Rechts-, Steuer- oder Finanzberatung. Förderprogramme und Bedingungen ändern sich; maßgeblich sind die genannten Quellen. Lassen Sie sich vor einer Entscheidung beraten.',
  sections: 'Themen',
  contents: 'Auf dieser Seite',
  entriesOf: (section: string) => `Einträge zu ${section}`,
  sources: 'Quellen',
  checked: (date: string) => `Geprüft am ${date}`,
  version: (version: string, date: string) => `Inhaltsstand ${version}, zuletzt geprüft am ${date}`,
  overview: 'Zur Übersicht des Wegweisers',
  missing: {
    title: 'Dieses Thema gibt es nicht',
    text: 'Der Link führt zu keinem Thema des Wegweisers. Die Übersicht zeigt alle Themen.',
  },
  advice: {
    title: 'Beratung vor Ort',
    intro: (organization: string) => `Beratungsstellen, die ${organization} nennt:`,
    hours: 'Sprechzeiten',
    phone: 'Telefon',
    email: 'E-Mail',
    website: 'Website',
    address: 'Adresse',
  },
  admin: {
    nav: 'Beratungsstellen',
    guideNav: 'Wegweiser',
    title: 'Beratungsstellen',
    intro:
      'Nennen Sie hier Stellen in Ihrer Region, die zu gemeinschaftlichem Wohnen beraten. Sie erscheinen im Wegweiser, wenn ihn jemand aus einem Ihrer Widgets öffnet, und in der Konfiguration Ihrer Widgets.',
    guideHint: 'Den Wegweiser ansehen',
    empty: 'Noch keine Beratungsstelle eingetragen.',
    add: 'Beratungsstelle hinzufügen',
    createTitle: 'Neue Beratungsstelle',
    editTitle: (name: string) => `Beratungsstelle bearbeiten: ${name}`,
    created: 'Beratungsstelle angelegt.',
    updated: 'Beratungsstelle gespeichert.',
    deleted: 'Beratungsstelle entfernt.',
    delete: 'Entfernen',
    deleteLabel: (name: string) => `Beratungsstelle „${name}“ entfernen`,
    editLabel: (name: string) => `Beratungsstelle „${name}“ bearbeiten`,
    edit: 'Bearbeiten',
    readOnly: 'Nur Inhaberinnen, Inhaber und Bearbeitende können Beratungsstellen ändern.',
    back: 'Zurück zu den Beratungsstellen',
    col: { name: 'Name', hours: 'Sprechzeiten', contact: 'Kontakt' },
    field: {
      name: 'Name',
      hours: 'Sprechzeiten',
      hoursHint: 'Zum Beispiel: Di 9–12 Uhr und Do 14–18 Uhr, sonst nach Vereinbarung',
      phone: 'Telefon',
      email: 'E-Mail',
      contactHint: 'Telefon oder E-Mail, mindestens eines von beiden.',
      website: 'Website',
      websiteHint: 'Eine Adresse mit https://',
      address: 'Adresse',
      addressHint: 'Freiwillig, zum Beispiel Straße, Postleitzahl und Ort',
    },
    errors: {
      name: 'Bitte geben Sie einen Namen an (höchstens 120 Zeichen).',
      hours: 'Bitte nennen Sie die Sprechzeiten (höchstens 300 Zeichen).',
      contact: 'Bitte geben Sie eine Telefonnummer oder eine E-Mail-Adresse an.',
      phone: 'Bitte geben Sie eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / - an.',
      email: 'Bitte geben Sie eine gültige E-Mail-Adresse an.',
      website: 'Bitte geben Sie eine Adresse an, die mit https:// beginnt.',
      address: 'Die Adresse darf höchstens 300 Zeichen haben.',
      tooMany: (max: number) => `Höchstens ${max} Beratungsstellen je Organisation.`,
    },
  },
};
