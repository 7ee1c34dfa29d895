/**
 * Sets inline style properties through the CSSOM only (`element.style.setProperty`), never through
 * the `style` attribute. Lit's `styleMap` writes the attribute on its first render, which a host
 * page's CSP without `style-src 'unsafe-inline'` blocks ("Applying inline style violates …"): the
 * theme and the progress bar then miss their first render. CSSOM writes are not subject to CSP.
 *
 * @example
 * html`<div ${styleProps({ '--_bt-theme-accent': '#1f5c7a', width: '40%' })}></div>`
 */
import { nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** Only as an element binding (`<div ${styleProps(…)}>`): `update` reads `part.element`. */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  render(_props: Record<string, string>) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Record<string, string>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    this.previous = new Set(Object.keys(props));
    return nothing;
  }
}

export const styleProps = directive(StylePropsDirective);
