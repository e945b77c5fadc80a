import { css } from 'lit';

export const shareStyles = css`
  :host {
    container-type: inline-size;
  }
  .share,
  .form,
  .shown,
  .list {
    display: grid;
    gap: calc(var(--_space) * 2);
    min-width: 0;
  }
  .title {
    font-size: 1.375rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .subtitle {
    font-size: 1.125rem;
    font-weight: 700;
  }
  .subtitle.small {
    font-size: 1rem;
  }
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  p {
    margin: 0;
  }
  .lead,
  .hint {
    color: var(--_text-muted);
  }
  fieldset {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2) calc(var(--_space) * 2);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    min-width: 0;
  }
  fieldset.invalid {
    border: 2px solid var(--_danger);
  }
  legend,
  label {
    font-weight: 600;
  }
  legend {
    padding: 0 calc(var(--_space) * 0.5);
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
  }
  .choice {
    display: flex;
    gap: var(--_space);
    align-items: center;
    min-height: var(--_control-height);
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    max-width: 20rem;
  }
  select,
  textarea {
    width: 100%;
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  select {
    min-height: var(--_control-height);
    padding: 0 var(--_space);
  }
  select[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  textarea {
    padding: var(--_space);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.8125rem;
    word-break: break-all;
    resize: vertical;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .shown {
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .qr-wrap {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: center;
  }
  .qr {
    margin: 0;
    /* as large as fits: the modules of a 600-character token are small */
    width: min(100%, 22rem);
    line-height: 0;
  }
  .qr svg {
    width: 100%;
    height: auto;
    border-radius: var(--_radius-small);
  }
  .time {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .countdown {
    font-size: 2.25rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
    color: var(--_primary);
  }
  .claims-list {
    display: grid;
    gap: var(--_space);
    margin: 0;
  }
  .claim {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    padding-left: var(--_space);
    border-left: 4px solid var(--_primary);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .as-text summary {
    display: flex;
    align-items: center;
    min-height: var(--_control-height);
    cursor: pointer;
    color: var(--_primary);
    font-weight: 600;
  }
  .proofs {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .proof {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
  }
  .names {
    font-weight: 600;
  }
  .meta {
    color: var(--_text-muted);
    font-size: 0.9375rem;
  }
  .confirm {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_danger);
    background: var(--_danger-soft);
    border-radius: var(--_radius-small);
  }
  .question {
    font-weight: 700;
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_surface);
  }
  .button.danger-text {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  .button.danger-text:hover {
    background: var(--_danger-soft);
  }
  @container (max-width: 28rem) {
    .countdown {
      font-size: 1.75rem;
    }
    .actions .button {
      flex: 1 1 auto;
    }
  }
  @media print {
    .actions,
    .form,
    .list,
    .as-text {
      display: none;
    }
  }
`;
