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
    counter-reset: none;
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

  /* Error summary (GOV.UK pattern). */
  .summary {
    padding: calc(var(--_space) * 2);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius-small);
    background: var(--_surface);
  }
  .summary h4 {
    margin: 0 0 var(--_space);
    font-size: 1.1em;
  }
  .summary ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .summary li + li {
    margin-top: calc(var(--_space) * 0.5);
  }
  .summary a {
    color: var(--_danger);
    font-weight: 600;
  }

  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    display: grid;
    gap: var(--_space);
  }
  .group > legend {
    padding: 0;
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
  .field.has-error {
    border-left: 4px solid var(--_danger);
    padding-left: calc(var(--_space) * 1.5);
  }
  label,
  .radios > legend {
    font-weight: 600;
  }
  .radios {
    border: 0;
    padding: 0;
  }
  .radios > legend {
    padding: 0;
  }
  .hint {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.92em;
  }
  p.error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
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
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
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
  .checkbox {
    align-items: flex-start;
  }
  .radio input,
  .checkbox input {
    width: 24px;
    height: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .checkbox input {
    margin-top: 2px;
  }
  .suggestion,
  .disclosure {
    justify-self: start;
    justify-content: flex-start;
    text-align: left;
  }
  .lookup {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border-left: 4px solid var(--_border-soft);
    background: var(--_surface-alt);
    border-radius: var(--_radius-small);
  }
  .lookup > .button {
    justify-self: start;
  }
  .lookup-result:focus {
    outline: none;
  }
  .lookup-result p {
    margin: 0;
  }
  .ok {
    color: var(--_success);
    font-weight: 600;
  }

  .photos {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: calc(var(--_space) * 2);
  }
  .verified {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: calc(var(--_space) * 2);
    border-left: 4px solid var(--_success);
    background: var(--_success-soft);
    border-radius: var(--_radius-small);
  }
  .verified p {
    margin: 0;
  }
  .otp-box {
    display: grid;
    gap: var(--_space);
    max-width: 28rem;
  }
  .otp-box p {
    margin: 0;
  }
  .actions-inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }

  .review {
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
  }
  .review h4 {
    margin: 0;
    font-size: 1.05em;
  }
  dl {
    margin: var(--_space) 0 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: var(--_space);
  }
  @container (max-width: 480px) {
    .row {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  dt {
    color: var(--_text-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .thumb {
    max-width: 120px;
    max-height: 90px;
    border-radius: var(--_radius-small);
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_space);
    border-radius: 999px;
    font-size: 0.9em;
    font-weight: 600;
  }
  .badge.ok,
  .badge.approved {
    background: var(--_success-soft);
    color: var(--_success);
  }
  .badge.warn,
  .badge.received {
    background: var(--_warning-soft);
    color: var(--_warning);
  }
  .badge.rejected {
    background: var(--_danger-soft);
    color: var(--_danger);
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
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_surface);
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 3px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: vss-spin 0.8s linear infinite;
  }
  @keyframes vss-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .draft-note {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.92em;
  }
  .state.confirm {
    background: var(--_warning-soft);
    border-left: 4px solid var(--_warning);
  }
  #submit-problem:focus,
  #error-summary:focus,
  #otp-problem:focus,
  #reset-confirm:focus,
  #phone-verified:focus {
    outline: 3px solid var(--_focus);
  }

  /* Receipt. */
  .success {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border-top: 6px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_success-soft);
  }
  .success h2 {
    margin: 0;
    color: var(--_success);
  }
  .success h3 {
    margin: var(--_space) 0 0;
    font-size: 1.05em;
  }
  .success p,
  .success ol {
    margin: 0;
  }
  .dossier {
    font-size: clamp(1.4rem, 6cqi, 2.2rem);
    font-weight: 700;
    letter-spacing: 0.02em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
    user-select: all;
  }
  .sms {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_border);
    background: var(--_surface);
    font-family: ui-monospace, monospace;
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--_text-muted);
    font-size: 0.92em;
  }
  .print-only {
    display: none;
  }

  /* Status view. */
  .status-view h2 {
    margin: 0;
    font-size: 1.3em;
  }
  .status-card {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border-soft);
    border-left: 6px solid var(--_warning);
    border-radius: var(--_radius);
  }
  .status-card.approved {
    border-left-color: var(--_success);
  }
  .status-card.rejected {
    border-left-color: var(--_danger);
  }
  .status-card p {
    margin: 0;
  }

  /* The declaration as printed on A4, like the portal's PDF. */
  .declaration {
    font-family: 'Times New Roman', Times, serif;
    font-size: 12pt;
    color: #000;
  }
  .decl-head {
    display: flex;
    justify-content: space-between;
    gap: 1em;
  }
  .decl-nation {
    text-align: center;
    margin: 0 auto;
  }
  .decl-form {
    margin: 0;
    font-style: italic;
  }
  .decl-title {
    text-align: center;
    font-size: 13pt;
    margin: 1em 0 0;
  }
  .decl-subtitle {
    text-align: center;
    margin: 0 0 1em;
    font-style: italic;
  }
  .decl-table {
    width: 100%;
    border-collapse: collapse;
    margin: 0.5em 0 1em;
  }
  .decl-table th,
  .decl-table td {
    border: 1px solid #000;
    padding: 4px 6px;
    text-align: left;
    vertical-align: top;
  }
  .decl-table th {
    width: 38%;
    font-weight: 400;
  }
  .decl-sign {
    margin-left: auto;
    width: 50%;
    text-align: center;
  }
  .decl-name {
    margin-top: 4em;
    font-weight: 700;
  }
  @media print {
    .print-only {
      display: block;
    }
    .wrap {
      background: #fff;
    }
    @page {
      size: A4;
      margin: 18mm 16mm;
    }
  }
`;
