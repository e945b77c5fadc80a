import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 100%;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .label {
    font-weight: 600;
  }
  .required-mark {
    color: var(--_danger);
  }
  .hint {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .zone {
    display: grid;
    gap: var(--_space);
    justify-items: center;
    text-align: center;
    padding: calc(var(--_space) * 2);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    min-height: 160px;
    align-content: center;
  }
  .zone.dragging {
    border-color: var(--_primary);
    background: var(--_primary-soft);
  }
  .zone.invalid {
    border-color: var(--_danger);
    border-style: solid;
  }
  /* The real file input is visually hidden; its focus shows on the button it stands behind. */
  #file:focus-visible ~ .zone .choose {
    outline: 3px solid var(--_focus);
    box-shadow: 0 0 0 5px var(--_focus-ring);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: center;
  }
  .preview {
    display: block;
    max-width: 100%;
    max-height: 220px;
    border-radius: var(--_radius-small);
    object-fit: contain;
    background: var(--_surface);
  }
  .placeholder {
    display: grid;
    place-items: center;
    gap: calc(var(--_space) * 0.5);
    width: min(100%, 220px);
    aspect-ratio: 4 / 3;
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text-muted);
    padding: var(--_space);
  }
  .icon {
    width: 40px;
    height: 40px;
    color: var(--_text-muted);
  }
  progress {
    width: min(100%, 320px);
    height: 12px;
    accent-color: var(--_primary);
  }
  .status {
    margin: 0;
  }
  p.error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .meta {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  @media print {
    .actions,
    .hint {
      display: none;
    }
    .zone {
      border-style: solid;
    }
  }
`;
