/** German texts of the groups: the pool, initiatives, interests (mails, confirmation pages, the manage page's section). */
export const groups = {
  poolConfirmationMail: {
    subject: 'Bitte bestätigen Sie Ihren Eintrag bei „Mitstreiter finden“',
    text: (confirmUrl: string, manageUrl: string) =>
      `Sie möchten für andere Suchende und sich bildende Gruppen in Ihrer Region auffindbar sein. Bitte bestätigen Sie das hier:\n${confirmUrl}\n\n` +
      `Andere sehen nur Ihre Karte (grobe Angaben und Ihren kurzen Text), nie Ihren Namen oder Ihre E-Mail-Adresse. ` +
      `Der Eintrag endet nach 90 Tagen, wenn Sie ihn nicht verlängern. Verwalten, zurückziehen oder löschen: ${manageUrl}\n`,
  },
  initiativeConfirmationMail: {
    subject: (name: string) => `Bitte bestätigen Sie Ihre Initiative „${name}“`,
    text: (name: string, confirmUrl: string, manageUrl: string) =>
      `Sie haben die Initiative „${name}“ angelegt. Sie wird erst nach Ihrer Bestätigung anderen gezeigt:\n${confirmUrl}\n\n` +
      `Dieser Link ist Ihr persönlicher Schlüssel zur Initiative (bitte nicht weitergeben): ${manageUrl}\n`,
  },
  cofounderMail: {
    subject: (name: string) => `Einladung: Mitgründen Sie die Initiative „${name}“`,
    text: (name: string, confirmUrl: string, manageUrl: string) =>
      `Sie wurden eingeladen, die Initiative „${name}“ mitzugründen. Annehmen:\n${confirmUrl}\n\n` +
      `Nach dem Annehmen ist dies Ihr persönlicher Link zur Initiative: ${manageUrl}\nWenn Sie die Einladung nicht erwartet haben, ignorieren Sie diese E-Mail.\n`,
  },
  interestMail: {
    subject: (from: string) => `${from} interessiert sich für Sie`,
    text: (from: string, message: string, manageUrl: string) =>
      `${from} möchte Sie kennenlernen und schreibt:\n\n${message}\n\n` +
      `Ihr Name und Ihre E-Mail-Adresse bleiben verborgen, bis Sie zustimmen. Annehmen oder ablehnen: ${manageUrl}\n`,
  },
  connectedMail: {
    subject: (other: string) => `Sie haben beide zugestimmt: ${other}`,
    text: (other: string, contacts: string, manageUrl: string) =>
      `Sie und ${other} möchten sich kennenlernen. Sie erreichen sich hier:\n\n${contacts}\n\n` +
      `Diese Angaben sehen nur Sie beide. Sie können den Kontakt jederzeit beenden: ${manageUrl}\n`,
  },
  reminderMail: {
    subject: 'Ihr Eintrag bei „Mitstreiter finden“ endet bald',
    text: (until: string, renewUrl: string, manageUrl: string) =>
      `Ihr Eintrag endet am ${until}. Danach löschen wir ihn. Mit einem Klick verlängern Sie ihn um 90 Tage:\n${renewUrl}\n\nVerwalten oder löschen: ${manageUrl}\n`,
  },
  /** How a party is named in mails: households stay anonymous. */
  aHousehold: 'Ein Haushalt aus Ihrer Region',
  theInitiative: (name: string) => `Die Initiative „${name}“`,
  /** The confirmation pages (GET asks, POST confirms). */
  confirm: {
    ask: { title: 'Eintrag bestätigen', text: 'Möchten Sie Ihren Eintrag bestätigen?' },
    button: 'Bestätigen',
    done: { title: 'Bestätigt', text: 'Vielen Dank. Alles Weitere finden Sie über Ihren persönlichen Link aus der E-Mail.' },
    already: { title: 'Bereits bestätigt', text: 'Dieser Eintrag ist schon bestätigt.' },
    gone: { title: 'Link ungültig', text: 'Dieser Link ist abgelaufen oder der Eintrag wurde gelöscht.' },
  },
  renew: {
    ask: { title: 'Eintrag verlängern', text: 'Möchten Sie Ihren Eintrag um 90 Tage verlängern?' },
    button: 'Um 90 Tage verlängern',
    done: { title: 'Verlängert', text: (until: string) => `Ihr Eintrag ist nun bis ${until} sichtbar.` },
    gone: { title: 'Link ungültig', text: 'Dieser Link ist abgelaufen oder der Eintrag wurde gelöscht.' },
  },
  /** The section of the manage page. */
  manage: {
    title: 'Mitstreiter finden',
    guideFounding: 'Wie aus einer Gruppe ein Wohnprojekt wird: die Schritte von der Gründung bis zum Einzug im Wegweiser',
    poolTitle: 'Ihre Karte im Pool',
    poolIntro: 'So sehen andere Suchende und Initiativen Ihrer Region Sie – ohne Namen und E-Mail-Adresse.',
    household: 'Haushalt',
    size: 'Personen',
    ages: 'Altersgruppen',
    budget: 'Budget im Monat',
    equity: 'Eigenkapital',
    timeline: 'Einzug',
    text: 'Ihr Text',
    visibleUntil: 'Sichtbar bis',
    notConfirmed: 'Noch nicht bestätigt – bitte den Link in der E-Mail öffnen.',
    withdrawPool: 'Aus dem Pool zurückziehen (sofort)',
    renewPool: 'Um 90 Tage verlängern',
    initiativesTitle: 'Ihre Initiativen',
    openPlaces: (n: number) => `Sucht noch ${n} ${n === 1 ? 'Haushalt' : 'Haushalte'}`,
    role: { founder: 'Gründerin/Gründer', cofounder: 'Mitgründerin/Mitgründer' } as Record<string, string>,
    leaveInitiative: 'Initiative verlassen',
    interestsTitle: 'Interesse und Kontakte',
    noInterests: 'Noch kein Interesse gesendet oder erhalten.',
    incoming: 'Erhalten',
    outgoing: 'Gesendet',
    states: { pending: 'Offen', accepted: 'Beide haben zugestimmt', declined: 'Abgelehnt', withdrawn: 'Zurückgezogen' } as Record<string, string>,
    accept: 'Zustimmen und Kontakt freigeben',
    decline: 'Ablehnen',
    withdrawInterest: 'Zurückziehen',
    contacts: 'Kontakt',
  },
  done: {
    pool_withdrawn: 'Ihre Karte ist aus dem Pool entfernt.',
    pool_renewed: 'Ihr Eintrag ist um 90 Tage verlängert.',
    interest_accepted: 'Sie haben zugestimmt; Sie sehen nun den Kontakt.',
    interest_declined: 'Abgelehnt.',
    interest_withdrawn: 'Zurückgezogen; der Kontakt ist nicht mehr sichtbar.',
    left: 'Sie haben die Initiative verlassen.',
    group_failed: 'Das ging nicht (mehr).',
  } as Record<string, string>,
};
