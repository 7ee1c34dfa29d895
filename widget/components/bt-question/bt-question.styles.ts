import { css } from 'lit';
import { controlBox } from '../../styles/controls.styles';

export const questionStyles = css`
  :host {
    display: block;
  }

  .question {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .question.invalid {
    padding-inline-start: 0.875rem;
    border-inline-start: 4px solid var(--_error);
  }

  .label {
    display: block;
    max-width: 40em;
    margin: 0 0 0.5rem;
    padding: 0;
    font-weight: 650;
    font-size: 1.0625em;
    line-height: 1.35;
    hyphens: auto;
  }

  .required {
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .hint {
    max-width: 40em;
    margin: -0.25rem 0 0.625rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .error {
    margin: 0 0 0.625rem;
    color: var(--_error);
    font-weight: 600;
  }

  /* Choices: stacked tiles for long labels, wrapping chips for short ones. */
  .options {
    display: grid;
    gap: 0.5rem;
    max-width: 36rem;
  }

  .options.inline {
    display: flex;
    flex-wrap: wrap;
  }

  .option {
    position: relative;
    display: flex;
    align-items: flex-start;
    gap: 0.625rem;
    min-height: 2.75rem;
    padding: 0.625rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-control);
    background: var(--_bg);
    cursor: pointer;
    line-height: 1.4;
    transition:
      background-color 0.15s ease,
      border-color 0.15s ease;
  }

  .options.inline .option {
    align-items: center;
    padding-inline-end: 1.125rem;
  }

  .option:hover {
    border-color: var(--_accent);
  }

  .option:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  .option input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .options.inline .option input {
    margin-top: 0;
  }

  @supports selector(:has(*)) {
    .option:has(input:focus-visible) {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }

    .option input:focus-visible {
      outline: none;
    }
  }

  .invalid .option {
    border-color: var(--_error);
  }

  /* Numbers and postcodes */
  .field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }

  input.text {
    width: 100%;
    max-width: 8rem;
    ${controlBox}
    font-variant-numeric: tabular-nums;
  }

  input.text.money {
    max-width: 10rem;
  }

  input.text:hover {
    border-color: var(--_accent);
  }

  input.text[aria-invalid='true'] {
    border: 2px solid var(--_error);
  }

  .unit {
    color: var(--_muted);
  }

  .clear {
    margin-top: 0.375rem;
    font-size: 0.9375em;
  }

  /* Importance: a compact row of chips below the answer. */
  .importance {
    margin: 0.875rem 0 0;
    padding: 0.625rem 0.75rem 0.75rem;
    border: 0;
    border-radius: var(--_radius-control);
    background: var(--_surface);
    min-width: 0;
    max-width: 36rem;
  }

  .importance legend {
    float: left;
    width: 100%;
    margin: 0 0 0.5rem;
    padding: 0;
    font-size: 0.9375em;
    font-weight: 600;
  }

  .importance .options {
    clear: both;
    gap: 0.375rem;
  }

  .importance .option {
    min-height: 2.5rem;
    padding: 0.375rem 0.75rem;
    font-size: 0.9375em;
    gap: 0.5rem;
  }

  .importance .option.dealbreaker:has(input:checked) {
    border-color: var(--_warn);
    box-shadow: inset 0 0 0 1px var(--_warn);
    background: var(--_warn-soft);
  }

  .importance .option.dealbreaker input {
    accent-color: var(--_warn);
  }

  .note {
    margin: 0.5rem 0 0;
    color: var(--_warn);
    font-size: 0.9375em;
  }
`;
