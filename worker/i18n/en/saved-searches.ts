/** English texts of a saved search: the double opt-in and the daily alert mail; typed by the German catalogue. */
import type { savedSearches as de } from '../de/saved-searches';

export const savedSearches: typeof de = {
  confirmationMail: {
    subject: 'Please confirm your saved search',
    text: (confirmUrl, manageUrl) =>
      `Please confirm that we may tell you about new fitting housing projects:\n${confirmUrl}\n\nUnconfirmed searches are deleted after 7 days. Manage or erase: ${manageUrl}\n`,
  },
  ask: { title: 'Confirm search', text: 'Would you like to hear about new fitting listings by email?' },
  confirmButton: 'Confirm search',
  done: { title: 'Search confirmed', text: 'We will let you know when something fitting appears.' },
  already: { title: 'Already confirmed', text: 'Your search is active.' },
  gone: { title: 'Link not valid', text: 'This confirmation link has expired or was erased.' },
  alertMail: {
    subject: (count, first) => (count === 1 ? `New and fitting: ${first}` : `${count} new fitting listings for your search`),
    intro: (count) =>
      count === 1 ? 'This listing newly fits your saved search (just published or changed):' : `These ${count} listings newly fit your saved search (just published or changed):`,
    kind: { project: 'Housing project', property: 'Building or plot' },
    score: (score) => `Fit: ${score} out of 100`,
    why: 'Why it fits:',
    link: 'More:',
    stop: 'No more such emails (delete the saved search):',
    footer: 'You receive this email because you confirmed a saved search; at most one a day. The providers do not know your email address.',
  },
};
