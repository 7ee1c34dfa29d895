/** German mails about contact requests waiting for a first answer (worker/conversation/unanswered.ts). */
export const responsiveness = {
  /** To the team (owners and editors): a request has waited 3 or 7 days. */
  reminder: {
    subject: (days: number, seeker: string, listing: string) => `Seit ${days} Tagen ohne Antwort: ${seeker} zu „${listing}“`,
    text: (p: { days: number; seeker: string; listing: string; inboxUrl: string; pauseAfterDays: number }) =>
      `${p.seeker} hat vor ${p.days} Tagen zu „${p.listing}“ angefragt und wartet noch auf eine erste Antwort. Bitte antworten Sie im Posteingang – auch eine kurze Absage hilft:\n${p.inboxUrl}\n\nBleiben die Anfragen zu einem Angebot ${p.pauseAfterDays} Tage ganz ohne Antwort, pausiert es von selbst.\n`,
  },
  /** To the team: the listing pauses in a few days unless someone answers. */
  warning: {
    subject: (listing: string, inDays: number) => `„${listing}“ pausiert in ${inDays} Tagen: Anfragen ohne Antwort`,
    text: (p: { listing: string; waiting: number; days: number; pauseOn: string; inboxUrl: string }) =>
      `Zu „${p.listing}“ ${p.waiting === 1 ? 'wartet eine Anfrage' : `warten ${p.waiting} Anfragen`} seit mindestens ${p.days} Tagen auf eine erste Antwort, und keine der älteren Anfragen wurde beantwortet. Antworten Sie bis ${p.pauseOn}, sonst pausiert das Angebot von selbst und erscheint nicht mehr in den Suchen:\n${p.inboxUrl}\n`,
  },
  /** To the team: the listing paused itself. */
  paused: {
    subject: (listing: string) => `Pausiert: „${listing}“ – Anfragen ohne Antwort`,
    text: (p: { listing: string; days: number; inboxUrl: string; listingUrl: string }) =>
      `Die Anfragen zu „${p.listing}“ sind seit ${p.days} Tagen ohne Antwort geblieben. Das Angebot ist deshalb pausiert und erscheint nicht mehr in den Suchen. Beantworten Sie die wartenden Anfragen und veröffentlichen Sie es dann wieder.\n\nPosteingang: ${p.inboxUrl}\nAngebot: ${p.listingUrl}\n`,
  },
  /** To the seeker: no answer in 14 days, and where else to look. */
  seekerUnanswered: {
    subject: (listing: string) => `Noch keine Antwort zu „${listing}“`,
    text: (p: { name: string; listing: string; organization: string; days: number; similar: string; site: string | null }) =>
      `Hallo ${p.name},\n\nauf Ihre Anfrage zu „${p.listing}“ hat ${p.organization} seit ${p.days} Tagen nicht geantwortet. Das tut uns leid. Ihre Anfrage bleibt bestehen; vielleicht meldet sich das Team noch.\n\n` +
      (p.similar
        ? `Diese Angebote in derselben Gegend könnten Sie auch interessieren:\n${p.similar}\n${p.site ? `\nSie finden sie in der Suche auf ${p.site}\n` : ''}`
        : `Vielleicht finden Sie in der Suche weitere passende Angebote${p.site ? `: ${p.site}` : '.'}\n`),
  },
  /** A similar listing in the seeker's mail. */
  similarLine: (title: string, place: string, url: string) => `- ${title}, ${place}: ${url}`,
};
