import { css } from 'lit';

export const viewStyles = css`
  .periods {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: calc(var(--_space) * 0.5);
  }
  th,
  td {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.25);
    border-bottom: 1px solid var(--_border-soft);
    text-align: start;
    vertical-align: top;
  }
  td:nth-last-child(-n + 2) {
    text-align: end;
    white-space: nowrap;
  }
  thead th:nth-last-child(-n + 2) {
    text-align: end;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-bottom: 0;
  }
  .share {
    display: block;
    color: var(--_text-muted);
    font-weight: 400;
    font-size: 0.875rem;
  }
  /* on a 320 px phone the three columns (a member and two amounts) must fit in either language */
  @container (max-width: 20rem) {
    table {
      font-size: 0.875rem;
    }
  }
  .basis {
    font-size: 0.9375rem;
  }
`;
