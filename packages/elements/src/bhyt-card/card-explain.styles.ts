import { css } from 'lit';

export const explainStyles = css`
  .explain {
    display: grid;
    max-width: 42rem;
    gap: calc(var(--_space) * 2);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .field.invalid {
    border-left: 4px solid var(--_danger);
    padding-left: calc(var(--_space) * 1.5);
  }
  label {
    font-weight: 600;
  }
  .hint,
  .note {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  .error-text {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  input:not([type='checkbox']) {
    min-height: var(--_control-height);
    width: 100%;
    max-width: 28rem;
    padding: 0 var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  #code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .photo-status:empty {
    display: none;
  }
  .photo-status {
    margin: 0;
  }
  .parts {
    display: grid;
    gap: var(--_space);
    margin: 0;
  }
  .parts div {
    display: grid;
    gap: 2px;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  .mono {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  }
  .warning {
    margin: 0;
    padding: var(--_space);
    border-left: 4px solid var(--_warning);
    background: var(--_warning-soft);
  }
  .copay {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 calc(var(--_space) * 0.5);
  }
  .checks {
    display: grid;
    gap: var(--_space);
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    font-weight: 400;
    cursor: pointer;
  }
  .check input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_primary);
  }
  .estimate:empty {
    display: none;
  }
  .money {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0 0 var(--_space);
  }
  .money div {
    flex: 1 1 10rem;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius-small);
    background: var(--_surface-alt);
  }
  .money .fund {
    border-left: 4px solid var(--_success);
  }
  .money .patient {
    border-left: 4px solid var(--_primary);
  }
  .money dd {
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .rule {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
