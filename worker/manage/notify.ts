/** Mail to the project when a seeker withdraws a request, so the provider is never left waiting. */
import type { Env } from '../env';
import { mailerFor } from '../mail/mailer';
import type { SeekerRequest } from './store';

export async function notifyWithdrawal(env: Env, request: SeekerRequest, contactEmail: string | null, requestId: string): Promise<void> {
  if (!contactEmail) return; // the provider still sees the status in the admin inbox
  try {
    await mailerFor(env).send({
      to: contactEmail,
      subject: `Anfrage zurückgezogen: ${request.listing.title}`,
      text:
        `${request.name} hat die Anfrage an „${request.listing.title}“ zurückgezogen. ` +
        'Bitte nehmen Sie keinen Kontakt mehr auf; die Anfrage ist im Posteingang von bring-together als „Zurückgezogen“ markiert.\n',
    });
  } catch (err) {
    // The withdrawal stands either way; the admin inbox shows it.
    console.error(JSON.stringify({ requestId, mailError: String(err) }));
  }
}
