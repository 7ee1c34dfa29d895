/** English mails of a contact request; typed by the German catalogue. */
import type { contact as de } from '../de/contact';

export const contact: typeof de = {
  seekerConfirmation: {
    subject: (listing) => `Your request to "${listing}"`,
    text: (p) =>
      `Hello ${p.name},\n\nyour request to "${p.listing}" has arrived (fit ${p.score} of 100).\n${p.reasons}\n\nThis link lets you see, export or erase your data and withdraw the request:\n${p.manageUrl}\n`,
  },
  newRequest: {
    subject: (listing, score) => `New request: ${listing} (fit ${score})`,
    text: (seeker, listing, inboxUrl) =>
      `${seeker} would like to get to know your project "${listing}". The request with the reasons for the fit is in your bring-together inbox:\n${inboxUrl}\n`,
  },
  message: {
    subject: (organization, listing) => `Message from ${organization}: "${listing}"`,
    text: (p) =>
      `Hello ${p.name},\n\n${p.message}\n\n— ${p.author}, ${p.organization}\n\n${p.canReply ? 'Simply answer this email or answer' : 'Answer'} on your bring-together page:\n${p.manageUrl}\n`,
  },
  answer: {
    subject: (seeker, listing) => `Answer from ${seeker}: "${listing}"`,
    text: (p) => `${p.seeker} writes about "${p.listing}":\n\n${p.message}\n\n${p.canReply ? 'Answer this email or in' : 'Answer in'} your bring-together inbox:\n${p.inboxUrl}\n`,
  },
  visitProposed: {
    subject: (kind, listing) => `${kind === 'trial' ? 'Trial stay' : 'Visit'} at "${listing}": a proposal`,
    text: (p) =>
      `Hello ${p.name},\n\n${p.organization} proposes ${p.kind === 'trial' ? 'a trial stay' : 'a visit'}:\n\nWhen: ${p.when}\nWhere: ${p.place}\n${p.notes ? `\n${p.notes}\n` : ''}\nAccept or decline on your bring-together page:\n${p.manageUrl}\n`,
  },
  visitDecided: {
    subject: (accepted, seeker) => (accepted ? `${seeker} accepts` : `${seeker} declines`),
    text: (p) => `${p.seeker} has ${p.accepted ? 'accepted' : 'declined'} the ${p.kind === 'trial' ? 'trial stay' : 'visit'} at "${p.listing}" (${p.when}).\n\n${p.inboxUrl}\n`,
  },
  dailySummary: {
    subject: (organization, n) => `${organization}: ${n} ${n === 1 ? 'update' : 'updates'} in your requests`,
    text: (p) => `Hello,\n\nsince yesterday at ${p.organization}:\n\n${p.lines}\n\nThis summary comes once a day. Choose how you are told here:\n${p.settingsUrl}\n`,
    request: (seeker, listing, url) => `- New request from ${seeker} about "${listing}": ${url}`,
    answer: (seeker, listing, url) => `- Answer from ${seeker} about "${listing}": ${url}`,
  },
  attachmentRefused: {
    subject: (subject) => `Not delivered: ${subject}`,
    text: (link) =>
      `Hello,\n\nyour message had attachments. So that photos, documents and IDs do not land in strangers' mailboxes unasked, bring-together accepts no attachments. Please send the text again without them; documents are best exchanged once you have met.\n\n${link}\n`,
  },
  withdrawn: {
    subject: (listing) => `Request withdrawn: ${listing}`,
    text: (seeker, listing) =>
      `${seeker} has withdrawn the request to "${listing}". Please do not contact them any more; the request is marked "withdrawn" in your bring-together inbox.\n`,
  },
};
