/**
 * A match's reasons and "keep in mind" points as a titled list with an icon per point: the result
 * card's, and the groups view's initiative cards (one look for the same explanation). The styles
 * apply inside any root that adopts `reasonListStyles`.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { Reason } from '../../api/shapes';

export const checkIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm4.1 6.3-4.9 5.3a.9.9 0 0 1-1.3 0L5.9 11a.9.9 0 1 1 1.3-1.2l1.3 1.4 4.3-4.6a.9.9 0 0 1 1.3 1.2Z"/></svg>`;
export const crossIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm3.3 10.6a.9.9 0 1 1-1.2 1.2L10 11.2l-2.1 2.1a.9.9 0 1 1-1.2-1.2L8.8 10 6.7 7.9a.9.9 0 1 1 1.2-1.2L10 8.8l2.1-2.1a.9.9 0 1 1 1.2 1.2L11.2 10l2.1 2.1Z"/></svg>`;
export const infoIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm0 4a1.1 1.1 0 1 1 0 2.2 1.1 1.1 0 0 1 0-2.2Zm1.3 9.2H8.7a.8.8 0 0 1 0-1.6h.5v-3h-.4a.8.8 0 0 1 0-1.6H10c.5 0 .9.4.9.9v3.7h.4a.8.8 0 0 1 0 1.6Z"/></svg>`;

/** `cls`: `reasons` (why it fits), `watch` (keep in mind) or `failed` (what a near miss fails). */
export function reasonList(title: string, cls: 'reasons' | 'watch' | 'failed', reasons: Pick<Reason, 'text'>[], icon: TemplateResult): TemplateResult | typeof nothing {
  if (!reasons.length) return nothing;
  return html`
    <div class=${cls}>
      <h4>${title}</h4>
      <ul>
        ${reasons.map((r) => html`<li>${icon}<span>${r.text}</span></li>`)}
      </ul>
    </div>
  `;
}

export const reasonListStyles = css`
  :is(.reasons, .watch, .failed) h4 {
    margin: 0 0 0.375rem;
    font-size: 0.9375em;
    font-weight: 700;
  }

  :is(.reasons, .watch, .failed) ul {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  :is(.reasons, .watch, .failed) li {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }

  :is(.reasons, .watch, .failed) li svg {
    flex: none;
    width: 1.125em;
    height: 1.125em;
    margin-top: 0.2em;
  }

  .reasons svg {
    color: var(--_success);
  }

  .watch svg {
    color: var(--_warn);
  }

  .failed svg {
    color: var(--_error);
  }
`;
