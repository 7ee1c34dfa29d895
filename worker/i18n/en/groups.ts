/** English texts of the groups: the pool, initiatives, interests (mails, confirmation pages, the manage page's section). */
import type { groups as de } from '../de/groups';

export const groups: typeof de = {
  poolConfirmationMail: {
    subject: 'Please confirm your entry in “Find fellow residents”',
    text: (confirmUrl: string, manageUrl: string) =>
      `You would like other seekers and forming groups in your region to be able to find you. Please confirm here:\n${confirmUrl}\n\n` +
      `Others only see your card (coarse details and your short text), never your name or email address. ` +
      `The entry ends after 90 days unless you renew it. Manage, withdraw or erase: ${manageUrl}\n`,
  },
  initiativeConfirmationMail: {
    subject: (name: string) => `Please confirm your initiative “${name}”`,
    text: (name: string, confirmUrl: string, manageUrl: string) =>
      `You started the initiative “${name}”. Others see it only once you confirm:\n${confirmUrl}\n\n` +
      `This link is your personal key to the initiative (do not pass it on): ${manageUrl}\n`,
  },
  cofounderMail: {
    subject: (name: string) => `Invitation: co-found the initiative “${name}”`,
    text: (name: string, confirmUrl: string, manageUrl: string) =>
      `You have been invited to co-found the initiative “${name}”. Accept:\n${confirmUrl}\n\n` +
      `Once accepted, this is your personal link to the initiative: ${manageUrl}\nIf you did not expect this invitation, ignore this email.\n`,
  },
  interestMail: {
    subject: (from: string) => `${from} is interested in you`,
    text: (from: string, message: string, manageUrl: string) =>
      `${from} would like to get to know you and writes:\n\n${message}\n\n` +
      `Your name and email address stay hidden until you agree. Accept or decline: ${manageUrl}\n`,
  },
  connectedMail: {
    subject: (other: string) => `You both agreed: ${other}`,
    text: (other: string, contacts: string, manageUrl: string) =>
      `You and ${other} would like to get to know each other. You can reach each other here:\n\n${contacts}\n\n` +
      `Only the two of you see these details. You can end the contact at any time: ${manageUrl}\n`,
  },
  reminderMail: {
    subject: 'Your entry in “Find fellow residents” ends soon',
    text: (until: string, renewUrl: string, manageUrl: string) =>
      `Your entry ends on ${until}; then we delete it. One click renews it for 90 days:\n${renewUrl}\n\nManage or erase: ${manageUrl}\n`,
  },
  aHousehold: 'A household from your region',
  theInitiative: (name: string) => `The initiative “${name}”`,
  confirm: {
    ask: { title: 'Confirm your entry', text: 'Would you like to confirm your entry?' },
    button: 'Confirm',
    done: { title: 'Confirmed', text: 'Thank you. Everything else is behind the personal link in the email.' },
    already: { title: 'Already confirmed', text: 'This entry is already confirmed.' },
    gone: { title: 'Invalid link', text: 'This link has expired or the entry was erased.' },
  },
  renew: {
    ask: { title: 'Renew your entry', text: 'Would you like to renew your entry for 90 days?' },
    button: 'Renew for 90 days',
    done: { title: 'Renewed', text: (until: string) => `Your entry is now visible until ${until}.` },
    gone: { title: 'Invalid link', text: 'This link has expired or the entry was erased.' },
  },
  manage: {
    title: 'Find fellow residents',
    guideFounding: 'How a group becomes a housing project: the steps from founding to moving in, in the guide',
    poolTitle: 'Your card in the pool',
    poolIntro: 'This is how other seekers and initiatives of your region see you – without your name and email address.',
    household: 'Household',
    size: 'Persons',
    ages: 'Age groups',
    budget: 'Monthly budget',
    equity: 'Equity',
    timeline: 'Moving in',
    text: 'Your text',
    visibleUntil: 'Visible until',
    notConfirmed: 'Not confirmed yet – please open the link in the email.',
    withdrawPool: 'Withdraw from the pool (at once)',
    renewPool: 'Renew for 90 days',
    initiativesTitle: 'Your initiatives',
    openPlaces: (n: number) => `Still looking for ${n} ${n === 1 ? 'household' : 'households'}`,
    role: { founder: 'Founder', cofounder: 'Co-founder' } as Record<string, string>,
    leaveInitiative: 'Leave the initiative',
    interestsTitle: 'Interest and contacts',
    noInterests: 'No interest sent or received yet.',
    incoming: 'Received',
    outgoing: 'Sent',
    states: { pending: 'Open', accepted: 'Both agreed', declined: 'Declined', withdrawn: 'Withdrawn' } as Record<string, string>,
    accept: 'Agree and share contact',
    decline: 'Decline',
    withdrawInterest: 'Withdraw',
    contacts: 'Contact',
  },
  done: {
    pool_withdrawn: 'Your card has been removed from the pool.',
    pool_renewed: 'Your entry has been renewed for 90 days.',
    interest_accepted: 'You agreed; you now see the contact.',
    interest_declined: 'Declined.',
    interest_withdrawn: 'Withdrawn; the contact is no longer visible.',
    left: 'You have left the initiative.',
    group_failed: 'That did not work (any more).',
  } as Record<string, string>,
};
