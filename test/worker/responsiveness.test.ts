/**
 * "Answers within days" for seekers: the figures query over a listing's requests of 90 days, and
 * the `responsiveness` band of `POST /v1/listings/{id}/fit`, shown only from five requests.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FitResponse } from '../../worker/api/schemas';
import { auditInsert } from '../../worker/audit/log';
import { chunkForInsert } from '../../worker/db/chunk';
import { database } from '../../worker/db/client';
import { contactRequests, messages } from '../../worker/db/schema';
import { figures, listingResponsiveness, requestFacts } from '../../worker/conversation/responsiveness';
import { household, insertFixtures, KEY, postJson } from './fixtures';

const DAY = 86_400_000;

beforeEach(insertFixtures);

type NewRequest = typeof contactRequests.$inferInsert;
let n = 0;
/** A request to lst_zittau that came in `ageDays` ago. */
const request = (ageDays: number, now: number, over: Partial<NewRequest> = {}): NewRequest => {
  const createdAt = now - ageDays * DAY;
  const id = `req_${++n}`;
  return {
    id, listingId: 'lst_zittau', organizationId: 'org_coop', embedId: 'emb_town', name: 'Erika', email: `${id}@example.org`, message: 'Hallo',
    snapshot: { locale: 'de' }, algorithmVersion: 'bt-match/1', score: 70, consent: { contactAt: createdAt }, idempotencyKey: id, createdAt, updatedAt: createdAt,
    ...over,
  };
};

/** Requests to lst_zittau, each answered by a message `afterDays` after it came in (null: not answered). */
async function seed(now: number, answers: { ageDays: number; afterDays: number | null; over?: Partial<NewRequest> }[]): Promise<string[]> {
  const db = database(env.DB);
  const rows = answers.map((a) => request(a.ageDays, now, { ...(a.afterDays !== null ? { status: 'in_conversation' } : {}), ...a.over }));
  for (const part of chunkForInsert(contactRequests, rows)) await db.insert(contactRequests).values(part);
  const replies = answers.flatMap((a, i) =>
    a.afterDays === null
      ? []
      : [{ id: crypto.randomUUID(), contactRequestId: rows[i]!.id, organizationId: 'org_coop', author: 'member' as const, authorName: 'Jonas', body: 'Gern!', via: 'web' as const, createdAt: rows[i]!.createdAt + a.afterDays * DAY }],
  );
  for (const part of chunkForInsert(messages, replies)) await db.insert(messages).values(part);
  return rows.map((r) => r.id);
}

const fit = async (id = 'lst_zittau') => (await (await postJson(`/v1/listings/${id}/fit`, { key: KEY, answers: household, locale: 'de' })).json()) as FitResponse;

describe('the figures query', () => {
  it('reads the first answer from the thread, or from the first move on in the audit log; only the 90 days', async () => {
    const now = Date.UTC(2026, 10, 25, 12);
    const [byMessage, , byStatus] = await seed(now, [
      { ageDays: 30, afterDays: 1 },
      { ageDays: 20, afterDays: null },
      { ageDays: 10, afterDays: null, over: { status: 'declined', updatedAt: now - 2 * DAY } },
      { ageDays: 91, afterDays: 1 },
    ]);
    // A second, later message does not move the first answer; the decline was made two days in (the audit log).
    const db = database(env.DB);
    await db.insert(messages).values({ id: 'msg_later', contactRequestId: byMessage!, organizationId: 'org_coop', author: 'member', authorName: 'Jonas', body: 'Noch etwas', via: 'web', createdAt: now - 5 * DAY });
    await auditInsert(db, { organizationId: 'org_coop', actorId: 'u_1', action: 'contact_request.status', entity: 'contact_request', entityId: byStatus!, detail: { from: 'new', to: 'declined' } }, now - 8 * DAY);
    // Another organization's entry for the same id is not the team's.
    await auditInsert(db, { organizationId: 'org_town', actorId: 'u_2', action: 'contact_request.status', entity: 'contact_request', entityId: byStatus!, detail: {} }, now - 9 * DAY);

    const facts = await requestFacts(db, 'lst_zittau', now);
    expect(facts.map((f) => [f.status, f.firstReplyAt, f.firstMoveAt]).sort()).toEqual(
      [
        ['in_conversation', now - 29 * DAY, null],
        ['new', null, null],
        ['declined', null, now - 8 * DAY],
      ].sort(),
    );
    expect(figures(facts, now)).toEqual({ requests: 3, answered: 2, share: 2 / 3, medianMs: 1.5 * DAY });
    // Three requests: no band.
    expect(await listingResponsiveness(db, 'lst_zittau', now)).toBeUndefined();
  });
});

describe('POST /v1/listings/{id}/fit: responsiveness', () => {
  it('is left out with fewer than five requests in 90 days', async () => {
    const now = Date.now();
    await seed(now, [
      { ageDays: 40, afterDays: 1 },
      { ageDays: 30, afterDays: 0.5 },
      { ageDays: 20, afterDays: 2 },
      { ageDays: 10, afterDays: 1 },
      // Outside the 90 days, and not yet late: neither counts.
      { ageDays: 120, afterDays: 1 },
      { ageDays: 1, afterDays: null },
    ]);
    const body = await fit();
    expect(body.listing.id).toBe('lst_zittau');
    expect(body.listing).not.toHaveProperty('responsiveness');
  });

  it('says "days" from five requests answered quickly', async () => {
    const now = Date.now();
    await seed(now, [
      { ageDays: 40, afterDays: 1 },
      { ageDays: 30, afterDays: 0.5 },
      { ageDays: 20, afterDays: 2 },
      { ageDays: 10, afterDays: 1 },
      { ageDays: 5, afterDays: 3 },
    ]);
    expect((await fit()).listing.responsiveness).toBe('days');
    // Another listing's requests say nothing about this one.
    expect(await fit('lst_oybin')).not.toHaveProperty('listing.responsiveness');
  });

  it('says "week" and "slow" as the answers come later or not at all', async () => {
    const now = Date.now();
    await seed(now, [
      { ageDays: 40, afterDays: 6 },
      { ageDays: 30, afterDays: 5 },
      { ageDays: 25, afterDays: 6 },
      { ageDays: 20, afterDays: null },
      { ageDays: 15, afterDays: 4 },
    ]);
    expect((await fit()).listing.responsiveness).toBe('week');
    await seed(now, [
      { ageDays: 12, afterDays: null },
      { ageDays: 11, afterDays: null },
      { ageDays: 9, afterDays: null },
    ]);
    // Half answered, half of those within a week: still "week"; one more left without an answer: "slow".
    expect((await fit()).listing.responsiveness).toBe('week');
    await seed(now, [{ ageDays: 8, afterDays: null }]);
    expect((await fit()).listing.responsiveness).toBe('slow');
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await SELF.fetch('https://api.test/v1/openapi.json')).json()) as {
      components: { schemas: Record<string, { enum?: string[]; description?: string; allOf?: { properties?: Record<string, unknown>; required?: string[] }[] }> };
    };
    expect(doc.components.schemas.Responsiveness?.enum).toEqual(['days', 'week', 'slow']);
    expect(doc.components.schemas.Responsiveness?.description).toMatch(/at least 5 requests/);
    // ListingDetail extends ListingSummary: its own fields are the second part.
    const own = doc.components.schemas.ListingDetail!.allOf!.find((p) => p.properties)!;
    expect(own.properties?.responsiveness).toEqual({ $ref: '#/components/schemas/Responsiveness' });
    expect(own.required).not.toContain('responsiveness');
  });
});
