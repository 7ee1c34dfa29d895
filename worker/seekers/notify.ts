/** Mail to the project when a seeker withdraws a request, so the provider is never left waiting. */
import { withdrawnMail } from '../contact/mails';
import type { Env } from '../env';
import { mailerFor } from '../mail/mailer';
import type { ProjectContact, SeekerRequest } from './store';

export async function notifyWithdrawal(env: Env, request: SeekerRequest, contact: ProjectContact, requestId: string): Promise<void> {
  if (!contact.email) return; // the provider still sees the status in the admin inbox
  try {
    await mailerFor(env).send(withdrawnMail({ to: contact.email, locale: contact.locale, seekerName: request.name, listingTitle: request.listing.title }));
  } catch (err) {
    // The withdrawal stands either way; the admin inbox shows it.
    console.error(JSON.stringify({ requestId, mailError: String(err) }));
  }
}
