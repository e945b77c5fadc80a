import { css } from 'lit';

/**
 * The look of the estimate elements' shells (title and width), part of their first paint; everything else
 * arrives with the part loaded on demand.
 */
export const shellStyles = css`
  :host {
    container-type: inline-size;
  }
  .title {
    margin: 0 0 calc(var(--_space) * 1.5);
    font-size: 1.375rem;
    line-height: 1.3;
  }
`;
