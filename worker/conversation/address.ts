/**
 * Reply addresses: each conversation has an unguessable token, and mails about it carry
 * `reply+<token>@MAIL_REPLY_DOMAIN` as Reply-To. Email Routing hands what arrives there to the
 * Worker's `email()` handler (worker/conversation/inbound.ts). The token only files a message, and
 * only from an address the conversation knows; it never lets anyone read anything.
 */
import type { Env } from '../env';

/** 20 random bytes in lower-case base32: mail systems may lower-case a local part, so no capitals. */
export function newReplyToken(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

const TOKEN = /^[a-z2-7]{32}$/;

/**
 * The conversation's reply address, or undefined when no reply domain is set (then mails say to
 * answer through the link).
 * @example
 * replyAddress(env, 'abcd…'); // 'reply+abcd…@reply.bring-together.de'
 */
export function replyAddress(env: Pick<Env, 'MAIL_REPLY_DOMAIN'>, token: string | null | undefined): string | undefined {
  const domain = env.MAIL_REPLY_DOMAIN?.trim();
  return domain && token ? `reply+${token}@${domain}` : undefined;
}

/** The token of a reply address on our domain, or null for any other address. */
export function tokenOf(env: Pick<Env, 'MAIL_REPLY_DOMAIN'>, address: string): string | null {
  const domain = env.MAIL_REPLY_DOMAIN?.trim().toLowerCase();
  const m = /^reply\+([a-z2-7]+)@(.+)$/.exec(address.trim().toLowerCase());
  if (!domain || !m || m[2] !== domain || !TOKEN.test(m[1]!)) return null;
  return m[1]!;
}
