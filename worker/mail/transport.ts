/**
 * The production mail transport: one POST per mail to a transactional mail API, in the JSON
 * dialect of Resend (`resend`, the default; also spoken by several EU providers' compatible
 * endpoints) or Postmark (`postmark`). Retries with exponential backoff on 429, 5xx, timeouts and
 * network errors (honouring `Retry-After`), never on another 4xx; every header value is stripped
 * of CR/LF so no listing title or organization name can add a header.
 */
import type { Mail, Mailer } from './mail';

export type MailApiFormat = 'resend' | 'postmark';

export interface HttpTransportOptions {
  url: string;
  token: string;
  /** Sender, e.g. `bring-together <noreply@bring-together.de>`. */
  from: string;
  format?: MailApiFormat;
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff in ms; doubles each retry, with jitter (default 400). */
  baseDelayMs?: number;
  /** Longest wait between two attempts, also for `Retry-After` (default 8000). */
  maxDelayMs?: number;
  /** Per attempt (default 10,000). */
  timeoutMs?: number;
  fetchFn?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** Delivery failed for good: `retryable` says whether a later attempt (e.g. from a queue) may succeed. */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryable: boolean,
    readonly attempts: number,
  ) {
    super(message);
  }
}

/**
 * A header value that cannot break out of its header: CR, LF and other control characters become
 * spaces, runs of white space one space.
 * @example
 * headerValue('Hof\r\nBcc: x@evil.example'); // 'Hof Bcc: x@evil.example'
 */
export function headerValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
}

/** The mail with every header-bound field made safe (body text stays as it is). */
export function safeMail(mail: Mail): Mail {
  return {
    ...mail,
    to: headerValue(mail.to),
    subject: headerValue(mail.subject),
    ...(mail.replyTo ? { replyTo: headerValue(mail.replyTo) } : {}),
    ...(mail.headers ? { headers: Object.fromEntries(Object.entries(mail.headers).map(([k, v]) => [headerValue(k).replace(/[^\w-]/g, ''), headerValue(v)])) } : {}),
  };
}

function requestFor(format: MailApiFormat, token: string, from: string, mail: Mail, idempotencyKey: string): RequestInit {
  if (format === 'postmark') {
    return {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-postmark-server-token': token },
      body: JSON.stringify({
        From: from,
        To: mail.to,
        Subject: mail.subject,
        TextBody: mail.text,
        ...(mail.replyTo ? { ReplyTo: mail.replyTo } : {}),
        ...(mail.headers ? { Headers: Object.entries(mail.headers).map(([Name, Value]) => ({ Name, Value })) } : {}),
        MessageStream: 'outbound',
      }),
    };
  }
  return {
    method: 'POST',
    // Resend keeps an Idempotency-Key for 24 h: a retry after a lost answer is not a second mail.
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': idempotencyKey },
    body: JSON.stringify({
      from,
      to: [mail.to],
      subject: mail.subject,
      text: mail.text,
      ...(mail.replyTo ? { reply_to: mail.replyTo } : {}),
      ...(mail.headers ? { headers: mail.headers } : {}),
    }),
  };
}

/** Seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d{1,6}$/.test(header.trim())) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * @example
 * const mailer = httpTransport({ url: 'https://api.resend.com/emails', token, from: 'bring-together <noreply@bring-together.de>' });
 * await mailer.send({ to: 'erika@example.org', subject: 'Hallo', text: '…', replyTo: 'kontakt@projekt.example' });
 */
export function httpTransport(opts: HttpTransportOptions): Mailer {
  const format = opts.format ?? 'resend';
  const retries = opts.retries ?? 3;
  const base = opts.baseDelayMs ?? 400;
  const max = opts.maxDelayMs ?? 8000;
  const doFetch = opts.fetchFn ?? fetch;
  const sleep = opts.sleep ?? defaultSleep;
  const from = headerValue(opts.from);
  return {
    async send(raw) {
      const mail = safeMail(raw);
      const key = raw.id ?? crypto.randomUUID();
      let last = '';
      let status: number | undefined;
      for (let attempt = 1; attempt <= retries + 1; attempt++) {
        let wait = Math.min(max, base * 2 ** (attempt - 1) * (0.75 + Math.random() / 2));
        try {
          const res = await doFetch(opts.url, { ...requestFor(format, opts.token, from, mail, key), signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) });
          if (res.ok) {
            await res.body?.cancel();
            return;
          }
          status = res.status;
          last = `mail API answered ${res.status}${await res.text().then((t) => (t ? `: ${t.slice(0, 200)}` : ''), () => '')}`;
          if (res.status !== 429 && res.status < 500) throw new MailDeliveryError(last, res.status, false, attempt);
          const after = retryAfterMs(res.headers.get('retry-after'));
          if (after !== undefined) wait = Math.min(max, after);
        } catch (err) {
          if (err instanceof MailDeliveryError) throw err;
          status = undefined;
          last = `mail API unreachable: ${String(err)}`;
        }
        if (attempt <= retries) await sleep(wait);
      }
      throw new MailDeliveryError(last, status, true, retries + 1);
    },
  };
}
