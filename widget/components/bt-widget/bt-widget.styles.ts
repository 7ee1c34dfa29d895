import { css } from 'lit';

/**
 * The widget's frame and the screens of the entry chunk (intro, steps, loading, failures); later
 * screens bring their styles with their chunk. `:host` undoes everything a host page may pass down
 * (fonts stay inherited on purpose); `.root` defines the design tokens from the public custom
 * properties, the embed theme (private `--_bt-theme-*`, set inline) and the defaults, in that
 * order of precedence.
 * Default colours meet WCAG AA: text 15.5:1, muted 6.9:1, accent 7.3:1 on white, borders ≥ 3:1.
 */
export const widgetStyles = css`
  :host {
    all: initial;
    display: block;
    font: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  .root {
    --_accent: var(--bt-color-accent, var(--_bt-theme-accent, #1f5c7a));
    --_accent-text: var(--bt-color-accent, var(--_bt-theme-accent, #1f5c7a));
    --_on-accent: var(--bt-color-on-accent, #fff);
    --_accent-strong: color-mix(in srgb, var(--_accent) 82%, #000);
    --_accent-soft: color-mix(in srgb, var(--_accent) 8%, var(--_bg));
    --_text: var(--bt-color-text, #1c2530);
    --_muted: var(--bt-color-muted, #4f5b67);
    --_bg: var(--bt-color-bg, #fff);
    --_surface: var(--bt-color-surface, #f4f6f8);
    --_border: #737f8c;
    --_line: #dde2e7;
    --_error: #b42318;
    --_error-soft: #fdf3f2;
    --_success: #1e6b47;
    --_warn: #8a5300;
    --_warn-soft: #fdf6ec;
    --_focus: var(--_accent-text);
    --_radius: var(--bt-radius, var(--_bt-theme-radius, 0.75rem));
    --_radius-control: calc(var(--_radius) * 0.67);
    --_space: var(--bt-space, 1rem);

    display: block;
    box-sizing: border-box;
    padding: clamp(1rem, 5%, 2.25rem);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    /* Without --bt-font or a theme font the declaration is invalid, so the host font is inherited. */
    font-family: var(--bt-font, var(--_bt-theme-font));
    font-style: normal;
    font-weight: 400;
    line-height: 1.55;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
  }

  .view {
    max-width: 46rem;
    animation: bt-enter 0.2s ease-out;
  }

  @keyframes bt-enter {
    from {
      opacity: 0;
      transform: translateY(0.25rem);
    }
  }

  p {
    margin: 0 0 var(--_space);
  }

  .heading {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
    hyphens: auto;
    scroll-margin-top: calc(var(--bt-scroll-margin, 0px) + 4rem);
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }

  .heading .caption {
    display: block;
    margin-bottom: 0.25rem;
    font-size: 0.6em;
    font-weight: 600;
    color: var(--_muted);
    letter-spacing: 0.01em;
  }

  .heading .title {
    display: block;
  }

  h3 {
    margin: 0 0 0.5rem;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .eyebrow {
    margin-bottom: 0.375rem;
    color: var(--_accent-text);
    font-weight: 600;
    font-size: 0.9375em;
  }

  .lead {
    font-size: 1.0625em;
    color: var(--_text);
    max-width: 40em;
  }

  .facts,
  .hint,
  .technical {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .technical {
    margin: var(--_space) 0 0;
    font-size: 0.8125em;
  }

  .note {
    padding: 0.75rem 1rem;
    border-radius: var(--_radius-control);
    background: var(--_accent-soft);
  }

  .actions,
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: calc(var(--_space) * 1.5);
  }

  .nav {
    justify-content: space-between;
    padding-top: calc(var(--_space) * 1.25);
    border-top: 1px solid var(--_line);
  }

  .nav .primary {
    margin-inline-start: auto;
  }

  /* Intro */
  .privacy {
    margin: calc(var(--_space) * 1.25) 0;
    padding: var(--_space) calc(var(--_space) * 1.25);
    border-radius: var(--_radius-control);
    background: var(--_surface);
  }

  .privacy ul {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }

  .privacy li + li {
    margin-top: 0.375rem;
  }

  .privacy-link {
    margin: 0.75rem 0 0;
  }

  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.625rem;
    cursor: pointer;
  }

  .check input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  /* Steps */
  .progress {
    height: 0.375rem;
    margin-bottom: calc(var(--_space) * 1.25);
    border-radius: 999px;
    background: var(--_line);
    overflow: hidden;
  }

  .progress-bar {
    display: block;
    height: 100%;
    border-radius: inherit;
    background: var(--_accent);
    transition: width 0.3s ease;
  }

  .questions {
    display: grid;
    gap: calc(var(--_space) * 1.75);
    margin-top: calc(var(--_space) * 1.5);
  }

  .error-summary {
    margin: var(--_space) 0;
    padding: var(--_space) calc(var(--_space) * 1.25);
    border: 3px solid var(--_error);
    border-radius: var(--_radius-control);
    background: var(--_error-soft);
  }

  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .error-summary h3 {
    color: var(--_error);
  }

  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }

  /* Failures (every screen) */
  .notice {
    margin: var(--_space) 0;
    padding: calc(var(--_space) * 1.25);
    border-radius: var(--_radius-control);
    background: var(--_surface);
  }

  .notice.error {
    border-inline-start: 4px solid var(--_error);
    background: var(--_error-soft);
  }

  .notice > :last-child {
    margin-bottom: 0;
  }

  .loading {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 6rem;
    color: var(--_muted);
  }

  .loading p {
    margin: 0;
  }

  .spinner {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    border: 3px solid var(--_line);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: bt-spin 0.8s linear infinite;
  }

  @keyframes bt-spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (forced-colors: active) {
    .progress {
      border: 1px solid CanvasText;
    }

    .progress-bar {
      background: Highlight;
    }
  }
`;
