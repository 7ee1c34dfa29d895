import { css } from 'lit';
import { controlBox } from '../../../styles/controls.styles';

/** Fields, field errors, the spam check and the sending state of both forms (contact, "notify me"). */
export const formStyles = css`
  .field label {
    font-weight: 600;
  }

  .field input,
  textarea {
    max-width: 100%;
    ${controlBox}
  }

  .field input:hover,
  textarea:hover {
    border-color: var(--_accent);
  }

  [aria-invalid='true'] {
    border: 2px solid var(--_error);
  }

  .field {
    display: grid;
    gap: 0.375rem;
    margin: 0 0 calc(var(--_space) * 1.25);
    max-width: 36rem;
  }

  .field input,
  textarea {
    width: 100%;
  }

  textarea {
    resize: vertical;
    line-height: 1.5;
  }

  .field-error,
  .field .hint {
    margin: 0;
  }

  .field-error {
    color: var(--_error);
    font-weight: 600;
  }

  .check.invalid span {
    color: var(--_error);
  }

  .turnstile {
    margin: var(--_space) 0;
  }

  button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
`;
