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
  reportMail: {
    subject: 'A report from the group search',
    text: (reported: string, reason: string, note: string | null) =>
      `An entry in your region's group search was reported.\n\nReported: ${reported}\nReason: ${reason}\n` +
      (note ? `Note from the person reporting:\n${note}\n` : '') +
      `\nThe person reporting and the reported entry no longer see each other; any open interest between them has ended. ` +
      `If the entry breaks the rules, reply to this email: the bring-together team removes it.\n\nWho sent the report is not shown to you, nor by us.`,
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
    cofounderLegend: 'Invite a co-founder',
    cofounderHint: 'The person invited gets an email with their own link and becomes a member once they confirm. They then see what you see here.',
    cofounderName: 'Name',
    cofounderEmail: 'Email address',
    cofounderInvite: 'Invite',
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
  /** Blocking and reporting on the manage page (worker/manage/groups-matches.tsx). */
  moderation: {
    block: 'Block',
    blockLabel: (to: string) => `Block: ${to}`,
    blockHint: 'You will no longer see each other; any open interest ends.',
    report: 'Report to the municipality',
    reason: 'Reason',
    reasons: { spam: 'Advertising or spam', abuse: 'Insulting or harassing', fake: 'False or fake details', other: 'Something else' } as Record<string, string>,
    note: 'What happened? (optional, at most 1,000 characters)',
    send: 'Send report',
    sendLabel: (to: string) => `Report: ${to}`,
  },
  /** Who fits (the manage page's pool card and initiative card, worker/manage/groups-matches.tsx). */
  matches: {
    title: 'Who fits you',
    introPool: 'Initiatives and households from the pool in your region, ranked by fit. You see no names, and nobody sees yours: both sides see names and email addresses only once both have said yes.',
    introInitiative: 'Households from the pool in your region that fit your group as a whole – each household of your group, not just on average. Both sides see names and email addresses only once both have said yes.',
    none: 'Nobody in your region fits at the moment whom you have not sent an interest yet.',
    notLive: 'Once your entry is confirmed, you will see here who fits you.',
    household: 'A household from the pool',
    initiative: (name: string) => `Initiative “${name}”`,
    households: (h: number, a: number, c: number) => `${h} ${h === 1 ? 'household' : 'households'} · ${a} ${a === 1 ? 'adult' : 'adults'} · ${c} ${c === 1 ? 'child' : 'children'}`,
    message: 'Your message',
    messageHint: 'Briefly, who you are and why you get in touch (at most 1,000 characters). It goes out without your name and email address.',
    send: 'Send interest',
    sendLabel: (to: string) => `Send interest to: ${to}`,
  },
  properties: {
    title: 'Buildings that fit',
    intro: 'Vacant buildings and plots of your region that fit your group as a whole – units, pooled equity and budget, legal form, place and timeline – with the municipality\'s checklist for each building.',
    none: 'No building offered in your region fits your group at the moment.',
    notLive: 'Once the initiative is confirmed, its founders see the buildings that fit here.',
    score: (n: number) => `${n} % fit`,
    reasons: 'What fits',
    watchOuts: 'Watch out',
    checklist: (met: number, total: number) => `Municipality's checklist: ${met} of ${total} met`,
    ready: 'Your group meets every criterion.',
    met: 'met',
    open: 'open',
    others: (n: number) => (n === 0 ? 'No other group has declared interest yet.' : `${n} other ${n === 1 ? 'group has' : 'groups have'} declared interest.`),
    declared: (date: string) => `Your group declared interest on ${date}.`,
    onShortlist: 'The municipality sees your group on its shortlist for this building.',
    notOnShortlist: 'The municipality does not see your group on its shortlist; it only counts it.',
    takenOn: 'The municipality has recorded that your group takes the building on.',
    declareLegend: (title: string) => `Interest in “${title}”`,
    consent: 'Our group, its readiness, its concept and its contact person may be shown to the municipality on its shortlist for this building.',
    consentHint: 'Voluntary, and you can take it back at any time. Without it the municipality only counts your group.',
    customLegend: 'The municipality\'s own criteria your group meets',
    declare: 'Declare interest',
    update: 'Save the interest',
    withdraw: 'Withdraw interest',
    page: 'The building\'s page',
    units: (n: number) => `${n} ${n === 1 ? 'unit' : 'units'}`,
    price: (amount: string) => `price ${amount}`,
    cost: (amount: string) => `monthly from ${amount}`,
  },
  readinessFields: {
    title: 'What the municipalities\' checklists ask',
    intro: 'What municipalities want to know before they allocate a building. They see it only on the shortlist of a building your group agreed to be shown for.',
    legalForm: 'Legal form chosen',
    legalFormNone: 'not decided yet',
    financingPlan: 'Financing plan (briefly)',
    financingPlanHint: 'e.g. co-op shares, KfW 134, direct loans, bank loan',
    contactPerson: 'Contact person (name)',
    contactPersonHint: 'The municipality sees the name only on the shortlist of a building you agreed to be shown for.',
    concept: 'Concept in your own words',
    conceptHint: 'The basis of a concept-based allocation: how you want to live together and what you bring to the place.',
    save: 'Save',
  },
  readinessItems: {
    households: (need: number, have: number) => `at least ${need} households (your group: ${have})`,
    unitsShare: (need: number, units: number, have: number) => `households found for at least ${need} of the ${units} units (your group: ${have})`,
    legalForm: 'legal form chosen',
    financingPlan: 'financing plan stated',
    contactPerson: 'contact person named',
  },
  done: {
    pool_withdrawn: 'Your card has been removed from the pool.',
    pool_renewed: 'Your entry has been renewed for 90 days.',
    interest_accepted: 'You agreed; you now see the contact.',
    interest_declined: 'Declined.',
    interest_withdrawn: 'Withdrawn; the contact is no longer visible.',
    left: 'You have left the initiative.',
    property_declared: 'Your group\'s interest is saved.',
    property_withdrawn: 'The interest is withdrawn; the municipality no longer sees your group for it.',
    readiness_saved: 'Saved.',
    readiness_invalid: 'Could not be saved: please check the lengths (contact person at most 120, financing plan at most 1,000, concept at most 3,000 characters).',
    interest_sent: 'Your interest is sent. Once the other side says yes, you both see each other\'s contact.',
    interest_empty: 'Please write a short message (at most 1,000 characters).',
    cofounder_invited: 'The invitation is sent.',
    cofounder_invalid: 'Please give a name (at most 120 characters) and a valid email address.',
    cofounder_refused: 'This address is already invited, or the initiative has no room for more founders.',
    blocked: 'Blocked: you no longer see each other.',
    reported: 'Thank you. The municipality is told, and you no longer see each other.',
    group_failed: 'That did not work (any more).',
  } as Record<string, string>,
};
