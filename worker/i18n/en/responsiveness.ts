/** English mails about contact requests waiting for a first answer; typed by the German catalogue. */
import type { responsiveness as de } from '../de/responsiveness';

export const responsiveness: typeof de = {
  reminder: {
    subject: (days, seeker, listing) => `No answer for ${days} days: ${seeker} about "${listing}"`,
    text: (p) =>
      `${p.seeker} asked about "${p.listing}" ${p.days} days ago and is still waiting for a first answer. Please answer in the inbox – even a short no helps:\n${p.inboxUrl}\n\nWhen a listing's requests stay without any answer for ${p.pauseAfterDays} days, it pauses itself.\n`,
  },
  warning: {
    subject: (listing, inDays) => `"${listing}" pauses in ${inDays} days: requests without an answer`,
    text: (p) =>
      `${p.waiting === 1 ? 'A request' : `${p.waiting} requests`} about "${p.listing}" ${p.waiting === 1 ? 'has' : 'have'} waited at least ${p.days} days for a first answer, and none of the older requests was answered. Answer by ${p.pauseOn}, or the listing pauses itself and no longer appears in searches:\n${p.inboxUrl}\n`,
  },
  paused: {
    subject: (listing) => `Paused: "${listing}" – requests without an answer`,
    text: (p) =>
      `The requests about "${p.listing}" have stayed without an answer for ${p.days} days. The listing is therefore paused and no longer appears in searches. Answer the waiting requests, then publish it again.\n\nInbox: ${p.inboxUrl}\nListing: ${p.listingUrl}\n`,
  },
  seekerUnanswered: {
    subject: (listing) => `No answer yet about "${listing}"`,
    text: (p) =>
      `Hello ${p.name},\n\n${p.organization} has not answered your request about "${p.listing}" for ${p.days} days. We are sorry. Your request stays open; the team may still get back to you.\n\n` +
      (p.similar
        ? `These offers in the same area might interest you too:\n${p.similar}\n${p.site ? `\nYou find them in the search on ${p.site}\n` : ''}`
        : `You may find more offers that fit in the search${p.site ? `: ${p.site}` : '.'}\n`),
  },
  similarLine: (title, place, url) => `- ${title}, ${place}: ${url}`,
};
