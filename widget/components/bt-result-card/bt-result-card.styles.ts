import { css } from 'lit';
import { reasonListStyles } from './reasons';

export const resultCardStyles = css`
  ${reasonListStyles}

  :host {
    display: block;
    height: 100%;
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    overflow: hidden;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow:
      0 1px 2px rgb(16 24 40 / 0.04),
      0 4px 16px rgb(16 24 40 / 0.05);
  }

  .photo {
    aspect-ratio: 16 / 9;
    background: var(--_accent-soft);
    color: var(--_accent);
    overflow: hidden;
  }

  .photo img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .photo svg {
    position: absolute;
    inset: 0;
    margin: auto;
    width: 28%;
    height: auto;
    opacity: 0.55;
  }

  .score {
    position: absolute;
    inset-block-start: 0.75rem;
    inset-inline-start: 0.75rem;
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    margin: 0;
    padding: 0.3em 0.75em;
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_text);
    font-size: 0.875em;
    font-weight: 600;
    box-shadow: 0 1px 4px rgb(16 24 40 / 0.18);
  }

  .score .value {
    color: var(--_accent-text);
    font-variant-numeric: tabular-nums;
  }

  .dot {
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_success);
    align-self: center;
  }

  .mid .dot {
    background: var(--_accent);
  }

  .low .dot {
    background: var(--_muted);
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    flex: 1;
    padding: 1rem 1.125rem 1.25rem;
  }

  .kicker {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .title {
    margin: -0.5rem 0 0;
    font-size: 1.1875em;
    line-height: 1.3;
    font-weight: 700;
    hyphens: auto;
  }

  .summary {
    margin: 0;
  }

  .photo {
    position: relative;
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8rem), 1fr));
    gap: 0.625rem 1rem;
    margin: 0;
    padding: 0.875rem 0 0.125rem;
    border-top: 1px solid var(--_line);
    font-size: 0.9375em;
  }

  .fact {
    min-width: 0;
  }

  .facts dt {
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1.3;
  }

  .facts dd {
    margin: 0;
    font-weight: 600;
    hyphens: auto;
  }

  .more {
    margin: auto 0 0;
    padding-top: 0.25rem;
  }

  .more .button {
    width: 100%;
  }

  .page-link {
    display: inline-block;
    margin-top: 0.625rem;
    padding: 0.25rem 0;
  }
`;
