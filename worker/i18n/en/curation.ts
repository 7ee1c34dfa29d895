/** English mail of a municipality's decision about a provider; typed by the German catalogue. */
import type { curation as de } from '../de/curation';

export const curation: typeof de = {
  subject: (m) => `${m} has decided about your listings`,
  state: {
    approved: (m) => `${m} has approved your organization: your published listings now appear in ${m}'s embeds.`,
    rejected: (m) => `${m} has not approved your organization for now: your listings do not appear in ${m}'s embeds. You can ask for a new review in the admin.`,
    blocked: (m) => `${m} has blocked your organization: your listings do not appear in ${m}'s embeds.`,
    pending: (m) => `${m} is reviewing your organization.`,
  },
  message: 'Message:',
  more: 'All details:',
};
