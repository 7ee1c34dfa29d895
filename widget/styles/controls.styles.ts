/**
 * The box of every text control (number fields, selects, form inputs), shared by the questions'
 * and the widget's shadow roots: a declaration block to place inside a rule.
 */
import { css } from 'lit';

export const controlBox = css`
  min-height: 2.75rem;
  margin: 0;
  padding: 0.5rem 0.75rem;
  border: 1px solid var(--_border);
  border-radius: var(--_radius-control);
  background: var(--_bg);
  color: var(--_text);
  font: inherit;
`;
