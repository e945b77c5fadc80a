import { css } from 'lit';

export const viewStyles = css`
  select {
    max-width: 24rem;
  }
  dl.check .total {
    border-bottom: 0;
  }
  dl.check .total dt {
    color: var(--_text);
    font-weight: 700;
  }
`;
