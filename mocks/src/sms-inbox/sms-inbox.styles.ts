import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .inbox {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
  }
  h2 {
    margin: 0;
    font-size: 1.125rem;
  }
  .note {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  li {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    border: 1px solid var(--_border-soft);
    min-width: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    color: var(--_text-muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .text {
    margin: 0;
    overflow-wrap: anywhere;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9375em;
  }
  mark {
    padding: 0 0.25em;
    border-radius: var(--_radius-small);
    background: var(--_warning-soft);
    color: var(--_text);
    font-weight: 700;
    outline: 1px solid var(--_warning);
  }
  .secrets {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .copy {
    min-height: 44px;
  }
`;
