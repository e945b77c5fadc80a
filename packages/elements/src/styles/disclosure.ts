import { css } from 'lit';

/** The chevron of a `<details>` disclosure: drawn with borders, turned down when open, in the text colour. */
export const disclosureStyles = css`
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    flex: none;
    width: 0.55em;
    height: 0.55em;
    margin-right: 0.8em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
`;
