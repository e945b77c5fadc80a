import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

const adopted = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds the stylesheets of a part loaded on demand to an element's shadow root, after the element's own
 * (adoptStyles would replace those), each once. Without adoptable sheets, a `<style>` per sheet.
 */
export function adoptPartStyles(root: ShadowRoot, sheets: readonly CSSResult[]): void {
  let done = adopted.get(root);
  if (!done) adopted.set(root, (done = new Set()));
  for (const sheet of sheets) {
    if (done.has(sheet)) continue;
    done.add(sheet);
    if (supportsAdoptingStyleSheets && sheet.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet.styleSheet];
    else adoptStyles(root, [sheet]);
  }
}
