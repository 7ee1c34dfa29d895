/**
 * Who fits whom, from the database: loads the live parties of the region (minus blocked ones and
 * the actor itself) and ranks them with the pure group fit (./fit.ts). A household sees fitting
 * initiatives and other households of the pool; an initiative sees fitting households — scored
 * exactly as the household sees the initiative. The pool is shown only to its own members and to
 * initiatives (a seeker outside the pool sees initiatives only: `initiativesForAnswers`).
 */
import type { Database } from '../db/client';
import type { HouseholdCard } from '../db/json';
import { K } from '../demand/suppress';
import type { Answers } from '../questionnaire/types';
import { cardOf, rankForInitiative, rankHouseholds, rankInitiatives, type PeopleFit } from './fit';
import { forFit, hiddenFrom, initiativeView, liveParties, memberCards, partyKey, poolView, type Actor, type InitiativeView, type PoolCardView } from './parties';

export interface Ranked<V> {
  party: V;
  fit: PeopleFit;
}

export interface GroupMatches {
  initiatives: Ranked<InitiativeView>[];
  pool: Ranked<PoolCardView>[];
  /** Households in the region's pool, or "fewer than K" (small counts are never shown). */
  poolSize: { kind: 'value'; n: number } | { kind: 'small' };
}

const sizeOf = (n: number): GroupMatches['poolSize'] => (n >= K ? { kind: 'value', n } : { kind: 'small' });

async function rankedInitiatives(db: Database, card: HouseholdCard, region: string, now: number, hidden: Set<string>, limit: number) {
  const { pool, initiatives } = await liveParties(db, region, now);
  const visible = initiatives.filter((i) => !hidden.has(partyKey({ kind: 'initiative', id: i.id })));
  const cards = await memberCards(db, visible.map((i) => i.id));
  const byId = new Map(visible.map((i) => [i.id, i]));
  const ranked = rankInitiatives(card, visible.map((i) => forFit(i, cards.get(i.id) ?? [])), { limit });
  return { pool, ranked: ranked.map((r) => ({ party: initiativeView(byId.get(r.item.id)!), fit: r.fit })) };
}

/**
 * What fits the actor: for a household, initiatives and pool members; for an initiative, pool
 * members. Each list best first, at most `limit` long.
 * @example
 * const { initiatives, pool } = await matchesFor(db, actor, Date.now(), 20);
 */
export async function matchesFor(db: Database, actor: Actor, now: number, limit: number): Promise<GroupMatches> {
  const hidden = await hiddenFrom(db, { kind: actor.kind, id: actor.id });
  if (actor.kind === 'pool') {
    const card = actor.entry.card;
    const { pool, ranked } = await rankedInitiatives(db, card, actor.region, now, hidden, limit);
    const others = pool.filter((e) => e.id !== actor.id && !hidden.has(partyKey({ kind: 'pool', id: e.id })));
    const households = rankHouseholds(card, others.map((e) => ({ id: e.id, card: e.card, entry: e })), { limit });
    return { initiatives: ranked, pool: households.map((r) => ({ party: poolView(r.item.entry), fit: r.fit })), poolSize: sizeOf(pool.length) };
  }
  const { pool } = await liveParties(db, actor.region, now);
  const members = (await memberCards(db, [actor.id])).get(actor.id) ?? [];
  const initiative = forFit(actor.initiative, members);
  const visible = pool.filter((e) => !hidden.has(partyKey({ kind: 'pool', id: e.id })));
  const ranked = rankForInitiative(initiative, visible.map((e) => ({ id: e.id, card: e.card, entry: e })), { limit });
  return { initiatives: [], pool: ranked.map((r) => ({ party: poolView(r.item.entry), fit: r.fit })), poolSize: sizeOf(pool.length) };
}

/** Initiatives for a seeker who is not in the pool (answers from the widget, nothing stored). */
export async function initiativesForAnswers(db: Database, answers: Answers, region: string, now: number, limit: number) {
  return (await rankedInitiatives(db, cardOf(answers), region, now, new Set(), limit)).ranked;
}
