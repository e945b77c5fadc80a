import { css } from 'lit';

export const verifyStyles = css`
  :host {
    container-type: inline-size;
  }
  .verify,
  .readers,
  .paste {
    display: grid;
    gap: calc(var(--_space) * 2);
    min-width: 0;
  }
  .readers,
  .paste {
    gap: var(--_space);
  }
  .title {
    font-size: 1.375rem;
    font-weight: 700;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  .lead {
    color: var(--_text-muted);
  }
  label {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .file-button {
    display: inline-flex;
  }
  .file-button label {
    text-align: center;
  }
  .file-button:focus-within label {
    outline: 3px solid var(--_focus);
    box-shadow: 0 0 0 5px var(--_focus-ring);
  }
  .camera {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  video {
    display: block;
    width: min(100%, 28rem);
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: var(--_radius);
    background: #000;
  }
  textarea {
    width: 100%;
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.8125rem;
    word-break: break-all;
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .notice {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_warning);
    border-radius: var(--_radius-small);
    background: var(--_warning-soft);
  }
  @container (max-width: 28rem) {
    .actions > * {
      flex: 1 1 auto;
    }
    .file-button label {
      width: 100%;
    }
  }
`;
