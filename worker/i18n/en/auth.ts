/** English mails of signing in and joining a team; typed by the German catalogue. */
import type { auth as de } from '../de/auth';

export const auth: typeof de = {
  magicLink: {
    subject: 'Your sign-in link for bring-together',
    text: (url) => `Hello,\n\nsign in to the bring-together admin with this link (valid for 15 minutes, usable once):\n${url}\n\nIf you did not ask for it, ignore this email.\n`,
  },
  invitation: {
    subject: (organization) => `Invitation to "${organization}"`,
    text: (inviter, organization, role, url) => `${inviter} invites you to join "${organization}" on bring-together (role: ${role}).\nSee and accept the invitation:\n${url}\n`,
  },
  roles: { owner: 'owner', editor: 'editor', viewer: 'viewer' },
};
