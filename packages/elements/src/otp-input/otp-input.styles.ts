import { css } from 'lit';

// The label, hint, input and error live in the light DOM (so autofill sees the input); they are styled
// here through ::slotted, which reaches only the slotted elements themselves.
export const styles = css`
  :host {
    display: block;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    justify-items: start;
  }
  ::slotted(label) {
    font-weight: 600;
    color: var(--_text);
  }
  ::slotted([slot='hint']) {
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  ::slotted([slot='error']) {
    color: var(--_danger);
    font-weight: 600;
  }
  ::slotted(input) {
    box-sizing: border-box;
    width: 100%;
    max-width: 12rem;
    min-height: var(--_control-height);
    padding: 0 calc(var(--_space) * 1.5);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 1.375rem;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.3em;
  }
  ::slotted(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_focus-ring);
  }
  ::slotted(input[aria-invalid='true']) {
    border-color: var(--_danger);
    border-width: 3px;
  }
  ::slotted(input:disabled) {
    background: var(--_surface-alt);
    color: var(--_text-muted);
    cursor: not-allowed;
  }
  .resend {
    min-height: 44px;
  }
  .resend[aria-disabled='true'] {
    color: var(--_text-muted);
    text-decoration: none;
    cursor: default;
    opacity: 1;
  }
`;
