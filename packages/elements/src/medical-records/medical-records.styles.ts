import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .stack {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  form.filters {
    display: grid;
    gap: var(--_space) calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    align-items: end;
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    min-height: var(--_control-height);
    width: 100%;
    min-width: 0;
    padding: 0 var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  /* Date fields take focus on an inner segment, so :focus-visible never matches them: ring every focused field. */
  input:focus,
  input:focus-within,
  select:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_focus-ring);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
    font-size: 0.9375rem;
  }
  .totals {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    margin: 0;
  }
  .totals div {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
  }
  .totals dt {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .totals dd {
    margin: 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  lit-virtualizer.list {
    height: min(70vh, 36rem);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
  }
  .item {
    width: 100%;
    padding: 2px;
  }
  button.row {
    display: grid;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 2);
    width: 100%;
    min-height: var(--_control-height);
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    border: 0;
    border-bottom: 1px solid var(--_border-soft);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  button.row:hover {
    background: var(--_primary-soft);
  }
  .row span {
    display: block;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .row span.tag {
    display: inline-block;
  }
  .row .when {
    font-weight: 600;
  }
  .row .money {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    color: var(--_text-muted);
    font-size: 0.9375rem;
  }
  .row .money b {
    color: var(--_text);
  }
  .tag {
    display: inline-block;
    margin-inline-start: var(--_space);
    padding: 0 calc(var(--_space) * 0.75);
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
    background: var(--_primary-soft);
    color: var(--_primary-strong);
  }
  .tag.inpatient {
    background: var(--_warning-soft);
    color: var(--_warning);
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  dialog {
    width: min(40rem, calc(100vw - 16px));
    max-height: calc(100vh - 32px);
    padding: calc(var(--_space) * 2);
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog h3 {
    margin: 0 0 var(--_space);
    font-size: 1.125rem;
  }
  dialog h4 {
    margin: calc(var(--_space) * 2) 0 var(--_space);
    font-size: 1rem;
  }
  dialog dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
    margin: 0;
  }
  dialog dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  dialog dl.facts dd {
    text-align: start;
  }
  dialog dl.facts {
    grid-template-columns: minmax(0, 11rem) minmax(0, 1fr);
  }
  dialog .total {
    font-weight: 700;
  }
  dialog .actions {
    display: flex;
    justify-content: flex-end;
    margin-top: calc(var(--_space) * 2);
  }
  @container (min-width: 40rem) {
    button.row {
      grid-template-columns: 13rem minmax(0, 1fr);
    }
    .row .when {
      grid-row: span 3;
    }
  }
`;
