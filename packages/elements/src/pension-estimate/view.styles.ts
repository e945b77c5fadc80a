import { css } from 'lit';

export const viewStyles = css`
  .overview,
  .control,
  .chart {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  @container (min-width: 40rem) {
    .fields {
      grid-template-columns: 1fr 1fr;
    }
  }
  .scenario {
    border-top-color: var(--_success);
  }
  .scenario.kept {
    border-top-color: var(--_warning);
  }
  .lump {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .control {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
  }
  .fields {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .chart svg:not(.key) {
    display: block;
    width: 100%;
    max-width: 36rem;
    height: auto;
  }
  .axis {
    stroke: var(--_text-muted);
    stroke-width: 1.5;
  }
  .grid {
    stroke: var(--_border-soft);
    stroke-width: 1;
  }
  .tick {
    fill: var(--_text-muted);
    font-size: 13px;
    font-family: var(--_font);
  }
  .rate-line {
    fill: none;
    stroke: var(--_primary);
    stroke-width: 3;
  }
  .mark {
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .mark.now {
    fill: var(--_success);
  }
  .mark.kept {
    fill: var(--_warning);
  }
  .legend {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
  }
  .key {
    flex: none;
    width: 1em;
    height: 1em;
    margin-top: 0.25em;
  }
  details summary {
    cursor: pointer;
    color: var(--_primary);
    font-weight: 600;
    min-height: 24px;
  }
  table {
    border-collapse: collapse;
    margin: var(--_space) 0;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    border-bottom: 1px solid var(--_border-soft);
    text-align: start;
  }
  td + td {
    text-align: end;
  }
`;
