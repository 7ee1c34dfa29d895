/** English texts of the local dev mailbox; typed by the German catalogue. */
import type { devMailbox as de } from '../de/dev-mailbox';

export const devMailbox: typeof de = {
  title: 'Dev mailbox',
  heading: 'Dev mailbox (local only)',
  empty: 'No emails yet.',
  to: 'To:',
  replyTo: 'Reply to:',
};
