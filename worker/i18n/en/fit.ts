/** English texts of the fit of one listing; typed by the German catalogue. */
import type { fit as de } from '../de/fit';

export const fit: typeof de = {
  yes: 'yes',
  no: 'no',
  freePlaces: (n) => `${n} free places`,
  childrenWelcome: 'children welcome',
  notForChildren: 'not for children',
  noEquityNeeded: 'none needed',
  failed: {
    'where.radiusKm': 'is outside your search radius',
    'who.adults': 'has no free place right now',
    'who.children': 'is not set up for children',
    'who.pets': 'does not allow your pet',
    'money.equity': 'needs more equity than you stated',
  },
  dealbreakerNotMet: (question) => `Dealbreaker not met: ${question}`,
};
