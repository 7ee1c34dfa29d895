/**
 * What the widget says when its server cannot be reached: the loader (`widget.js`) shows it when
 * the widget itself cannot be loaded; `core.ts` spreads it into its `errors`.
 */
import type { Texts } from './index';

const de = {
  unavailableTitle: 'Die Suche ist hier gerade nicht verfügbar',
  network: 'Keine Verbindung zum Server. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  retry: 'Erneut versuchen',
  technical: (code: string, requestId: string | undefined) => `Fehlercode: ${code}${requestId ? ` · Anfrage-ID: ${requestId}` : ''}`,
};

export type UnavailableTexts = typeof de;

export const unavailableTexts: Texts<UnavailableTexts> = {
  de,
  en: {
    unavailableTitle: 'The search is not available here right now',
    network: 'No connection to the server. Please check your internet connection and try again.',
    retry: 'Try again',
    technical: (code, requestId) => `Error code: ${code}${requestId ? ` · request id: ${requestId}` : ''}`,
  },
};
