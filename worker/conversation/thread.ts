/**
 * The conversation about a contact request: messages of the seeker and of the project's team. A
 * message is written in one D1 batch with the mails that tell the other side (the outbox), so a
 * message is never stored without its mail or mailed without being stored; a message id given
 * twice (an email delivered again) stores and mails nothing the second time.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { answerMail, messageMail } from '../contact/mails';
import { hashToken, newToken } from '../contact/token';
import { chunks } from '../db/chunk';
import type { Database } from '../db/client';
import { contactRequests, listings, manageLinks, messages, organizations, type Message } from '../db/schema';
import type { Env } from '../env';
import { toLocale, type Locale } from '../i18n';
import { requestRecipients, teamRecipients, type Recipient } from '../organizations/recipients';
import { enqueue, outboxInsert } from '../outbox/outbox';
import { newReplyToken, replyAddress } from './address';

/** Longest message, in characters (web form and email alike). */
export const MESSAGE_MAX = 5000;

/** A fresh id for a message form (a hidden field), so the form sent twice stores one message. */
export const newFormMessageId = (): string => crypto.randomUUID();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The message id of a form's hidden id, scoped to its conversation; undefined for a missing or malformed one. */
export const formMessageId = (requestId: string, formId: string | undefined): string | undefined => (formId && UUID.test(formId) ? `web-${requestId}-${formId}` : undefined);

/** What the thread needs to know of a contact request. */
export interface Conversation {
  id: string;
  organizationId: string;
  organizationName: string;
  organizationLocale: Locale;
  listingTitle: string;
  contactEmail: string | null;
  seekerName: string;
  seekerEmail: string;
  seekerLocale: Locale;
  replyToken: string | null;
  status: (typeof contactRequests.$inferSelect)['status'];
}

const conversationColumns = {
  id: contactRequests.id,
  organizationId: contactRequests.organizationId,
  organizationName: organizations.name,
  organizationLocale: organizations.locale,
  listingTitle: listings.title,
  contactEmail: listings.contactEmail,
  seekerName: contactRequests.name,
  seekerEmail: contactRequests.email,
  snapshot: contactRequests.snapshot,
  replyToken: contactRequests.replyToken,
  status: contactRequests.status,
};

function conversationQuery(db: Database) {
  return db
    .select(conversationColumns)
    .from(contactRequests)
    .innerJoin(listings, eq(listings.id, contactRequests.listingId))
    .innerJoin(organizations, eq(organizations.id, contactRequests.organizationId));
}

const toConversation = ({ snapshot, organizationLocale, ...r }: Awaited<ReturnType<ReturnType<typeof conversationQuery>['get']>> & object): Conversation => ({
  ...r,
  organizationLocale: toLocale(organizationLocale),
  seekerLocale: toLocale(snapshot.locale),
});

/** The conversation of a contact request, or undefined. Callers check that the reader may see it. */
export async function loadConversation(db: Database, requestId: string): Promise<Conversation | undefined> {
  const row = await conversationQuery(db).where(eq(contactRequests.id, requestId)).get();
  return row ? toConversation(row) : undefined;
}

/** The conversation a reply address belongs to. */
export async function conversationByReplyToken(db: Database, token: string): Promise<Conversation | undefined> {
  const row = await conversationQuery(db).where(eq(contactRequests.replyToken, token)).get();
  return row ? toConversation(row) : undefined;
}

/** The messages of a conversation, oldest first. */
export const threadOf = (db: Database, requestId: string): Promise<Message[]> =>
  db.select().from(messages).where(eq(messages.contactRequestId, requestId)).orderBy(asc(messages.createdAt), asc(messages.id)).all();

/** The messages of several conversations (the manage page), by request, oldest first. */
export async function messagesByRequest(db: Database, requestIds: readonly string[]): Promise<Map<string, Message[]>> {
  const out = new Map<string, Message[]>();
  for (const part of chunks(requestIds)) {
    const rows = await db.select().from(messages).where(inArray(messages.contactRequestId, part)).orderBy(asc(messages.createdAt), asc(messages.id)).all();
    for (const m of rows) out.set(m.contactRequestId, [...(out.get(m.contactRequestId) ?? []), m]);
  }
  return out;
}

export interface NewMessage {
  /** Given for a message from an email (derived from its Message-ID), so a redelivery files it once. */
  id?: string;
  author: 'seeker' | 'member';
  authorId?: string | null;
  authorName: string;
  body: string;
  via: 'web' | 'email';
}

/**
 * Who on the team is told at once of a new request or a seeker's answer: the members who want it
 * immediately (by default owners and editors; the others get a daily summary or nothing,
 * worker/conversation/summary.ts), and the listing's contact address.
 */
export async function teamOf(db: Database, conversation: TeamOf): Promise<Recipient[]> {
  return withContactAddress((await requestRecipients(db, conversation.organizationId)).immediate, conversation);
}

/** Who may answer for the team by email: its owners and editors (however they are told), and the listing's contact address. */
export async function teamSenders(db: Database, conversation: TeamOf): Promise<Recipient[]> {
  return withContactAddress(await teamRecipients(db, conversation.organizationId), conversation);
}

type TeamOf = Pick<Conversation, 'organizationId' | 'contactEmail' | 'organizationLocale'>;

/** The team's addresses and the listing's contact address (in the organization's language), each once. */
function withContactAddress(team: Recipient[], conversation: TeamOf): Recipient[] {
  const contact = conversation.contactEmail?.trim();
  if (contact && !team.some((m) => m.email.toLowerCase() === contact.toLowerCase())) team.push({ email: contact, locale: conversation.organizationLocale });
  return team;
}

/**
 * Stores a message and, in the same batch, the mails to the other side; `also` joins the batch
 * (a status change, an audit entry). Returns the message id.
 * @example
 * await postMessage(db, env, conversation, { author: 'member', authorId, authorName, body, via: 'web' }, { origin });
 */
export async function postMessage(
  db: Database,
  env: Env,
  conversation: Conversation,
  message: NewMessage,
  options: { origin: string; now?: number; also?: BatchItem<'sqlite'>[] },
): Promise<string> {
  const now = options.now ?? Date.now();
  const id = message.id ?? crypto.randomUUID();
  const statements: BatchItem<'sqlite'>[] = [
    db
      .insert(messages)
      .values({ id, contactRequestId: conversation.id, organizationId: conversation.organizationId, author: message.author, authorId: message.authorId ?? null, authorName: message.authorName, body: message.body, via: message.via, createdAt: now })
      .onConflictDoNothing(),
  ];
  // Requests from before the thread get their reply address with their first message.
  let replyToken = conversation.replyToken;
  if (!replyToken && env.MAIL_REPLY_DOMAIN?.trim()) {
    replyToken = newReplyToken();
    statements.push(db.update(contactRequests).set({ replyToken }).where(and(eq(contactRequests.id, conversation.id), isNull(contactRequests.replyToken))));
  }
  const replyTo = replyAddress(env, replyToken);
  const cause = { table: 'messages', id };
  const mails: { id: string; query: BatchItem<'sqlite'> }[] = [];
  if (message.author === 'member') {
    // A fresh manage link in every mail: the seeker answers from whichever they open.
    const token = newToken();
    statements.push(db.insert(manageLinks).values({ tokenHash: await hashToken(token), contactRequestId: conversation.id, createdAt: now }));
    const mail = messageMail({
      to: conversation.seekerEmail,
      locale: conversation.seekerLocale,
      seekerName: conversation.seekerName,
      author: message.authorName,
      organization: conversation.organizationName,
      listingTitle: conversation.listingTitle,
      message: message.body,
      manageUrl: `${options.origin}/manage/${token}#conversation-${conversation.id}`,
      ...(replyTo ? { replyTo } : {}),
    });
    mails.push(outboxInsert(db, { ...mail, kind: 'message.to-seeker', locale: conversation.seekerLocale }, cause, now));
  } else {
    for (const member of await teamOf(db, conversation)) {
      const mail = answerMail({
        to: member.email,
        locale: member.locale,
        seekerName: conversation.seekerName,
        listingTitle: conversation.listingTitle,
        message: message.body,
        inboxUrl: `${options.origin}/admin/inbox/${conversation.id}`,
        ...(replyTo ? { replyTo } : {}),
      });
      mails.push(outboxInsert(db, { ...mail, kind: 'message.to-team', locale: member.locale }, cause, now));
    }
  }
  await db.batch([statements[0]!, ...statements.slice(1), ...mails.map((m) => m.query), ...(options.also ?? [])]);
  await enqueue(env, mails.map((m) => m.id));
  return id;
}
