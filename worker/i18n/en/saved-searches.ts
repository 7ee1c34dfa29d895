/** English texts of a saved search's double opt-in; typed by the German catalogue. */
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
};
