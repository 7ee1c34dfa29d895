/** German mails of signing in and joining a team (worker/auth/mails.ts). */
export const auth = {
  magicLink: {
    subject: 'Ihr Anmeldelink für bring-together',
    text: (url: string) =>
      `Hallo,\n\nmit diesem Link melden Sie sich in der Verwaltung von bring-together an (15 Minuten gültig, einmal verwendbar):\n${url}\n\nWenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.\n`,
  },
  invitation: {
    subject: (organization: string) => `Einladung zu „${organization}“`,
    text: (inviter: string, organization: string, role: string, url: string) =>
      `${inviter} lädt Sie ein, bei „${organization}“ in bring-together mitzuarbeiten (Rolle: ${role}).\nEinladung ansehen und annehmen:\n${url}\n`,
  },
  /** A member's role inside the invitation's sentence. */
  roles: { owner: 'Inhaber:in', editor: 'Bearbeiter:in', viewer: 'Lesezugriff' } as Record<string, string>,
};
