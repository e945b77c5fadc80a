import { css } from 'lit';

export const viewStyles = css`
  select {
    max-width: 24rem;
  }
  .summary-line:empty {
    display: none;
  }
  .summary-line {
    font-weight: 600;
  }
  .result {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding-top: calc(var(--_space) * 1.5);
    border-top: 3px solid var(--_primary);
  }
  dl.check .total {
    border-bottom: 0;
  }
  dl.check .total dt {
    color: var(--_text);
    font-weight: 700;
  }
`;
