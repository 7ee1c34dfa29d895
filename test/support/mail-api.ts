/**
 * A real local HTTP server standing in for a transactional mail API (Resend's and Postmark's JSON
 * endpoints): it records every request and answers what the test scripts, 200 by default.
 * `GET /__sent` lists what it received, for tests that run inside workerd.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  at: number;
}

export interface MailApiAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface MailApi {
  url: string;
  received: ReceivedMail[];
  /** Answers for the next requests, in order; after them, 200. */
  script(answers: MailApiAnswer[]): void;
  close(): Promise<void>;
}

/**
 * @example
 * const api = await startMailApi();
 * api.script([{ status: 503 }, { status: 200 }]);
 */
export async function startMailApi(): Promise<MailApi> {
  const received: ReceivedMail[] = [];
  let answers: MailApiAnswer[] = [];
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/__sent') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(received));
      return;
    }
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        body = { unparsed: raw };
      }
      received.push({ path: req.url ?? '', headers: req.headers, body, at: Date.now() });
      const answer = answers.shift() ?? { status: 200, body: JSON.stringify({ id: `msg_${received.length}` }) };
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(answer.body ?? '{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/emails`,
    received,
    script: (next) => {
      answers = [...next];
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
