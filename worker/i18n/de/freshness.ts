/** German mails of a listing's freshness to its team (worker/listings/freshness.ts). */
export const freshness = {
  reminder: {
    subject: (title: string) => `Noch aktuell? „${title}“`,
    text: (title: string, pauseAfterDays: number, link: string) =>
      `Ist „${title}“ noch aktuell? Bitte bestätigen Sie es in der Verwaltung; nach ${pauseAfterDays} Tagen ohne Bestätigung pausiert das Angebot:\n${link}\n`,
  },
  paused: {
    subject: (title: string) => `Pausiert: „${title}“`,
    text: (title: string, pauseAfterDays: number, link: string) =>
      `„${title}“ wurde seit ${pauseAfterDays} Tagen nicht bestätigt und ist jetzt pausiert. Prüfen und wieder veröffentlichen:\n${link}\n`,
  },
};
