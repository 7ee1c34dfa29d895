/**
 * The write side of the outbox: a mail is a row written in the same D1 batch as the change that
 * causes it, so there is no change without its mail and no mail without its change. After the
 * batch, `enqueue` hands the new rows to the mail queue; if that fails, the cron finds them
 * (worker/outbox/delivery.ts). A cause repeated (a retry, a job run twice) inserts nothing: the
 * row is unique per cause, kind and recipient.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from '../db/client';
import { outbox } from '../db/schema';
import type { Env } from '../env';
import type { Mail } from '../mail/mail';

/** The row a mail belongs to: its table and id (e.g. `messages`, the message id). */
export interface Cause {
  table: string;
  id: string;
}

export interface OutboxMail extends Mail {
  /** What the mail is, e.g. `contact.confirmation`; one per cause and recipient. */
  kind: string;
  locale: string;
}

/** The outbox row of a mail, with the id it is delivered under (the mail API's idempotency key). */
function row(mail: OutboxMail, cause: Cause, now: number) {
  return {
    id: crypto.randomUUID(),
    kind: mail.kind,
    to: mail.to,
    locale: mail.locale,
    subject: mail.subject,
    text: mail.text,
    replyTo: mail.replyTo ?? null,
    headers: mail.headers ?? null,
    nextAt: now,
    causeTable: cause.table,
    causeId: cause.id,
    createdAt: now,
  };
}

/**
 * The insert of a mail into the outbox, for the batch of its cause.
 * @example
 * const mail = outboxInsert(db, { kind: 'message.seeker', locale, to, subject, text }, { table: 'messages', id }, now);
 * await db.batch([db.insert(messages).values(m), mail.query]);
 * await enqueue(env, [mail.id]);
 */
export function outboxInsert(db: Database, mail: OutboxMail, cause: Cause, now: number) {
  const values = row(mail, cause, now);
  return { id: values.id, query: db.insert(outbox).values(values).onConflictDoNothing() };
}

/**
 * The insert of a mail only if `table` holds a row matching `where` when the batch gets there: for
 * a cause whose own insert may do nothing (a retry that lost an idempotency race).
 * @example
 * outboxInsertIf(db, mail, cause, now, contactRequests, eq(contactRequests.id, id));
 */
export function outboxInsertIf(db: Database, mail: OutboxMail, cause: Cause, now: number, table: SQLiteTable, where: SQL) {
  const v = row(mail, cause, now);
  const value = <T>(x: T, name: string) => sql<T>`${x}`.as(name);
  const query = db
    .insert(outbox)
    .select(
      db
        .select({
          id: value(v.id, 'id'),
          kind: value(v.kind, 'kind'),
          to: value(v.to, 'to'),
          locale: value(v.locale, 'locale'),
          subject: value(v.subject, 'subject'),
          text: value(v.text, 'text'),
          replyTo: value(v.replyTo, 'reply_to'),
          headers: value(v.headers ? JSON.stringify(v.headers) : null, 'headers'),
          state: value('pending' as const, 'state'),
          attempts: value(0, 'attempts'),
          nextAt: value(v.nextAt, 'next_at'),
          claimedAt: value(null, 'claimed_at'),
          lastError: value(null, 'last_error'),
          causeTable: value(v.causeTable, 'cause_table'),
          causeId: value(v.causeId, 'cause_id'),
          createdAt: value(v.createdAt, 'created_at'),
          sentAt: value(null, 'sent_at'),
        })
        .from(table)
        .where(where)
        .limit(1) as never,
    )
    .onConflictDoNothing();
  return { id: v.id, query };
}

/** One message on the mail queue: the outbox row to deliver. */
export type MailJob = Env['MAIL_QUEUE'] extends Queue<infer T> ? T : never;

/**
 * Hands outbox rows to the mail queue. Never throws: a row the queue did not take stays pending
 * and the cron enqueues it (a row written but not inserted — a repeated cause — is skipped by the
 * consumer, which finds no pending row under that id).
 */
export async function enqueue(env: Pick<Env, 'MAIL_QUEUE'>, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  try {
    await env.MAIL_QUEUE.sendBatch(ids.map((outboxId) => ({ body: { outboxId } satisfies MailJob, contentType: 'json' as const })));
  } catch (err) {
    console.error(JSON.stringify({ outboxEnqueueError: String(err), ids }));
  }
}

/** The ids of the rows of `cause` (for a test or a page that shows what was mailed). */
export const mailsOf = (db: Database, cause: Cause) =>
  db.select().from(outbox).where(and(eq(outbox.causeTable, cause.table), eq(outbox.causeId, cause.id))).all();
