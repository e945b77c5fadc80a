import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 100%;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  .control {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
  }
  .control.office {
    grid-column: 1 / -1;
  }
  label {
    font-weight: 600;
  }
  .required-mark {
    color: var(--_danger);
  }
  .hint {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  select,
  input {
    width: 100%;
    min-height: var(--_control-height);
    padding: 0 calc(var(--_space) * 1.5);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  select:disabled,
  input:disabled {
    background: var(--_surface-alt);
    color: var(--_text-muted);
    cursor: not-allowed;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .combo {
    position: relative;
  }
  .combo input {
    padding-right: calc(var(--_control-height) + var(--_space));
  }
  .toggle {
    position: absolute;
    top: 2px;
    right: 2px;
    width: calc(var(--_control-height) - 4px);
    height: calc(var(--_control-height) - 4px);
    border: 0;
    background: transparent;
    color: var(--_text);
    cursor: pointer;
    display: grid;
    place-items: center;
  }
  .toggle svg {
    width: 20px;
    height: 20px;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    top: calc(100% + 2px);
    left: 0;
    right: 0;
    margin: 0;
    padding: calc(var(--_space) * 0.5) 0;
    list-style: none;
    max-height: 18rem;
    overflow-y: auto;
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    box-shadow: var(--_shadow);
  }
  [role='option'] {
    padding: var(--_space) calc(var(--_space) * 1.5);
    min-height: 44px;
    cursor: pointer;
    display: flex;
    align-items: center;
  }
  [role='option']:hover {
    background: var(--_surface-alt);
  }
  [role='option'][aria-selected='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .no-match {
    padding: var(--_space) calc(var(--_space) * 1.5);
    color: var(--_text-muted);
  }
  mark {
    background: transparent;
    color: inherit;
    font-weight: 700;
    text-decoration: underline;
  }
  p.error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .state {
    margin-top: var(--_space);
  }
`;
