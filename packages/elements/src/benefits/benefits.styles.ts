import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .stack {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .filter {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    max-width: 24rem;
  }
  label {
    font-weight: 600;
  }
  select {
    min-height: var(--_control-height);
    width: 100%;
    padding: 0 var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  section.year {
    display: grid;
    gap: var(--_space);
  }
  .year-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: baseline;
    justify-content: space-between;
    padding-bottom: calc(var(--_space) * 0.5);
    border-bottom: 2px solid var(--_primary);
  }
  h3 {
    margin: 0;
    font-size: 1.125rem;
  }
  .total {
    font-weight: 700;
  }
  ul.rows {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li.row {
    display: grid;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
    grid-template-columns: minmax(0, 1fr) auto;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  li.row.rejected {
    background: var(--_surface-alt);
  }
  .regime {
    font-weight: 700;
  }
  .amount {
    font-weight: 700;
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  li.row.rejected .amount {
    text-decoration: line-through;
    color: var(--_text-muted);
  }
  li.row dl {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.9375rem;
  }
  li.row dl div {
    display: block;
  }
  li.row dt,
  li.row dd {
    display: inline;
  }
  li.row dt::after {
    content: ': ';
  }
  li.row dd {
    margin: 0;
    color: var(--_text);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    font-weight: 600;
  }
  .status svg {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  .status.paid {
    color: var(--_success);
  }
  .status.approved {
    color: var(--_primary);
  }
  .status.pending {
    color: var(--_warning);
  }
  .status.rejected {
    color: var(--_danger);
  }
  .by-regime {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_text-muted);
    font-size: 0.9375rem;
  }
  .note {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
`;
