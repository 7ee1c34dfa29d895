import { css } from 'lit';

/**
 * A listing in full (detail) and the contact form around it: facts, photos, the fit both ways,
 * the preview of what the project sees, the consents and the confirmation.
 */
export const listingStyles = css`
  .back {
    margin: 0 0 0.75rem;
  }

  .consents {
    display: grid;
    gap: 0.875rem;
    margin: calc(var(--_space) * 1.5) 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .consents legend {
    margin-bottom: 0.75rem;
    padding: 0;
    font-size: 1.125em;
    font-weight: 700;
  }

  .notice.success {
    border-inline-start: 4px solid var(--_success);
  }

  .notice.warn {
    border-inline-start: 4px solid var(--_warn);
    background: var(--_warn-soft);
  }

  /* Detail */
  .detail.view,
  .contact.view {
    max-width: 52rem;
  }

  .detail section {
    margin-top: calc(var(--_space) * 1.75);
  }

  .gallery ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .gallery img {
    display: block;
    width: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: var(--_radius-control);
    background: var(--_surface);
  }

  .fit-summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem 2rem;
    margin: calc(var(--_space) * 1.25) 0;
    padding: var(--_space);
    border-radius: var(--_radius-control);
    background: var(--_surface);
  }

  .score-big {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin: 0;
  }

  .score-big .value {
    font-size: 2.25em;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }

  .fit-both {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0;
  }

  .fit-both dt {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .fit-both dd {
    margin: 0;
    font-weight: 700;
    font-size: 1.25em;
  }

  .detail .reasons ul,
  .detail .watch ul,
  .preview-reasons {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }

  .detail .facts,
  .preview-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
    gap: 0.75rem 1.25rem;
    margin: 0;
  }

  .detail .facts dt,
  .preview-list dt,
  .answers dt {
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1.3;
  }

  .detail .facts dd,
  .preview-list dd,
  .answers dd {
    margin: 0;
    font-weight: 600;
  }

  .preview-list .message {
    white-space: pre-wrap;
    font-weight: 400;
  }

  .dimension-list {
    display: grid;
    gap: 0.625rem;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }

  .dimension {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius-control);
  }

  .dimension-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    margin-bottom: 0.5rem;
  }

  h4 {
    margin: var(--_space) 0 0.5rem;
    font-size: 1em;
  }

  h5 {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }

  .answers {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.5rem 1.25rem;
    margin: 0;
  }

  .importance {
    display: block;
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.875em;
  }

  .fit {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-weight: 600;
  }

  .fit .dot {
    width: 0.625rem;
    height: 0.625rem;
    border-radius: 50%;
    background: var(--_muted);
  }

  .fit.high .dot {
    background: var(--_success);
  }

  .fit.mid .dot {
    background: var(--_warn);
  }

  .fit.low .dot {
    background: var(--_error);
  }

  .fit.none .dot {
    background: transparent;
    border: 2px solid var(--_muted);
  }

  /* Contact */
  .preview {
    margin: calc(var(--_space) * 1.5) 0;
    padding: calc(var(--_space) * 1.25);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius-control);
    background: var(--_surface);
  }

  .not-compared summary,
  .shared-answers summary {
    margin-bottom: 0.5rem;
    cursor: pointer;
    font-weight: 600;
    color: var(--_accent-text);
  }

  .shared-answers {
    margin-top: var(--_space);
  }

  .shared-answers .preview-list {
    margin-top: 0.75rem;
  }

  .needs-note {
    margin: var(--_space) 0 0;
  }
`;
