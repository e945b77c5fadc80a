import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  h3,
  h4 {
    margin: 0;
    line-height: 1.3;
  }
  h3 {
    font-size: 1.05rem;
  }
  .stack {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .notice {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border-left: 4px solid var(--_danger);
    background: var(--_danger-soft);
  }
  .notice.warning {
    border-left-color: var(--_warning);
    background: var(--_warning-soft);
  }
  .notice h3 {
    color: var(--_danger);
  }
  .notice.warning h3 {
    color: var(--_warning);
  }
  .notice ul,
  .unpaid ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .milestones {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .milestone {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .milestone .label {
    font-weight: 600;
  }
  .bar {
    appearance: none;
    display: block;
    width: 100%;
    height: 10px;
    border: 0;
    border-radius: 5px;
    background: var(--_border-soft);
    overflow: hidden;
  }
  .bar::-webkit-progress-bar {
    background: var(--_border-soft);
  }
  .bar::-webkit-progress-value {
    background: var(--_primary);
  }
  .bar::-moz-progress-bar {
    background: var(--_primary);
  }
  .milestone.reached .bar::-webkit-progress-value {
    background: var(--_success);
  }
  .milestone.reached .bar::-moz-progress-bar {
    background: var(--_success);
  }
  .milestone .status {
    color: var(--_text-muted);
    font-size: 0.9375rem;
  }
  .milestone.reached .status {
    color: var(--_success);
    font-weight: 600;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    border-bottom: 2px solid var(--_border-soft);
  }
  [role='tab'] {
    min-height: var(--_control-height);
    min-width: 44px;
    padding: 0 calc(var(--_space) * 2);
    border: 0;
    border-bottom: 4px solid transparent;
    margin-bottom: -2px;
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_primary);
    color: var(--_primary);
  }
  [role='tab']:hover {
    background: var(--_primary-soft);
  }
  [role='tabpanel'] {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding-top: calc(var(--_space) * 2);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    align-items: center;
    justify-content: space-between;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .summary p {
    margin: 0;
  }
  .summary strong {
    white-space: nowrap;
  }
  details summary {
    cursor: pointer;
    color: var(--_primary);
    min-height: 24px;
  }
  /* Its own scroll area (keyboard-focusable), so 40 years of rows do not make the portal page endless. */
  .timeline {
    display: block;
    margin: 0;
    padding: 0;
    height: min(70vh, 40rem);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
  }
  .year {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: baseline;
    width: 100%;
    padding: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
    border-bottom: 1px solid var(--_border);
  }
  .year .muted {
    color: var(--_text-muted);
    font-size: 0.9375rem;
  }
  .row {
    display: grid;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 2);
    grid-template-columns: minmax(0, 1fr);
    width: 100%;
    padding: calc(var(--_space) * 1.25) 0 calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    border-left: 3px solid var(--_primary);
    border-bottom: 1px solid var(--_border-soft);
  }
  .row.overlapping {
    border-left-color: var(--_warning);
  }
  .row .when {
    font-weight: 600;
  }
  .row .employer {
    overflow-wrap: anywhere;
  }
  .row dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.9375rem;
  }
  .row dl div {
    display: flex;
    gap: calc(var(--_space) * 0.5);
  }
  .row dt::after {
    content: ':';
  }
  .row dd {
    margin: 0;
    color: var(--_text);
  }
  .tag {
    display: inline-block;
    padding: 0 calc(var(--_space) * 0.75);
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
    background: var(--_primary-soft);
    color: var(--_primary-strong);
  }
  .tag.warn {
    background: var(--_warning-soft);
    color: var(--_warning);
  }
  .tag.danger {
    background: var(--_danger-soft);
    color: var(--_danger);
  }
  .gap {
    width: 100%;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    border-left: 3px dashed var(--_border);
    color: var(--_text-muted);
    font-style: italic;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  @container (min-width: 40rem) {
    .row {
      grid-template-columns: 12rem minmax(0, 1fr);
    }
    .row .when {
      grid-row: span 2;
    }
  }
  @media print {
    .toolbar,
    [role='tablist'] {
      display: none;
    }
  }
`;
