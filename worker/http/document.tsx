/**
 * The one HTML page frame of every server-rendered page (hosted admin, dashboard, the seeker's
 * manage and stop pages, the saved-search confirmation, the dev mailbox): doctype, language,
 * viewport, referrer policy, robots, title, one same-origin stylesheet (the CSP allows no inline
 * style or script), and a skip link to the main landmark when the page has one.
 */
import type { Child } from 'hono/jsx';

export interface DocumentProps {
  lang: string;
  title: string;
  /** Same-origin stylesheet path. */
  stylesheet: string;
  /** Meta referrer policy; the response header (worker/http/security-headers.ts) says the same. */
  referrer?: 'same-origin' | 'no-referrer' | 'strict-origin-when-cross-origin';
  /** Pages for one person or for members only are never indexed. */
  noindex?: boolean;
  bodyClass?: string;
  /** Text of the skip link to `#main`; none when the page brings its own. */
  skip?: string;
  /** More of `<head>` after the stylesheet: a public page's canonical link, alternates, social tags, JSON-LD. */
  head?: Child;
  children: Child;
}

/**
 * @example
 * html(<Document lang="de" title="Ihre Daten" stylesheet="/manage/style.css" referrer="same-origin" noindex skip="Zum Inhalt">…</Document>)
 */
export function Document({ lang, title, stylesheet, referrer, noindex, bodyClass, skip, head, children }: DocumentProps) {
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {referrer ? <meta name="referrer" content={referrer} /> : null}
        {noindex ? <meta name="robots" content="noindex, nofollow" /> : null}
        <title>{title}</title>
        <link rel="stylesheet" href={stylesheet} />
        {head ?? null}
      </head>
      <body class={bodyClass}>
        {skip ? (
          <a class="skip" href="#main">
            {skip}
          </a>
        ) : null}
        {children}
      </body>
    </html>
  );
}

/** The page as a complete document string. */
export const documentHtml = (node: ReturnType<typeof Document>) => `<!doctype html>${node}`;
