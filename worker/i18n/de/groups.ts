/** German texts of the groups: the pool, initiatives, interests (mails, confirmation pages, the manage page's section). */
export const groups = {
  poolConfirmationMail: {
    subject: 'Bitte bestätigen Sie Ihren Eintrag bei „Mitstreiter finden“',
    text: (confirmUrl: string, manageUrl: string) =>
      `Sie möchten für andere Suchende und sich bildende Gruppen in Ihrer Region auffindbar sein. Bitte bestätigen Sie das hier:\n${confirmUrl}\n\n` +
      `Andere sehen nur Ihre Karte (grobe Angaben und Ihren kurzen Text), nie Ihren Namen oder Ihre E-Mail-Adresse. ` +
      `Der Eintrag endet nach 90 Tagen, wenn Sie ihn nicht verlängern. Verwalten, zurückziehen oder löschen: ${manageUrl}\n`,
  },
  organizationInitiativeMail: {
    subject: (name: string) => `Ihre Initiative „${name}“ ist angelegt`,
    text: (name: string, manageUrl: string) =>
      `Die Initiative „${name}“ ist angelegt und wird Suchenden der Region gezeigt.\n\n` +
      `Über Ihren persönlichen Link sehen Sie, wer aus dem Pool zu ihr passt, senden und beantworten Interesse, sehen die passenden Gebäude und laden Mitgründerinnen und Mitgründer ein (bitte nicht weitergeben):\n${manageUrl}\n`,
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
  reportMail: {
    subject: 'Meldung aus der Gruppensuche',
    text: (reported: string, reason: string, note: string | null, reportsUrl: string) =>
      `In der Gruppensuche Ihrer Region wurde ein Eintrag gemeldet.\n\nGemeldet: ${reported}\nGrund: ${reason}\n` +
      (note ? `Hinweis der meldenden Person:\n${note}\n` : '') +
      `\nDie meldende Person und der gemeldete Eintrag sehen sich nicht mehr; offenes Interesse zwischen ihnen ist beendet. ` +
      `Verstößt der Eintrag gegen die Regeln, antworten Sie auf diese E-Mail: Das Team von bring-together entfernt ihn.\n\nAlle Meldungen Ihrer Region, offene und erledigte: ${reportsUrl}\n\nWer die Meldung geschickt hat, erfahren Sie nicht – auch nicht wir zeigen es.`,
  },
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
    cofounderLegend: 'Mitgründerin oder Mitgründer einladen',
    cofounderHint: 'Die eingeladene Person bekommt eine E-Mail mit ihrem eigenen Link und wird Mitglied, sobald sie bestätigt. Sie sieht dann, was Sie hier sehen.',
    cofounderName: 'Name',
    cofounderEmail: 'E-Mail-Adresse',
    cofounderInvite: 'Einladen',
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
  /** Who fits (the manage page's pool card and initiative card, worker/manage/groups-matches.tsx). */
  matches: {
    title: 'Wer zu Ihnen passt',
    introPool: 'Initiativen und Haushalte aus dem Pool Ihrer Region, nach Passung geordnet. Sie sehen keine Namen, und niemand sieht Ihren: Namen und E-Mail-Adressen sehen beide Seiten erst, wenn beide zugestimmt haben.',
    introInitiative: 'Haushalte aus dem Pool Ihrer Region, die zu Ihrer Gruppe als Ganzes passen – zu jedem Haushalt Ihrer Gruppe, nicht nur im Durchschnitt. Namen und E-Mail-Adressen sehen beide Seiten erst, wenn beide zugestimmt haben.',
    none: 'Zurzeit passt niemand aus Ihrer Region, dem Sie noch kein Interesse gesendet haben.',
    notLive: 'Sobald Ihr Eintrag bestätigt ist, sehen Sie hier, wer zu Ihnen passt.',
    household: 'Ein Haushalt aus dem Pool',
    initiative: (name: string) => `Initiative „${name}“`,
    households: (h: number, a: number, c: number) => `${h} ${h === 1 ? 'Haushalt' : 'Haushalte'} · ${a} ${a === 1 ? 'Erwachsene(r)' : 'Erwachsene'} · ${c} ${c === 1 ? 'Kind' : 'Kinder'}`,
    message: 'Ihre Nachricht',
    messageHint: 'Kurz, wer Sie sind und warum Sie sich melden (höchstens 1.000 Zeichen). Sie geht ohne Ihren Namen und Ihre E-Mail-Adresse hinaus.',
    send: 'Interesse senden',
    sendLabel: (to: string) => `Interesse senden an: ${to}`,
  },
  /** The admin's initiatives (worker/admin/initiatives). */
  admin: {
    nav: 'Initiativen',
    title: 'Initiativen',
    intro: 'Gruppen in Gründung, die Ihre Organisation selbst anlegt: Sie werden den Suchenden der Region sofort gezeigt. Wer eine Initiative anlegt, ist ihre Gründerin oder ihr Gründer und bekommt per E-Mail einen persönlichen Link, über den die Gruppe passende Haushalte aus dem Pool findet, Interesse beantwortet und Interesse an Gebäuden erklärt.',
    empty: 'Ihre Organisation hat noch keine Initiative angelegt.',
    readOnly: 'Initiativen anlegen können Inhaberinnen, Inhaber und Bearbeitende.',
    noRegion: 'Eine Initiative wird in der Region einer Kommune gezeigt. Sobald eine Kommune Ihre Organisation freigegeben hat (Sichtbarkeit), können Sie hier eine anlegen.',
    formTitle: 'Neue Initiative',
    formIntro: 'Die Angaben sehen Suchende der Region, ohne Ihren Namen; Namen und E-Mail-Adressen sehen beide Seiten erst, wenn beide zugestimmt haben.',
    created: 'Die Initiative ist angelegt. Der persönliche Link ist in Ihrem Postfach.',
    start: 'Initiative anlegen',
    columns: { name: 'Name', region: 'Region', state: 'Stand', households: 'Haushalte', openPlaces: 'Noch gesucht', founders: 'Gründende' },
    states: { unconfirmed: 'unbestätigt', open: 'sichtbar', closed: 'geschlossen' } as Record<string, string>,
    field: {
      name: 'Name der Initiative',
      text: 'Wer Sie sind und was Sie vorhaben',
      textHint: 'Höchstens 2.000 Zeichen; Suchende lesen es auf der Karte der Initiative.',
      region: 'Region',
      kinds: 'Was die Gruppe sucht',
      timeline: 'Einzug',
      households: 'Haushalte',
      adults: 'Erwachsene',
      children: 'Kinder',
      openPlaces: 'Wie viele Haushalte suchen Sie noch?',
    },
    kinds: { building: 'Gebäude', farmstead: 'Hof', plot: 'Grundstück' } as Record<string, string>,
    timelines: { now: 'sofort', lt1y: 'innerhalb eines Jahres', '1to3y': 'in 1–3 Jahren', flexible: 'flexibel' } as Record<string, string>,
    errors: {
      name: 'Name der Initiative: bitte 3 bis 120 Zeichen.',
      text: 'Wer Sie sind: bitte 1 bis 2.000 Zeichen.',
      region: 'Region: bitte eine Region wählen, in der Ihre Organisation freigegeben ist.',
      seeking: 'Was die Gruppe sucht: bitte aus der Liste wählen.',
      number: 'Bitte eine ganze Zahl im erlaubten Bereich (Haushalte 1–60, Erwachsene 1–200, Kinder 0–200, gesucht 0–60).',
      adults: 'Erwachsene: mindestens eine erwachsene Person je Haushalt.',
    },
  },
  /** The municipality's reports screen (worker/admin/reports). */
  reports: {
    nav: 'Meldungen',
    title: 'Meldungen aus der Gruppensuche',
    intro: 'Was Suchende und Gruppen Ihrer Region in der Gruppensuche gemeldet haben, mit dem Grund und dem gemeldeten Eintrag. Wer gemeldet hat, sehen Sie nicht. Die beiden Seiten sehen sich nach einer Meldung nicht mehr.',
    removal: 'Verstößt ein Eintrag gegen die Regeln, antworten Sie auf die Meldungs-E-Mail: Das Team von bring-together entfernt ihn. Markieren Sie eine Meldung als erledigt, wenn Sie sich darum gekümmert haben.',
    open: 'Offen',
    handled: 'Erledigt',
    noneOpen: 'Keine offenen Meldungen.',
    noneHandled: 'Noch keine erledigten Meldungen.',
    columns: { when: 'Gemeldet am', reported: 'Gemeldet', reason: 'Grund', note: 'Hinweis', handledAt: 'Erledigt am', action: 'Aktion' },
    household: 'Ein Haushalt (Pool)',
    initiative: (name: string) => `Initiative „${name}“`,
    closed: '(geschlossen)',
    gone: 'Der Eintrag besteht nicht mehr.',
    noNote: '–',
    markHandled: 'Als erledigt markieren',
    markHandledLabel: (when: string) => `Meldung vom ${when} als erledigt markieren`,
    marked: 'Die Meldung ist als erledigt markiert.',
    readOnly: 'Als erledigt markieren können Inhaberinnen, Inhaber und Bearbeitende.',
  },
  /** Blocking and reporting on the manage page (worker/manage/groups-matches.tsx). */
  moderation: {
    block: 'Blockieren',
    blockLabel: (to: string) => `Blockieren: ${to}`,
    blockHint: 'Sie sehen sich dann gegenseitig nicht mehr; offenes Interesse endet.',
    report: 'Der Kommune melden',
    reason: 'Grund',
    reasons: { spam: 'Werbung oder Spam', abuse: 'Beleidigend oder belästigend', fake: 'Falsche oder unechte Angaben', other: 'Etwas anderes' } as Record<string, string>,
    note: 'Was ist passiert? (freiwillig, höchstens 1.000 Zeichen)',
    send: 'Meldung senden',
    sendLabel: (to: string) => `Melden: ${to}`,
  },
  /** The group and the building (the manage page's initiative card, worker/manage/groups-section.tsx). */
  properties: {
    title: 'Passende Gebäude',
    intro: 'Leerstehende Gebäude und Grundstücke Ihrer Region, die zu Ihrer Gruppe als Ganzes passen – Einheiten, gemeinsames Eigenkapital und Budget, Rechtsform, Ort und Zeitplan – mit der Checkliste der Kommune für jedes Gebäude.',
    none: 'Zurzeit passt kein angebotenes Gebäude Ihrer Region zu Ihrer Gruppe.',
    notLive: 'Sobald die Initiative bestätigt ist, sehen Gründerinnen und Gründer hier die passenden Gebäude.',
    score: (n: number) => `Passt zu ${n} %`,
    reasons: 'Was passt',
    watchOuts: 'Worauf achten',
    checklist: (met: number, total: number) => `Checkliste der Kommune: ${met} von ${total} erfüllt`,
    ready: 'Ihre Gruppe erfüllt alle Kriterien.',
    met: 'erfüllt',
    open: 'offen',
    others: (n: number) => (n === 0 ? 'Noch keine andere Gruppe hat Interesse erklärt.' : `${n} ${n === 1 ? 'andere Gruppe hat' : 'andere Gruppen haben'} Interesse erklärt.`),
    declared: (date: string) => `Ihre Gruppe hat am ${date} Interesse erklärt.`,
    onShortlist: 'Die Kommune sieht Ihre Gruppe auf ihrer Auswahlliste für dieses Gebäude.',
    notOnShortlist: 'Die Kommune sieht Ihre Gruppe nicht auf ihrer Auswahlliste, sie zählt sie nur mit.',
    takenOn: 'Die Kommune hat festgehalten: Ihre Gruppe übernimmt das Gebäude.',
    declareLegend: (title: string) => `Interesse an „${title}“`,
    consent: 'Unsere Gruppe, ihre Bereitschaft, ihr Konzept und ihre Ansprechperson dürfen der Kommune auf ihrer Auswahlliste für dieses Gebäude gezeigt werden.',
    consentHint: 'Freiwillig und jederzeit zurückzunehmen. Ohne Zustimmung zählt die Kommune Ihre Gruppe nur mit.',
    customLegend: 'Eigene Kriterien der Kommune, die Ihre Gruppe erfüllt',
    declare: 'Interesse erklären',
    update: 'Angaben zum Interesse speichern',
    withdraw: 'Interesse zurückziehen',
    page: 'Zur Seite des Gebäudes',
    units: (n: number) => `${n} ${n === 1 ? 'Einheit' : 'Einheiten'}`,
    price: (amount: string) => `Preis ${amount}`,
    cost: (amount: string) => `monatlich ab ${amount}`,
  },
  /** What the group states for the municipalities' checklists. */
  readinessFields: {
    title: 'Angaben für die Checklisten der Kommunen',
    intro: 'Was Kommunen vor der Vergabe eines Gebäudes wissen möchten. Sie sehen die Angaben nur auf der Auswahlliste eines Gebäudes, für das Ihre Gruppe zugestimmt hat.',
    legalForm: 'Gewählte Rechtsform',
    legalFormNone: 'noch nicht entschieden',
    financingPlan: 'Finanzierungsplan (kurz)',
    financingPlanHint: 'z. B. Genossenschaftsanteile, KfW 134, Direktkredite, Bankdarlehen',
    contactPerson: 'Ansprechperson (Name)',
    contactPersonHint: 'Die Kommune sieht den Namen nur auf der Auswahlliste eines Gebäudes, für das Sie zugestimmt haben.',
    concept: 'Konzept in eigenen Worten',
    conceptHint: 'Grundlage einer Konzeptvergabe: wie Sie zusammen wohnen wollen und was Sie in den Ort einbringen.',
    save: 'Angaben speichern',
  },
  /** One item of a municipality's checklist from the group's side. */
  readinessItems: {
    households: (need: number, have: number) => `mindestens ${need} Haushalte (Ihre Gruppe: ${have})`,
    unitsShare: (need: number, units: number, have: number) => `Haushalte für mindestens ${need} der ${units} Einheiten gefunden (Ihre Gruppe: ${have})`,
    legalForm: 'Rechtsform gewählt',
    financingPlan: 'Finanzierungsplan angegeben',
    contactPerson: 'Ansprechperson benannt',
  },
  done: {
    pool_withdrawn: 'Ihre Karte ist aus dem Pool entfernt.',
    pool_renewed: 'Ihr Eintrag ist um 90 Tage verlängert.',
    interest_accepted: 'Sie haben zugestimmt; Sie sehen nun den Kontakt.',
    interest_declined: 'Abgelehnt.',
    interest_withdrawn: 'Zurückgezogen; der Kontakt ist nicht mehr sichtbar.',
    left: 'Sie haben die Initiative verlassen.',
    property_declared: 'Das Interesse Ihrer Gruppe ist gespeichert.',
    property_withdrawn: 'Das Interesse ist zurückgezogen; die Kommune sieht Ihre Gruppe dafür nicht mehr.',
    readiness_saved: 'Die Angaben sind gespeichert.',
    readiness_invalid: 'Die Angaben konnten nicht gespeichert werden: bitte die Längen prüfen (Ansprechperson höchstens 120, Finanzierungsplan höchstens 1.000, Konzept höchstens 3.000 Zeichen).',
    interest_sent: 'Ihr Interesse ist gesendet. Sobald die andere Seite zustimmt, sehen Sie beide den Kontakt.',
    interest_empty: 'Bitte schreiben Sie eine kurze Nachricht (höchstens 1.000 Zeichen).',
    cofounder_invited: 'Die Einladung ist verschickt.',
    cofounder_invalid: 'Bitte geben Sie einen Namen (höchstens 120 Zeichen) und eine gültige E-Mail-Adresse an.',
    cofounder_refused: 'Diese Adresse ist schon eingeladen, oder die Initiative hat keinen Platz für weitere Gründerinnen und Gründer.',
    reports_limited: 'Heute sind keine weiteren Meldungen möglich (höchstens 5 am Tag). Blockieren geht weiterhin.',
    blocked: 'Blockiert: Sie sehen sich gegenseitig nicht mehr.',
    reported: 'Danke. Die Kommune ist informiert, und Sie sehen sich gegenseitig nicht mehr.',
    group_failed: 'Das ging nicht (mehr).',
  } as Record<string, string>,
};
