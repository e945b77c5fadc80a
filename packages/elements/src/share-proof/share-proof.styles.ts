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
  select {
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
    .actions .button {
      flex: 1 1 auto;
    }
  }
  @media print {
    .actions,
    .form,
    .list {
      display: none;
    }
  }
`;
