/** German texts of the local dev mailbox (worker/routes/dev-mailbox.tsx). */
export const devMailbox = {
  title: 'Dev-Postfach',
  heading: 'Dev-Postfach (nur lokal)',
  empty: 'Noch keine E-Mails.',
  to: 'An:',
  replyTo: 'Antwort an:',
};
