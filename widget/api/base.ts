/**
 * Where the API lives when an element has no `api` attribute: the origin widget.js was loaded
 * from, recorded by the entry point while `document.currentScript` is still available.
 */
let scriptOrigin: string | undefined;

export function setScriptOrigin(origin: string | undefined): void {
  scriptOrigin ??= origin;
}

/** `api` attribute, else the script's origin, else the page's origin; never a trailing slash. */
export function apiBase(attribute: string | null | undefined): string {
  const base = attribute?.trim() || scriptOrigin || location.origin;
  return base.replace(/\/+$/, '');
}
