/** The English of `unavailable.ts` (apart, so that only an English widget loads it). */
import type { UnavailableTexts } from './unavailable';

export const unavailableEn: UnavailableTexts = {
  unavailableTitle: 'The search is not available here right now',
  network: 'No connection to the server. Please check your internet connection and try again.',
  retry: 'Try again',
  technical: (code, requestId) => `Error code: ${code}${requestId ? ` · request id: ${requestId}` : ''}`,
};
