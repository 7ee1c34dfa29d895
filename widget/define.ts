/**
 * Registers a custom element once. Custom element names are the widget's only globals, so a page
 * that loads widget.js twice (or another copy of it) keeps the first definition instead of throwing.
 */
export function defineElement(name: string, ctor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(name)) customElements.define(name, ctor);
}
