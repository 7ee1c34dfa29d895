/**
 * German texts of the fit of one listing: the detail view's answers in words where a listing's
 * columns answer for the project (worker/listings/fit-dimensions.ts), and why a near match failed
 * (worker/matching/breakdown.ts).
 */
export const fit = {
  yes: 'ja',
  no: 'nein',
  freePlaces: (n: number) => `${n} freie Plätze`,
  childrenWelcome: 'Kinder willkommen',
  notForChildren: 'nicht für Kinder',
  noEquityNeeded: 'keins nötig',
  /** The hard filters a near match failed, by question. */
  failed: {
    'where.radiusKm': 'liegt außerhalb Ihres Umkreises',
    'who.adults': 'hat gerade keinen freien Platz',
    'who.children': 'ist nicht auf Kinder eingerichtet',
    'who.pets': 'erlaubt Ihr Haustier nicht',
    'money.equity': 'verlangt mehr Eigenkapital, als Sie angegeben haben',
  } as Record<string, string>,
  dealbreakerNotMet: (question: string) => `Ausschlusskriterium nicht erfüllt: ${question}`,
};
