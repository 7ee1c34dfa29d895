/**
 * Demo groups in Landkreis Görlitz: a few households in the pool and two forming initiatives, so
 * the pool and the initiatives have something to show. "Hofgemeinschaft Oberland" is close to
 * ready for the vacant farmstead in Obercunnersdorf (lst_046): legal form, contact person and
 * concept stated, interest declared with shortlist consent, only the financing plan missing (4 of
 * the 5 default criteria). The other initiative has declared interest in the former village school
 * (lst_047) without agreeing to be shown, so the municipality only counts it. Their token hashes are fixed strings no
 * token hashes to: nobody can act as a demo household; the addresses are `.example`.
 */
import type { HouseholdCard } from '../db/json';
import type { groupReports, initiativeMembers, initiativePropertyInterests, initiatives, poolEntries } from '../db/schema';
import { cardOf } from '../groups/fit';
import { GROUPS_CONSENT_VERSION, POOL_MS } from '../groups/pool';
import type { Answers } from '../questionnaire/types';
import { listingId } from './listings';
import { DEMO_EMBED_ID, DEMO_MUNICIPALITY_ID } from './organizations';

export type NewPoolEntry = typeof poolEntries.$inferInsert;
export type NewInitiative = typeof initiatives.$inferInsert;
export type NewInitiativeMember = typeof initiativeMembers.$inferInsert;
export type NewPropertyInterest = typeof initiativePropertyInterests.$inferInsert;
export type NewGroupReport = typeof groupReports.$inferInsert;

const household = (adults: number, children: number, extra: Answers): HouseholdCard =>
  cardOf({ 'who.seekerType': { value: 'household' }, 'who.adults': { value: adults }, 'who.children': { value: children }, ...extra });

const POOL: [string, string, HouseholdCard, string][] = [
  ['Anna', 'anna', household(1, 0, { 'who.ageBands': { value: ['30-44'] }, 'community.meals': { value: 'weekly', importance: 2 }, 'community.decisions': { value: 'consensus' }, 'community.ecology': { value: 'high', importance: 2 }, 'where.timeline': { value: '1to3y' }, 'money.maxMonthlyCost': { value: 700 } }), 'Gärtnerin, suche Menschen für einen Hof mit Garten.'],
  ['Familie Berg', 'berg', household(2, 2, { 'who.ageBands': { value: ['30-44'] }, 'community.meals': { value: 'weekly' }, 'community.ageMix': { value: 'multigen', importance: 2 }, 'needs.atmosphere': { value: 'lively' }, 'where.timeline': { value: '1to3y' }, 'money.equity': { value: '10k-50k' } }), 'Wir sind zu viert und möchten mit mehreren Generationen wohnen.'],
  ['Carla und Dieter', 'carla', household(2, 0, { 'who.ageBands': { value: ['65+'] }, 'community.meals': { value: 'occasional' }, 'needs.atmosphere': { value: 'quiet', importance: 2 }, 'where.timeline': { value: 'lt1y' }, 'money.equity': { value: '50k-150k' } }), 'Im Ruhestand, handwerklich geschickt, gern mit Jüngeren.'],
  ['Emil', 'emil', household(1, 0, { 'who.ageBands': { value: ['u30'] }, 'community.sharedEconomy': { value: 'yes', importance: 2 }, 'community.carFree': { value: 'yes' }, 'where.timeline': { value: 'flexible' } }), 'Studiere in Zittau, suche eine Gemeinschaft auf dem Land.'],
  ['Fatma und Gregor', 'fatma', household(2, 1, { 'who.ageBands': { value: ['30-44', '45-64'] }, 'community.decisions': { value: 'sociocracy' }, 'community.meals': { value: 'daily', importance: 1 }, 'where.timeline': { value: '1to3y' } }), 'Wir wünschen uns gemeinsames Kochen und einen Werkraum.'],
];

export function demoPoolEntries(now: number): NewPoolEntry[] {
  return POOL.map(([name, slug, card, text], i) => ({
    id: `pool_00${i + 1}`, regionOrganizationId: DEMO_MUNICIPALITY_ID, embedId: DEMO_EMBED_ID, name, email: `${slug}@pool.example`, locale: 'de',
    card, text, consent: { textVersion: GROUPS_CONSENT_VERSION, listedAt: now }, idempotencyKey: `seed-pool-${i + 1}`, manageTokenHash: `seed-pool-${i + 1}`,
    confirmedAt: now, expiresAt: now + POOL_MS, createdAt: now,
  }));
}

export function demoInitiatives(now: number): NewInitiative[] {
  const base = { regionOrganizationId: DEMO_MUNICIPALITY_ID, embedId: DEMO_EMBED_ID, state: 'open' as const, locale: 'de' as const, createdAt: now, updatedAt: now };
  return [
    {
      ...base, id: 'ini_001', idempotencyKey: 'seed-ini-1', name: 'Hofgemeinschaft Oberland',
      text: 'Drei Haushalte aus Zittau und Görlitz suchen einen Vierseithof für gemeinsames Wohnen und Arbeiten – gern den leerstehenden Hof der Gemeinde.',
      profile: { 'community.meals': { value: 'weekly', importance: 2 }, 'community.decisions': { value: 'consensus', importance: 2 }, 'community.ageMix': { value: 'multigen', importance: 1 }, 'who.householdType': { value: ['couple', 'family', 'single'], importance: 1 } },
      seeking: { propertyKinds: ['farmstead'], settlements: ['village'], timeline: '1to3y', legalForms: ['cooperative'], area: 'Oberlausitz' },
      households: { households: 3, adults: 5, children: 2, ageBands: ['30-44', '45-64'], equityBand: '50k-150k', budgetMinBand: '500-799', budgetMaxBand: '800-1099' },
      openPlaces: 2,
      legalForm: 'cooperative',
      contactPerson: 'Jonas Beispiel',
      concept:
        'Wir wollen das Umgebinde-Ensemble als kleine Genossenschaft mit fünf Haushalten erhalten: zwei Familien, ein Paar und Alleinstehende, ' +
        'die zum Teil im Ort arbeiten. Die Fachwerkscheune wird Werkstatt und Treffpunkt für das Dorf, der Garten bleibt gemeinsam. ' +
        'Wir sanieren in zwei Abschnitten mit der Umgebindehaus-Förderung und viel Eigenleistung.',
    },
    {
      ...base, id: 'ini_002', idempotencyKey: 'seed-ini-2', name: 'Alte Schule Generationenhaus',
      text: 'Wir möchten eine alte Schule zu einem Haus für mehrere Generationen umbauen, ruhig gelegen, mit Gemeinschaftsraum.',
      profile: { 'needs.atmosphere': { value: 'quiet', importance: 2 }, 'community.meals': { value: 'occasional' }, 'community.ageMix': { value: 'multigen', importance: 2 } },
      seeking: { propertyKinds: ['building'], settlements: ['village', 'small_town'], timeline: 'lt1y', legalForms: ['cooperative', 'syndicate'], area: null },
      households: { households: 2, adults: 3, children: 0, ageBands: ['45-64', '65+'], equityBand: '50k-150k', budgetMinBand: '500-799', budgetMaxBand: '800-1099' },
      openPlaces: 4,
    },
  ];
}

export function demoInitiativeMembers(now: number): NewInitiativeMember[] {
  const m = (id: string, initiativeId: string, name: string, slug: string, card: HouseholdCard): NewInitiativeMember => ({
    id, initiativeId, role: 'founder', name, email: `${slug}@initiative.example`, locale: 'de', household: card,
    consent: { textVersion: GROUPS_CONSENT_VERSION, listedAt: now }, manageTokenHash: `seed-member-${id}`, confirmedAt: now, createdAt: now,
  });
  return [
    m('mem_001', 'ini_001', 'Jonas Beispiel', 'jonas', household(2, 1, { 'community.meals': { value: 'weekly' }, 'community.decisions': { value: 'consensus' } })),
    m('mem_002', 'ini_001', 'Mira Beispiel', 'mira', household(1, 0, { 'community.meals': { value: 'weekly' }, 'community.ecology': { value: 'high' } })),
    m('mem_003', 'ini_002', 'Helga Muster', 'helga', household(2, 0, { 'who.ageBands': { value: ['65+'] }, 'needs.atmosphere': { value: 'quiet' } })),
  ];
}

const DAY = 86_400_000;

/** Declared interests in the region's vacant properties (ids of worker/seed/listings.ts). */
export function demoPropertyInterests(now: number): NewPropertyInterest[] {
  return [
    { initiativeId: 'ini_001', listingId: listingId(46), shortlistConsentAt: now - 12 * DAY, customMet: [], declaredAt: now - 12 * DAY },
    { initiativeId: 'ini_002', listingId: listingId(47), shortlistConsentAt: null, customMet: [], declaredAt: now - 5 * DAY },
  ];
}

/**
 * One open report for the municipality's reports screen: the second initiative reported a pool
 * card that has been withdrawn since (so no demo household stands accused, and the screen shows
 * how a gone entry reads).
 */
export function demoGroupReports(now: number): NewGroupReport[] {
  return [
    {
      id: 'rep_001', regionOrganizationId: DEMO_MUNICIPALITY_ID, reporterKind: 'initiative', reporterId: 'ini_002', reportedKind: 'pool', reportedId: 'pool_withdrawn',
      reason: 'fake', note: 'Die Angaben wirkten ausgedacht, auf unsere Nachricht kam eine Werbe-E-Mail zurück.', createdAt: now - 2 * 86_400_000,
    },
  ];
}
