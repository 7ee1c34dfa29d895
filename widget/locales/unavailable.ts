/**
 * What the widget says when its server cannot be reached: the loader (`widget.js`) shows it when
 * the widget itself cannot be loaded; `core.ts` and `core-en.ts` spread it into their `errors`
 * (each language in its own file, so the first chunk carries only the German one; the English one
 * is `unavailable-en.ts`).
 */
export const unavailableDe = {
  unavailableTitle: 'Die Suche ist hier gerade nicht verfügbar',
  network: 'Keine Verbindung zum Server. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  retry: 'Erneut versuchen',
  technical: (code: string, requestId: string | undefined) => `Fehlercode: ${code}${requestId ? ` · Anfrage-ID: ${requestId}` : ''}`,
};

export type UnavailableTexts = typeof unavailableDe;
