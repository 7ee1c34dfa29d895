import { css } from 'lit';

/**
 * "Find fellow residents / start a group": how it works, the initiative cards (the result card's
 * look, drawn in the widget's own root), and the two forms with their groups of fields.
 */
export const groupsStyles = css`
  .groups.view {
    max-width: none;
  }

  .how ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .how li + li {
    margin-top: 0.375rem;
  }

  .initiatives,
  .group-offer,
  .need-answers {
    margin-top: calc(var(--_space) * 2);
  }

  .initiative {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    height: 100%;
    padding: 1rem 1.125rem 1.25rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
  }

  .initiative .title {
    margin: 0;
    font-size: 1.1875em;
    line-height: 1.3;
    hyphens: auto;
  }

  .initiative .summary {
    margin: 0;
  }

  .initiative .score {
    display: inline-flex;
    align-self: flex-start;
    align-items: baseline;
    gap: 0.35em;
    margin: 0;
    padding: 0.3em 0.75em;
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.875em;
    font-weight: 600;
  }

  .initiative .score .value {
    color: var(--_accent-text);
    font-variant-numeric: tabular-nums;
  }

  .initiative .dot {
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_success);
    align-self: center;
  }

  .initiative .mid .dot {
    background: var(--_accent);
  }

  .initiative .low .dot {
    background: var(--_muted);
  }

  .initiative .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
    gap: 0.625rem 1rem;
    margin: 0;
    padding-top: 0.875rem;
    border-top: 1px solid var(--_line);
    font-size: 0.9375em;
  }

  .initiative .facts dt {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .initiative .facts dd {
    margin: 0;
    font-weight: 600;
    hyphens: auto;
  }

  .interest-hint {
    margin-top: var(--_space);
  }

  .offer,
  .group-form {
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_line);
    border-radius: var(--_radius-control);
    max-width: 46rem;
  }

  .group-form h3,
  .group-form h4,
  .offer h3 {
    margin-top: 0;
  }

  .group-part,
  .choices {
    min-width: 0;
    margin: 0 0 calc(var(--_space) * 1.25);
    padding: 0;
    border: 0;
  }

  .group-part > legend {
    margin-bottom: 0.75rem;
    padding: 0;
    font-size: 1.125em;
    font-weight: 700;
  }

  .choices > legend {
    margin-bottom: 0.375rem;
    padding: 0;
    font-weight: 600;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
  }

  .choices > legend {
    flex-basis: 100%;
  }

  .group-form select {
    width: 100%;
    max-width: 36rem;
  }

  .number-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
    gap: 0 var(--_space);
  }

  .profile {
    margin: 0 0 calc(var(--_space) * 1.25);
    padding: var(--_space);
    border-radius: var(--_radius-control);
    background: var(--_surface);
  }

  .profile .preview-list {
    margin-bottom: 0.75rem;
  }
`;
