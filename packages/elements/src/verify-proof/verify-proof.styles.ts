import { css } from 'lit';

export const verifyStyles = css`
  :host {
    container-type: inline-size;
  }
  .verify,
  .readers,
  .paste,
  .result {
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
  .subtitle {
    font-size: 1rem;
    font-weight: 700;
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
    position: relative;
    display: inline-flex;
  }
  /* the real input stays in the tab order, drawn as its label; its focus shows on the label */
  .file-input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    opacity: 0;
    cursor: pointer;
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
  .result {
    padding: calc(var(--_space) * 2);
    border: 3px solid var(--_verdict);
    border-radius: var(--_radius);
    background: var(--_verdict-soft);
  }
  .result.valid {
    --_verdict: var(--_success);
    --_verdict-soft: var(--_success-soft);
  }
  .result.expired {
    --_verdict: var(--_warning);
    --_verdict-soft: var(--_warning-soft);
  }
  .result.revoked,
  .result.not-genuine {
    --_verdict: var(--_danger);
    --_verdict-soft: var(--_danger-soft);
  }
  .verdict {
    display: flex;
    gap: var(--_space);
    align-items: center;
    color: var(--_verdict);
  }
  .verdict-icon {
    flex: none;
    width: 2.5rem;
    height: 2.5rem;
  }
  .verdict-word {
    font-size: 2rem;
    font-weight: 800;
    line-height: 1.15;
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .verdict-word:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .reason {
    font-size: 1.125rem;
  }
  .online {
    font-weight: 600;
  }
  .online.offline-only {
    padding: var(--_space);
    border-left: 4px solid var(--_warning);
    background: var(--_surface);
  }
  .claims-list {
    display: grid;
    gap: var(--_space);
    margin: 0;
  }
  .claim {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    padding: var(--_space);
    border-radius: var(--_radius-small);
    background: var(--_surface);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    font-size: 1.125rem;
    overflow-wrap: anywhere;
  }
  @container (max-width: 28rem) {
    .verdict-word {
      font-size: 1.5rem;
    }
    .actions > * {
      flex: 1 1 auto;
    }
    .file-button label {
      width: 100%;
    }
  }
`;
