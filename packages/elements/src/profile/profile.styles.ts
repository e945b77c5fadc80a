import { css } from 'lit';

export const profileStyles = css`
  .profile {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    color: var(--_primary-strong);
  }
  .subtitle {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 700;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 0 calc(var(--_space) * 3);
    margin: 0;
  }
  .row {
    display: grid;
    gap: 2px;
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border-soft);
    min-width: 0;
  }
  dt {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .name {
    text-transform: uppercase;
  }
  .mono {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    letter-spacing: 0.03em;
  }
  .id-row dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
  }
  .reveal {
    min-height: 44px;
    font-weight: 600;
  }
  .reveal[aria-pressed='true'] {
    text-decoration-style: dotted;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .help {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_primary);
    border-radius: var(--_radius-small);
    background: var(--_primary-soft);
  }
  .help p {
    margin: 0;
  }
  @media print {
    .actions,
    .reveal {
      display: none;
    }
  }
`;
