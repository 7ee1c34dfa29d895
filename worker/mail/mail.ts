/** What a mail is and what sends one; every transport (worker/mail/mailer.ts, transport.ts) takes these. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Where the recipient's answer goes (e.g. the project's contact address). */
  replyTo?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
  /** Stable id of this mail: retries of one send share it, so the API can drop a duplicate. */
  id?: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}
