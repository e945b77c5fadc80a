/**
 * Dispatches a `vss-` event the way every element does: a `CustomEvent` that bubbles and crosses shadow
 * roots, so a portal can listen on the element, on the provider or on `document`.
 */
export function emit<T>(target: EventTarget, type: `vss-${string}`, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}
