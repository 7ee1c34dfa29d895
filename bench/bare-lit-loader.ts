/** The classic script of the bare Lit element (`bare-lit-element.ts`), as widget.js is the widget's. */
const script = document.currentScript as HTMLScriptElement;
script.after(document.createElement('bare-lit-form'));
void import(new URL('./bare-lit-element.js', script.src).href);
