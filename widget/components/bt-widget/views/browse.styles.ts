import { css } from 'lit';

/** "Browse all": the filter form in a grid, the count, the map above the cards (beside them from 64rem). */
export const browseStyles = css`
  .browse.view {
    max-width: none;
  }

  .filters {
    margin: calc(var(--_space) * 1.25) 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .filters h3 {
    margin: 0 0 0.75rem;
    font-size: 1.0625em;
  }

  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 0 var(--_space);
  }

  .filter-grid .field {
    align-content: start;
    margin-bottom: var(--_space);
  }

  .filters select {
    width: 100%;
  }

  .filters .actions {
    margin-top: var(--_space);
  }

  .map-section,
  .browse .cards {
    margin-top: calc(var(--_space) * 1.25);
  }

  .map-section h3,
  #list-heading {
    margin: calc(var(--_space) * 1.25) 0 0.5rem;
    font-size: 1.0625em;
  }
`;

/** The map (views/map.ts draws it): a framed drawing, markers in the accent colour, a place's name on hover and focus, all of them on paper. */
export const mapStyles = css`
  .map {
    margin: 0;
  }

  .map svg {
    display: block;
    width: 100%;
    height: auto;
    max-height: 22rem;
    overflow: visible;
  }

  .map-frame {
    fill: var(--_surface);
    stroke: var(--_line);
  }

  .marker {
    cursor: pointer;
    outline: none;
  }

  .marker .hit {
    fill: transparent;
  }

  .marker .dot {
    fill: var(--_accent);
    stroke: var(--_bg);
    stroke-width: 2;
  }

  .marker .count {
    fill: var(--_on-accent);
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
  }

  .marker .label {
    display: none;
    fill: var(--_text);
    font-size: 13px;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
  }

  .marker:hover .label,
  .marker:focus .label {
    display: inline;
  }

  .marker:focus-visible .hit {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
  }

  .map figcaption {
    margin-top: 0.5rem;
  }

  @media print {
    .map svg {
      print-color-adjust: exact;
    }

    .marker .label {
      display: inline;
    }
  }
`;
