/**
 * Styles every component of the widget shares: focus ring, buttons, screen-reader-only text.
 * Colours and sizes come from the design tokens (`--_…`) that `bt-widget.styles.ts` defines from
 * the public `--bt-*` custom properties; they inherit into the nested components' shadow roots.
 */
import { css } from 'lit';

export const sharedStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  a {
    color: var(--_accent-text);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 2px;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75rem;
    margin: 0;
    padding: 0.55em 1.35em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius-control);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color 0.15s ease,
      border-color 0.15s ease,
      color 0.15s ease;
  }

  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .button.primary:hover {
    background: var(--_accent-strong);
    border-color: var(--_accent-strong);
  }

  .button.secondary {
    background: var(--_bg);
    color: var(--_accent-text);
    border-color: var(--_border);
  }

  .button.secondary:hover {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }

  .link-button {
    margin: 0;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_accent-text);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
