/** German mails of a contact request (worker/contact/mails.ts). */
export const contact = {
  /** To the seeker, with the manage link. */
  seekerConfirmation: {
    subject: (listing: string) => `Ihre Anfrage an „${listing}“`,
    text: (p: { name: string; listing: string; score: number; reasons: string; manageUrl: string }) =>
      `Hallo ${p.name},\n\nIhre Anfrage an „${p.listing}“ ist angekommen (Passung ${p.score} von 100).\n${p.reasons}\n\nÜber diesen Link sehen, exportieren oder löschen Sie Ihre Daten und ziehen die Anfrage zurück:\n${p.manageUrl}\n`,
  },
  /** To the project. */
  newRequest: {
    subject: (listing: string, score: number) => `Neue Anfrage: ${listing} (Passung ${score})`,
    text: (seeker: string, listing: string, inboxUrl: string) =>
      `${seeker} möchte Ihr Projekt „${listing}“ kennenlernen. Die Anfrage mit Begründung steht im Posteingang von bring-together:\n${inboxUrl}\n`,
  },
  /** To the seeker: a new message of the project's team in the conversation. */
  message: {
    subject: (organization: string, listing: string) => `Nachricht von ${organization}: „${listing}“`,
    text: (p: { name: string; message: string; author: string; organization: string; manageUrl: string; canReply: boolean }) =>
      `Hallo ${p.name},\n\n${p.message}\n\n— ${p.author}, ${p.organization}\n\n${p.canReply ? 'Antworten Sie einfach auf diese E-Mail oder' : 'Antworten Sie'} auf Ihrer Seite bei bring-together:\n${p.manageUrl}\n`,
  },
  /** To the project's team: the seeker answered. */
  answer: {
    subject: (seeker: string, listing: string) => `Antwort von ${seeker}: „${listing}“`,
    text: (p: { seeker: string; listing: string; message: string; inboxUrl: string; canReply: boolean }) =>
      `${p.seeker} schreibt zu „${p.listing}“:\n\n${p.message}\n\n${p.canReply ? 'Antworten Sie auf diese E-Mail oder im' : 'Antworten Sie im'} Posteingang von bring-together:\n${p.inboxUrl}\n`,
  },
  /** To the seeker: the team proposes a visit or a trial stay. */
  visitProposed: {
    subject: (kind: 'visit' | 'trial', listing: string) => `${kind === 'trial' ? 'Probewohnen' : 'Besuch'} bei „${listing}“: ein Vorschlag`,
    text: (p: { name: string; kind: 'visit' | 'trial'; organization: string; when: string; place: string; notes: string | null; manageUrl: string }) =>
      `Hallo ${p.name},\n\n${p.organization} schlägt ${p.kind === 'trial' ? 'ein Probewohnen' : 'einen Besuch'} vor:\n\nWann: ${p.when}\nWo: ${p.place}\n${p.notes ? `\n${p.notes}\n` : ''}\nSagen Sie auf Ihrer Seite bei bring-together zu oder ab:\n${p.manageUrl}\n`,
  },
  /** To the team: the seeker accepted or declined. */
  visitDecided: {
    subject: (accepted: boolean, seeker: string) => (accepted ? `${seeker} sagt zu` : `${seeker} sagt ab`),
    text: (p: { seeker: string; accepted: boolean; kind: 'visit' | 'trial'; when: string; listing: string; inboxUrl: string }) =>
      `${p.seeker} hat ${p.kind === 'trial' ? 'das Probewohnen' : 'den Besuch'} bei „${p.listing}“ (${p.when}) ${p.accepted ? 'zugesagt' : 'abgesagt'}.\n\n${p.inboxUrl}\n`,
  },
  /** To a member who chose a daily summary of new requests and answers. */
  dailySummary: {
    subject: (organization: string, n: number) => `${organization}: ${n} ${n === 1 ? 'Neuigkeit' : 'Neuigkeiten'} in Ihren Anfragen`,
    text: (p: { organization: string; lines: string; settingsUrl: string }) =>
      `Guten Tag,\n\nseit gestern bei ${p.organization}:\n\n${p.lines}\n\nDiese Zusammenfassung kommt einmal am Tag. Wie Sie benachrichtigt werden, stellen Sie hier ein:\n${p.settingsUrl}\n`,
    request: (seeker: string, listing: string, url: string) => `- Neue Anfrage von ${seeker} zu „${listing}“: ${url}`,
    answer: (seeker: string, listing: string, url: string) => `- Antwort von ${seeker} zu „${listing}“: ${url}`,
  },
  /** To whoever sent a mail with attachments to a conversation's reply address. */
  attachmentRefused: {
    subject: (subject: string) => `Nicht zugestellt: ${subject}`,
    text: (link: string) =>
      `Guten Tag,\n\nIhre Nachricht hatte Anhänge. Damit Fotos, Dokumente und Ausweise nicht ungefragt in fremden Postfächern landen, nimmt bring-together keine Anhänge an. Bitte schicken Sie den Text ohne Anhang noch einmal; Unterlagen tauschen Sie am besten aus, wenn Sie einander kennengelernt haben.\n\n${link}\n`,
  },
  /** To the project. */
  withdrawn: {
    subject: (listing: string) => `Anfrage zurückgezogen: ${listing}`,
    text: (seeker: string, listing: string) =>
      `${seeker} hat die Anfrage an „${listing}“ zurückgezogen. Bitte nehmen Sie keinen Kontakt mehr auf; die Anfrage ist im Posteingang von bring-together als „Zurückgezogen“ markiert.\n`,
  },
};
