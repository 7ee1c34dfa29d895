import { css } from 'lit';

/** The "notify me" box of the empty results. */
export const notifyStyles = css`
  .notify {
    margin-top: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_line);
    border-radius: var(--_radius-control);
    max-width: 46rem;
  }

  .notify .field {
    margin-bottom: var(--_space);
  }
`;
