/** The figures of "answers within days" (pure): what counts as answered, the median, the bands. */
import { describe, expect, it } from 'vitest';
import { answeredAt, band, figures, median, MIN_REQUESTS, outcome, type RequestFacts } from './responsiveness';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 25, 3, 17);

/** A request that came in `ageDays` ago, still new and unanswered unless `over` says otherwise. */
const req = (ageDays: number, over: Partial<RequestFacts> = {}): RequestFacts => {
  const createdAt = now - ageDays * DAY;
  return { status: 'new', createdAt, updatedAt: createdAt, expiredAt: null, firstReplyAt: null, firstMoveAt: null, ...over };
};
/** Answered by a message `afterDays` after it came in. */
const replied = (ageDays: number, afterDays: number): RequestFacts =>
  req(ageDays, { status: 'in_conversation', firstReplyAt: now - ageDays * DAY + afterDays * DAY, updatedAt: now - ageDays * DAY + afterDays * DAY });

describe('what counts as an answer', () => {
  it('is the team’s first message or the first move on from new, whichever came first', () => {
    const r = req(10, { status: 'in_conversation', firstReplyAt: now - 6 * DAY, firstMoveAt: now - 8 * DAY });
    expect(answeredAt(r)).toBe(now - 8 * DAY);
    expect(outcome(r, now)).toEqual({ kind: 'answered', afterMs: 2 * DAY });
    // A message even when the status is still new (an answer by email).
    expect(outcome(req(10, { firstReplyAt: now - 9 * DAY }), now)).toEqual({ kind: 'answered', afterMs: DAY });
  });

  it('takes the last change of a request moved on without either on record', () => {
    expect(outcome(req(20, { status: 'declined', updatedAt: now - 15 * DAY }), now)).toEqual({ kind: 'answered', afterMs: 5 * DAY });
  });

  it('does not count a withdrawal or an expiry as an answer', () => {
    expect(outcome(req(20, { status: 'withdrawn', updatedAt: now - 19 * DAY }), now)).toEqual({ kind: 'withdrawn' });
    expect(outcome(req(70, { status: 'declined', expiredAt: now - 10 * DAY, updatedAt: now - 10 * DAY }), now)).toEqual({ kind: 'unanswered' });
    // Answered before it was withdrawn or expired: answered.
    expect(outcome(req(70, { status: 'declined', expiredAt: now - 5 * DAY, firstReplyAt: now - 69 * DAY }), now)).toEqual({ kind: 'answered', afterMs: DAY });
  });

  it('leaves a request younger than three days on time until it is answered', () => {
    expect(outcome(req(2.9), now)).toEqual({ kind: 'on_time' });
    expect(outcome(req(3), now)).toEqual({ kind: 'unanswered' });
  });
});

describe('figures', () => {
  it('median of the answered, share over the counted', () => {
    const f = figures([replied(30, 1), replied(25, 2), replied(20, 4), req(10), req(1), req(40, { status: 'withdrawn' })], now);
    expect(f).toEqual({ requests: 4, answered: 3, share: 0.75, medianMs: 2 * DAY });
  });

  it('has no median without answers', () => {
    expect(figures([req(5), req(6)], now)).toEqual({ requests: 2, answered: 0, share: 0, medianMs: null });
    expect(figures([], now)).toEqual({ requests: 0, answered: 0, share: 0, medianMs: null });
  });

  it('takes the mean of the middle two for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNull();
  });
});

describe('bands', () => {
  const of = (requests: number, answered: number, medianDays: number | null) => ({
    requests,
    answered,
    share: requests ? answered / requests : 0,
    medianMs: medianDays === null ? null : medianDays * DAY,
  });

  it('shows nothing under five requests', () => {
    expect(MIN_REQUESTS).toBe(5);
    expect(band(of(4, 4, 0.5))).toBeUndefined();
    expect(band(of(5, 5, 0.5))).toBe('days');
  });

  it('days: four in five answered, median within three days', () => {
    expect(band(of(5, 4, 3))).toBe('days');
    expect(band(of(5, 3, 1))).toBe('week'); // three in five answered: not "most"
    expect(band(of(10, 10, 3.5))).toBe('week');
  });

  it('week: half answered within a week; slow otherwise', () => {
    expect(band(of(10, 5, 7))).toBe('week');
    expect(band(of(10, 5, 7.5))).toBe('slow');
    expect(band(of(10, 4, 1))).toBe('slow');
    expect(band(of(6, 0, null))).toBe('slow');
  });

  it('from requests to a band', () => {
    const quick = [replied(40, 0.5), replied(35, 1), replied(30, 2), replied(20, 1), replied(10, 3), req(1)];
    expect(band(figures(quick, now))).toBe('days');
    expect(band(figures(quick.slice(0, 4), now))).toBeUndefined();
  });
});
