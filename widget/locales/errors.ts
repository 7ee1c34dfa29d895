/**
 * Why a request failed, as the seeker reads it (`internal/error-text.ts` picks the text). Only the
 * search, the later screens and the configuration's failure screen say these, so they load with
 * them; the first chunk knows only "no connection" (`unavailable.ts`), all a chunk that cannot be
 * fetched ever says.
 */
import type { Texts } from './index';

const de = {
  missingKey: 'Dem Einbettungscode fehlt der Schlüssel (data-key bzw. key="pk_…").',
  unknownKey: 'Der Schlüssel dieses Einbettungscodes ist unbekannt. Bitte prüfen Sie den Code.',
  keyRevoked: 'Diese Suche wurde vom Anbieter abgeschaltet.',
  originNotAllowed: 'Diese Suche ist für diese Website nicht freigeschaltet.',
  timeout: 'Der Server antwortet gerade nicht. Bitte versuchen Sie es gleich noch einmal.',
  rateLimited: 'Gerade kommen sehr viele Anfragen an. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
  server: 'Auf unserer Seite ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal.',
  listingGone: 'Dieses Angebot ist hier nicht mehr verfügbar.',
};

export const errorTexts: Texts<typeof de> = {
  de,
  en: {
    missingKey: 'The embed code has no key (data-key or key="pk_…").',
    unknownKey: 'The key of this embed code is unknown. Please check the code.',
    keyRevoked: 'This search has been switched off by its provider.',
    originNotAllowed: 'This search is not enabled for this website.',
    timeout: 'The server is not responding right now. Please try again in a moment.',
    rateLimited: 'A lot of requests are coming in right now. Please wait a moment, then try again.',
    server: 'Something went wrong on our side. Please try again later.',
    listingGone: 'This offer is no longer available here.',
  },
};
