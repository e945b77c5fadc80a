import { css } from 'lit';

/**
 * Design tokens. A portal themes the elements by setting the public `--vss-*` custom properties on any
 * ancestor (they inherit into shadow roots); inside, elements read only the private `--_*` aliases, so a
 * token left unset falls back to the VssID look: the app's blue on white, or its dark scheme when the
 * system asks for one.
 */
export const tokens = css`
  :host {
    --_primary: var(--vss-color-primary, #0b5cad);
    --_primary-strong: var(--vss-color-primary-strong, #08427d);
    --_on-primary: var(--vss-color-on-primary, #ffffff);
    --_primary-soft: var(--vss-color-primary-soft, #e6f0fa);
    --_surface: var(--vss-color-surface, #ffffff);
    --_surface-alt: var(--vss-color-surface-alt, #f3f6fa);
    --_text: var(--vss-color-text, #17212f);
    --_text-muted: var(--vss-color-text-muted, #4a5668);
    --_border: var(--vss-color-border, #8a97a8);
    --_border-soft: var(--vss-color-border-soft, #d5dce5);
    --_danger: var(--vss-color-danger, #b3261e);
    --_danger-soft: var(--vss-color-danger-soft, #fdecea);
    --_success: var(--vss-color-success, #1b6e3a);
    --_success-soft: var(--vss-color-success-soft, #e7f4ec);
    --_warning: var(--vss-color-warning, #7a4f00);
    --_warning-soft: var(--vss-color-warning-soft, #fff4d6);
    --_focus: var(--vss-color-focus, #ffbf47);
    --_focus-ring: var(--vss-color-focus-ring, #0b0c0c);
    --_font: var(--vss-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_font-size: var(--vss-font-size, 1rem);
    --_radius: var(--vss-radius, 8px);
    --_radius-small: var(--vss-radius-small, 4px);
    --_space: var(--vss-space, 8px);
    --_shadow: var(--vss-shadow, 0 1px 3px rgb(0 0 0 / 0.12), 0 4px 12px rgb(0 0 0 / 0.06));
    --_control-height: var(--vss-control-height, 44px);
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_primary: var(--vss-color-primary, #7db4f0);
      --_primary-strong: var(--vss-color-primary-strong, #a9cdf6);
      --_on-primary: var(--vss-color-on-primary, #06203c);
      --_primary-soft: var(--vss-color-primary-soft, #15304f);
      --_surface: var(--vss-color-surface, #111a26);
      --_surface-alt: var(--vss-color-surface-alt, #1a2534);
      --_text: var(--vss-color-text, #e8eef6);
      --_text-muted: var(--vss-color-text-muted, #aab6c6);
      --_border: var(--vss-color-border, #7d8a9c);
      --_border-soft: var(--vss-color-border-soft, #2d3a4c);
      --_danger: var(--vss-color-danger, #ffb4ab);
      --_danger-soft: var(--vss-color-danger-soft, #3b1512);
      --_success: var(--vss-color-success, #8fd6a6);
      --_success-soft: var(--vss-color-success-soft, #12301e);
      --_warning: var(--vss-color-warning, #ffd27a);
      --_warning-soft: var(--vss-color-warning-soft, #33270b);
      --_focus-ring: var(--vss-color-focus-ring, #ffffff);
    }
  }
`;

/** Base rules every element shares: box model, typography, focus ring, visually-hidden text, buttons. */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    /* transparent by default (the portal's page shows through); a forced theme sets it to the surface */
    background: var(--vss-element-background, transparent);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_focus-ring);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.75);
    min-height: var(--_control-height);
    min-width: 44px;
    padding: 0 calc(var(--_space) * 2);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius-small);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button:hover {
    background: var(--_primary-strong);
    border-color: var(--_primary-strong);
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  .button.secondary:hover {
    background: var(--_primary-soft);
  }
  .button.link {
    background: transparent;
    border-color: transparent;
    color: var(--_primary);
    text-decoration: underline;
    padding: 0 calc(var(--_space) * 0.5);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  a {
    color: var(--_primary);
  }
  @media print {
    :host {
      color: #000;
    }
    .no-print {
      display: none !important;
    }
  }
`;
