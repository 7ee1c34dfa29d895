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
  /** To the seeker: a member's answer from the inbox. */
  reply: {
    subject: (organization: string, listing: string) => `Antwort von ${organization}: „${listing}“`,
    text: (p: { name: string; message: string; organization: string; answerTo: string }) => `Hallo ${p.name},\n\n${p.message}\n\n— ${p.organization}\nSie erreichen uns unter ${p.answerTo}.\n`,
  },
  /** To the project. */
  withdrawn: {
    subject: (listing: string) => `Anfrage zurückgezogen: ${listing}`,
    text: (seeker: string, listing: string) =>
      `${seeker} hat die Anfrage an „${listing}“ zurückgezogen. Bitte nehmen Sie keinen Kontakt mehr auf; die Anfrage ist im Posteingang von bring-together als „Zurückgezogen“ markiert.\n`,
  },
};
