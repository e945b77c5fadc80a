import { css } from 'lit';

/** Button rows, term/value lists, badges and the small print, shared by the parts loaded on demand. */
export const detailStyles = css`
  .actions-inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
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

  .meta {
    color: var(--_text-muted);
    font-size: 0.92em;
  }
`;
