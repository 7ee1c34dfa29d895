/** Reading the local dev mailbox (/dev/mailbox) from end-to-end tests. */

export interface DevMail {
  to: string;
  subject: string;
  text: string;
  replyTo?: string | null;
}

/**
 * Waits up to 15 s for a mail to `email` whose text matches `pattern` (mail goes out through the
 * outbox and the mail queue, so it arrives a moment after the request that caused it).
 * @example
 * const mail = await mailTo(apiOrigin, 'erika@example.org', /\/manage\//);
 */
export async function mailTo(apiOrigin: string, email: string, pattern: RegExp = /./): Promise<DevMail> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${apiOrigin}/dev/mailbox`, { headers: { accept: 'application/json' } });
    const { mails } = (await res.json()) as { mails: DevMail[] };
    const mail = mails.find((m) => m.to === email && pattern.test(m.text));
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${email} matching ${pattern}`);
}

/**
 * The magic sign-in link sent to `email`.
 * @example
 * await page.goto(await magicLink(apiOrigin, DEMO_MUNICIPALITY_EMAIL));
 */
export async function magicLink(apiOrigin: string, email: string): Promise<string> {
  const pattern = /https?:\/\/\S+magic-link\/verify\S+/;
  return (await mailTo(apiOrigin, email, pattern)).text.match(pattern)![0];
}
