import { css } from 'lit';

export const viewStyles = css`
  .eligibility {
    display: grid;
    gap: var(--_space);
    align-content: start;
    min-width: 0;
  }
  .eligibility {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-left: 4px solid var(--_primary);
    background: var(--_primary-soft);
    border-radius: var(--_radius-small);
  }
  .eligibility.not-possible {
    border-left-color: var(--_border);
    background: var(--_surface-alt);
  }
  .eligibility h3 {
    margin: 0;
  }
  .routes {
    margin: 0;
    padding-left: calc(var(--_space) * 2.5);
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .option {
    border-top-color: var(--_warning);
  }
  .option.keep {
    border-top-color: var(--_primary);
  }
  .consequence {
    font-weight: 600;
  }
  .advice {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
  }
  .advice a {
    font-weight: 700;
    white-space: nowrap;
  }
`;
