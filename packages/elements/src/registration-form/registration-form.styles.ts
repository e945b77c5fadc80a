import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 100%;
    container-type: inline-size;
  }
  .wrap {
    display: grid;
    gap: calc(var(--_space) * 2);
    background: var(--_surface);
    color: var(--_text);
  }
  .title {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.3;
  }
  .lead {
    margin: 0;
    color: var(--_text-muted);
  }
  [hidden] {
    display: none !important;
  }

  /* Step indicator: numbered circles that wrap on narrow screens. */
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    flex: 1 1 8rem;
    min-width: 0;
  }
  .step-link {
    display: flex;
    align-items: center;
    gap: var(--_space);
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) * 0.5);
    border: 0;
    border-bottom: 4px solid var(--_border-soft);
    background: transparent;
    color: var(--_text-muted);
    font: inherit;
    text-align: left;
  }
  button.step-link {
    cursor: pointer;
    color: var(--_primary);
  }
  button.step-link:hover .step-name {
    text-decoration: underline;
  }
  .step.done .step-link {
    border-bottom-color: var(--_primary);
  }
  .step.current .step-link {
    border-bottom-color: var(--_primary);
    color: var(--_text);
    font-weight: 700;
  }
  .step-num {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 28px;
    height: 28px;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-weight: 700;
    font-size: 0.9em;
  }
  .step.current .step-num {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .step-name {
    font-size: 0.9em;
    line-height: 1.25;
  }
  /* Narrow: numbers only, on one row; the step heading below names the current step. */
  @container (max-width: 560px) {
    .steps {
      flex-wrap: nowrap;
    }
    .step {
      flex: 1 1 0;
    }
    .step-link {
      justify-content: center;
    }
    .step .step-name {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }

  .step-form {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .step-body {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .step-heading {
    margin: 0;
    font-size: 1.2em;
    display: grid;
  }
  .step-count {
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_text-muted);
  }

  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    display: grid;
    gap: var(--_space);
  }
  legend {
    padding: 0;
  }
  .group > legend {
    margin-bottom: var(--_space);
    font-size: 1.1em;
    font-weight: 700;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
    margin: 0;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  label,
  .radios > legend {
    font-weight: 600;
  }
  .radios {
    border: 0;
    padding: 0;
  }
  p.error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.92em;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  select {
    width: 100%;
    min-height: var(--_control-height);
    padding: 0 calc(var(--_space) * 1.5);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .radio-row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    min-height: var(--_control-height);
    align-items: center;
  }
  .radio,
  .checkbox {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    font-weight: 400;
    cursor: pointer;
  }
  .radio input,
  .checkbox input {
    width: 24px;
    height: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .disclosure {
    justify-self: start;
    justify-content: flex-start;
    text-align: left;
  }


  .nav {
    display: flex;
    flex-wrap: wrap-reverse;
    gap: var(--_space);
    justify-content: space-between;
    flex-direction: row-reverse;
  }
  .nav .button {
    min-width: 8rem;
  }
  .draft-note {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.92em;
  }
`;
