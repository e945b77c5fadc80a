import { css } from 'lit';

export const supportStyles = css`
  .support {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .h {
    margin: 0 0 var(--_space);
    font-size: 1.125em;
    font-weight: 700;
  }
  .hotline {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary-soft);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space);
    margin: 0;
  }
  .tel {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    font-size: 1.75em;
    font-weight: 800;
    letter-spacing: 0.02em;
    font-variant-numeric: tabular-nums;
  }
  .tel.small {
    font-size: 1.25em;
  }
  .search {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin-bottom: var(--_space);
  }
  label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  input {
    min-height: var(--_control-height);
    width: 100%;
    max-width: 32rem;
    padding: 0 var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .count {
    margin: 0 0 var(--_space);
    color: var(--_text-muted);
  }
  .topics {
    display: grid;
    gap: var(--_space);
  }
  details {
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  summary {
    display: flex;
    align-items: center;
    min-height: var(--_control-height);
    padding: var(--_space) calc(var(--_space) * 2);
    cursor: pointer;
    font-weight: 700;
    color: var(--_primary);
  }
  details[open] > summary {
    border-bottom: 1px solid var(--_border-soft);
  }
  .answer {
    padding: var(--_space) calc(var(--_space) * 2) calc(var(--_space) * 1.5);
  }
  .answer ol,
  .answer ul {
    margin: 0;
    padding-left: 1.4em;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .state.empty {
    margin-bottom: var(--_space);
  }
  @media print {
    .search,
    .count {
      display: none;
    }
    details > .answer {
      display: block;
    }
  }
`;
