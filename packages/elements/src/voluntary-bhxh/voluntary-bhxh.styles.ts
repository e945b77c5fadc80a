import { css } from 'lit';

// The first paint is the title and the shared states; the calculator's look (view.styles.ts) is adopted
// when its part arrives.
export const styles = css`
  :host {
    max-width: 40rem;
  }
`;
