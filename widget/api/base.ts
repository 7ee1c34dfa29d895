/**
 * Where the API lives when an element has no `api` attribute: the origin widget.js was loaded
 * from. The widget's chunks are served next to widget.js, so this module's own URL names it.
 */
import { baseFrom } from './config-request';

const scriptOrigin = ((): string | undefined => {
  try {
    const url = new URL(import.meta.url);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
})();

/** `api` attribute, else the script's origin, else the page's origin; never a trailing slash. */
export const apiBase = (attribute: string | null | undefined): string => baseFrom(attribute, scriptOrigin || location.origin);
