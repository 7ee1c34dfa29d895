/**
 * Replies by email: Email Routing hands mail for `reply+<token>@MAIL_REPLY_DOMAIN` to the Worker's
 * `email()` handler. A mail is filed in its conversation when the token is known and the sender is
 * the seeker or someone of the project's team (its owners, editors and contact address); quoted
 * text and signatures are cut off. A mail with attachments is not filed: its sender gets a kind
 * answer (through the outbox) saying to send the text alone. Anything else is rejected at the SMTP
 * level, so nobody can write into a conversation they are not part of, and nothing bounces to a
 * forged sender. The same mail delivered twice is filed once (its id comes from its Message-ID).
 */
import PostalMime from 'postal-mime';
import { attachmentRefusedMail } from '../contact/mails';
import { hashToken } from '../contact/token';
import { database } from '../db/client';
import type { Env } from '../env';
import { enqueue, outboxInsert } from '../outbox/outbox';
import { publicOrigin } from '../settings';
import { tokenOf } from './address';
import { newText } from './quote';
import { conversationByReplyToken, MESSAGE_MAX, postMessage, teamSenders } from './thread';

/** What the handler needs of Cloudflare's ForwardableEmailMessage (so it can be called from a test too). */
export interface InboundMail {
  readonly from: string;
  readonly to: string;
  readonly raw: ReadableStream<Uint8Array>;
  setReject(reason: string): void;
}

export type Filed = 'filed' | 'duplicate' | 'attachments' | 'rejected' | 'empty';

const norm = (address: string) => address.trim().toLowerCase();

/**
 * @example
 * export default { email: (message, env) => fileInboundMail(message, env) };
 */
export async function fileInboundMail(mail: InboundMail, env: Env): Promise<Filed> {
  const token = tokenOf(env, mail.to);
  const db = database(env.DB);
  const conversation = token ? await conversationByReplyToken(db, token) : undefined;
  if (!conversation) {
    mail.setReject('Unknown address.');
    return 'rejected';
  }
  const parsed = await PostalMime.parse(mail.raw);
  // The envelope sender is what Email Routing checked (SPF/DKIM/DMARC); the header must agree.
  const from = norm(mail.from);
  if (parsed.from?.address && norm(parsed.from.address) !== from) {
    mail.setReject('Sender does not match.');
    return 'rejected';
  }
  const team = await teamSenders(db, conversation);
  const member = team.find((m) => norm(m.email) === from);
  const isSeeker = norm(conversation.seekerEmail) === from;
  if (!isSeeker && !member) {
    mail.setReject('This address only takes answers from the people of its conversation.');
    return 'rejected';
  }
  const now = Date.now();
  const origin = publicOrigin(env);
  const id = `mail-${(await hashToken(`${token}:${parsed.messageId ?? `${from}:${parsed.date ?? ''}:${parsed.subject ?? ''}:${parsed.text ?? ''}`}`)).slice(0, 32)}`;
  // Inline parts (a logo in a signature) are dropped with the HTML; files the sender attached are refused.
  if (parsed.attachments.some((a) => a.disposition !== 'inline')) {
    const locale = isSeeker ? conversation.seekerLocale : member!.locale;
    const link = isSeeker ? `${origin}/manage` : `${origin}/admin/inbox/${conversation.id}`;
    const answer = outboxInsert(db, { ...attachmentRefusedMail({ to: from, locale, subject: parsed.subject ?? '', link }), kind: 'inbound.attachments', locale }, { table: 'inbound', id }, now);
    await db.batch([answer.query]);
    await enqueue(env, [answer.id]);
    return 'attachments';
  }
  const body = newText(parsed.text ?? htmlText(parsed.html ?? '')).slice(0, MESSAGE_MAX);
  if (!body) return 'empty';
  const before = await db.query.messages.findFirst({ where: (m, { eq }) => eq(m.id, id), columns: { id: true } });
  if (before) return 'duplicate';
  const authorName = isSeeker ? conversation.seekerName : await memberName(env, from);
  await postMessage(db, env, conversation, { id, author: isSeeker ? 'seeker' : 'member', authorName, body, via: 'email' }, { origin, now });
  return 'filed';
}

/** The member's display name, or their address (the listing's contact address has no account). */
async function memberName(env: Env, email: string): Promise<string> {
  const row = await env.DB.prepare('SELECT name FROM users WHERE lower(email) = ?').bind(email).first<{ name: string | null }>();
  return row?.name || email;
}

/** An HTML-only mail as plain text: line breaks kept, tags and entities gone. */
function htmlText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li)[^>]*>/gi, '\n')
    .replace(/<blockquote[\s\S]*?<\/blockquote>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
