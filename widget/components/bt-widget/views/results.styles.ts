import { css } from 'lit';
import { controlBox } from '../../../styles/controls.styles';

/** The results screen: count, sorting, the card grid, "notify me" under it, the nearest partial matches, nothing found. */
export const resultsStyles = css`
  .empty {
    margin: var(--_space) 0;
    padding: calc(var(--_space) * 1.25);
    border-radius: var(--_radius-control);
    background: var(--_surface);
  }

  .empty > :last-child {
    margin-bottom: 0;
  }

  .results.view {
    max-width: none;
  }

  .count {
    margin-bottom: 0.25rem;
    font-weight: 600;
    font-size: 1.0625em;
  }

  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17.5rem), 1fr));
    gap: calc(var(--_space) * 1.25);
    margin: calc(var(--_space) * 1.25) 0 0;
    padding: 0;
    list-style: none;
  }

  .results-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: 0.5rem 1.25rem;
  }

  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.625rem;
    margin-bottom: 0.25rem;
  }

  .sort label {
    font-weight: 600;
  }

  select {
    max-width: 100%;
    ${controlBox}
  }

  select:hover {
    border-color: var(--_accent);
  }

  .alternatives {
    margin-top: calc(var(--_space) * 2);
  }

  .notify-offer {
    margin-top: calc(var(--_space) * 2);
  }
`;
