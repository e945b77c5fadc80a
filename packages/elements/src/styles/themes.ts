import { css } from 'lit';

/**
 * Named themes a `<vss-provider theme="…">` applies to everything inside it. `auto` (the default) sets
 * nothing, so elements follow the system's colour scheme. Each theme only sets public `--vss-*` tokens:
 * a portal can write its own the same way in its stylesheet.
 */
export const themeNames = ['auto', 'light', 'dark', 'lotus', 'contrast'] as const;
export type ThemeName = (typeof themeNames)[number];

export const themes = css`
  :host([theme='light']) {
    color-scheme: light;
    /* a forced theme paints each element's background, so it stays readable on any page colour */
    --vss-element-background: var(--vss-color-surface);
    --vss-color-primary: #0b5cad;
    --vss-color-primary-strong: #08427d;
    --vss-color-on-primary: #ffffff;
    --vss-color-primary-soft: #e6f0fa;
    --vss-color-surface: #ffffff;
    --vss-color-surface-alt: #f3f6fa;
    --vss-color-text: #17212f;
    --vss-color-text-muted: #4a5668;
    --vss-color-border: #8a97a8;
    --vss-color-border-soft: #d5dce5;
    --vss-color-danger: #b3261e;
    --vss-color-danger-soft: #fdecea;
    --vss-color-success: #1b6e3a;
    --vss-color-success-soft: #e7f4ec;
    --vss-color-warning: #7a4f00;
    --vss-color-warning-soft: #fff4d6;
    --vss-color-focus-ring: #0b0c0c;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    /* a forced theme paints each element's background, so it stays readable on any page colour */
    --vss-element-background: var(--vss-color-surface);
    --vss-color-primary: #7db4f0;
    --vss-color-primary-strong: #a9cdf6;
    --vss-color-on-primary: #06203c;
    --vss-color-primary-soft: #15304f;
    --vss-color-surface: #111a26;
    --vss-color-surface-alt: #1a2534;
    --vss-color-text: #e8eef6;
    --vss-color-text-muted: #aab6c6;
    --vss-color-border: #7d8a9c;
    --vss-color-border-soft: #2d3a4c;
    --vss-color-danger: #ffb4ab;
    --vss-color-danger-soft: #3b1512;
    --vss-color-success: #8fd6a6;
    --vss-color-success-soft: #12301e;
    --vss-color-warning: #ffd27a;
    --vss-color-warning-soft: #33270b;
    --vss-color-focus-ring: #ffffff;
  }
  /* A warm red-and-gold portal look (many provincial portals use it). */
  :host([theme='lotus']) {
    color-scheme: light;
    /* a forced theme paints each element's background, so it stays readable on any page colour */
    --vss-element-background: var(--vss-color-surface);
    --vss-color-primary: #a3161a;
    --vss-color-primary-strong: #7c0f12;
    --vss-color-on-primary: #ffffff;
    --vss-color-primary-soft: #fbeaea;
    --vss-color-surface: #fffdf7;
    --vss-color-surface-alt: #fbf3e1;
    --vss-color-text: #2a1a12;
    --vss-color-text-muted: #5c4636;
    --vss-color-border: #9b8471;
    --vss-color-border-soft: #e8dccb;
    --vss-color-focus: #f2b400;
    --vss-font-family: Georgia, 'Noto Serif', 'Times New Roman', serif;
    --vss-radius: 2px;
    --vss-radius-small: 2px;
  }
  /* High contrast, square corners, larger controls. */
  :host([theme='contrast']) {
    color-scheme: light;
    /* a forced theme paints each element's background, so it stays readable on any page colour */
    --vss-element-background: var(--vss-color-surface);
    --vss-color-primary: #000000;
    --vss-color-primary-strong: #000000;
    --vss-color-on-primary: #ffffff;
    --vss-color-primary-soft: #e8e8e8;
    --vss-color-surface: #ffffff;
    --vss-color-surface-alt: #f2f2f2;
    --vss-color-text: #000000;
    --vss-color-text-muted: #1f1f1f;
    --vss-color-border: #000000;
    --vss-color-border-soft: #595959;
    --vss-color-danger: #9e0000;
    --vss-color-success: #005a1e;
    --vss-color-warning: #5c3b00;
    --vss-radius: 0;
    --vss-radius-small: 0;
    --vss-control-height: 48px;
    --vss-font-size: 1.0625rem;
  }
`;
