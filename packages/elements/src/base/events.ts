/**
 * Dispatches a `vss-` event the way every element does: a `CustomEvent` that bubbles and crosses shadow
 * roots, so a portal can listen on the element, on the provider or on `document`.
 */
export function emit<T>(target: EventTarget, type: `vss-${string}`, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  // Events several elements fire (each element's own events are declared next to it).
  interface HTMLElementEventMap {
    /** An element in its signed-out or session-expired state: the citizen asked to sign in. */
    'vss-login-request': CustomEvent<Record<string, never>>;
    /** The citizen must (or wants to) change the password; a `<vss-login>` on the page handles it. */
    'vss-change-password-request': CustomEvent<Record<string, never>>;
  }
}
