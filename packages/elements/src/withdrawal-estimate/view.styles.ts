import { css } from 'lit';

export const viewStyles = css`
  .eligibility,
  .option {
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
  .compare {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  @container (min-width: 40rem) {
    .compare {
      grid-template-columns: 1fr 1fr;
    }
  }
  .option {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border-soft);
    border-top: 4px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .option.keep {
    border-top-color: var(--_primary);
  }
  .figure.not-possible {
    font-size: 1.25rem;
  }
  .formula {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius-small);
    background: var(--_surface-alt);
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
  .circumstances {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
  }
  .circumstances legend {
    float: left;
    width: 100%;
  }
`;
