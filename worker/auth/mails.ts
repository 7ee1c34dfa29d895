/** Texts of the auth emails (sign-in link, invitation), in German and English. */
import type { Mail } from '../mail/mailer';

export function magicLinkMail(to: string, url: string, locale: 'de' | 'en'): Mail {
  return locale === 'en'
    ? {
        to,
        subject: 'Your sign-in link for bring-together',
        text: `Hello,\n\nsign in to the bring-together admin with this link (valid for 15 minutes, usable once):\n${url}\n\nIf you did not ask for it, ignore this email.\n`,
      }
    : {
        to,
        subject: 'Ihr Anmeldelink für bring-together',
        text: `Hallo,\n\nmit diesem Link melden Sie sich in der Verwaltung von bring-together an (15 Minuten gültig, einmal verwendbar):\n${url}\n\nWenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.\n`,
      };
}

const ROLE = { de: { owner: 'Inhaber:in', editor: 'Bearbeiter:in', viewer: 'Lesezugriff' }, en: { owner: 'owner', editor: 'editor', viewer: 'viewer' } } as const;

/** The invitation in the invitee's language (their account's, else the inviter's). */
export function invitationMail(to: string, organization: string, inviter: string, role: string, url: string, locale: 'de' | 'en'): Mail {
  const r = ROLE[locale][role as keyof (typeof ROLE)['de']] ?? role;
  return locale === 'en'
    ? {
        to,
        subject: `Invitation to "${organization}"`,
        text: `${inviter} invites you to join "${organization}" on bring-together (role: ${r}).\nSee and accept the invitation:\n${url}\n`,
      }
    : {
        to,
        subject: `Einladung zu „${organization}“`,
        text: `${inviter} lädt Sie ein, bei „${organization}“ in bring-together mitzuarbeiten (Rolle: ${r}).\nEinladung ansehen und annehmen:\n${url}\n`,
      };
}
