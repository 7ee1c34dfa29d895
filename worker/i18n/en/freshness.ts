/** English mails of a listing's freshness; typed by the German catalogue. */
import type { freshness as de } from '../de/freshness';

export const freshness: typeof de = {
  reminder: {
    subject: (title) => `Still current? "${title}"`,
    text: (title, pauseAfterDays, link) => `Is "${title}" still current? Please confirm it in the admin; after ${pauseAfterDays} days without confirmation it pauses:\n${link}\n`,
  },
  paused: {
    subject: (title) => `Paused: "${title}"`,
    text: (title, pauseAfterDays, link) => `"${title}" was not confirmed for ${pauseAfterDays} days and is now paused. Check and publish it again:\n${link}\n`,
  },
};
