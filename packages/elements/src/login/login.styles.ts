import { css } from 'lit';

// Labels, inputs and their messages are light-DOM children (for password managers), so they are styled
// here through ::slotted, which reaches the slotted elements themselves and nothing inside them.
export const styles = css`
  :host {
    container-type: inline-size;
  }
  .box {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2.5);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    max-width: 34rem;
  }
  :host([compact]) .box {
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.5);
    box-shadow: none;
  }
  h2 {
    margin: 0;
    font-size: 1.375rem;
    line-height: 1.3;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  p {
    margin: 0;
  }
  .intro {
    color: var(--_text-muted);
  }
  .fields {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
  }
  .field.invalid {
    padding-left: calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_danger);
  }
  ::slotted(form),
  ::slotted(input[hidden]) {
    display: none;
  }
  ::slotted(label) {
    font-weight: 600;
  }
  ::slotted([slot$='-hint']) {
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  ::slotted([slot$='-error']) {
    color: var(--_danger);
    font-weight: 600;
  }
  .control {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: stretch;
  }
  ::slotted(input) {
    flex: 1 1 8rem;
    min-width: 0;
    min-height: var(--_control-height);
    padding: 0 calc(var(--_space) * 1.5);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
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
  .toggle {
    flex: 0 0 auto;
  }
  .toggle[aria-pressed='true'] {
    background: var(--_primary-soft);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .actions .button:not(.link) {
    flex: 1 1 10rem;
  }
  .button[aria-busy='true'] {
    cursor: progress;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .notice {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-left: 4px solid var(--_danger);
    border-radius: var(--_radius-small);
    background: var(--_danger-soft);
  }
  .notice.ok {
    border-left-color: var(--_success);
    background: var(--_success-soft);
  }
  .notice.locked {
    border-left-color: var(--_warning);
    background: var(--_warning-soft);
  }
  .suggest {
    justify-self: start;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
  }
  dt {
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  @container (max-width: 22rem) {
    .box {
      padding: calc(var(--_space) * 1.5);
    }
    .actions .button:not(.link) {
      flex-basis: 100%;
    }
  }
`;
