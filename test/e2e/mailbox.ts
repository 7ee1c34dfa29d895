/** Reading the local dev mailbox (/dev/mailbox) from end-to-end tests. */

/**
 * Waits up to 10 s for a magic sign-in link sent to `email` and returns it.
 * @example
 * await page.goto(await magicLink(apiOrigin, DEMO_MUNICIPALITY_EMAIL));
 */
export async function magicLink(apiOrigin: string, email: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${apiOrigin}/dev/mailbox`, { headers: { accept: 'application/json' } });
    const { mails } = (await res.json()) as { mails: { to: string; text: string }[] };
    const link = mails.find((m) => m.to === email)?.text.match(/https?:\/\/\S+magic-link\/verify\S+/)?.[0];
    if (link) return link;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no magic link for ${email}`);
}
