import { css } from 'lit';

// The element's first paint is its title and the shared states; the estimate's own look (view.styles.ts)
// is adopted when its part arrives.
export const styles = css`
  :host {
    max-width: 64rem;
  }
`;
