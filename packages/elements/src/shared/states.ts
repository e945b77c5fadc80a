import { css, html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { isApiError } from '@vssid/core';
import { failureText } from './failure-text.js';
import { renderHotline } from './hotline.js';

export { renderHotline };

/**
 * The states every data element shares, so loading, empty, error and session-expired look and read the
 * same everywhere. Each one is a live region: a screen reader hears the result of an async load.
 */
export const stateStyles = css`
  .state {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
  }
  .state.error {
    background: var(--_danger-soft);
    border-left: 4px solid var(--_danger);
  }
  .state.expired {
    background: var(--_warning-soft);
    border-left: 4px solid var(--_warning);
  }
  .state p {
    margin: 0;
  }
  .skeleton {
    display: grid;
    gap: var(--_space);
    width: 100%;
  }
  .skeleton span {
    display: block;
    height: 1rem;
    border-radius: var(--_radius-small);
    background: linear-gradient(90deg, var(--_border-soft), var(--_surface-alt), var(--_border-soft));
    background-size: 200% 100%;
    animation: vss-shimmer 1.4s ease-in-out infinite;
  }
  .skeleton span:nth-child(2) {
    width: 70%;
  }
  .skeleton span:nth-child(3) {
    width: 45%;
  }
  @keyframes vss-shimmer {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }
`;

export function renderLoading(label: string = msg('Đang tải…')): TemplateResult {
  return html`<div class="state loading" part="state state-loading" role="status" aria-live="polite">
    <span class="visually-hidden">${label}</span>
    <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
  </div>`;
}

export function renderEmpty(text: string): TemplateResult {
  return html`<div class="state empty" part="state state-empty" role="status"><p>${text}</p></div>`;
}

/**
 * An error with what went wrong in plain words, a retry button and the hotline. A session that expired
 * gets its own state whose button asks the page's login box to sign in again.
 */
export function renderError(error: unknown, retry: () => void, host: HTMLElement): TemplateResult {
  if (isApiError(error) && error.kind === 'session_expired') return renderSessionExpired(host);
  return html`<div class="state error" part="state state-error" role="alert">
    <p>${failureText(error)}</p>
    <button class="button secondary" part="retry-button" type="button" @click=${retry}>${msg('Thử lại')}</button>
    ${renderHotline()}
  </div>`;
}

/** Fires `vss-login-request` so that a `<vss-login>` on the page (or the portal) can open its dialog. */
export function renderSessionExpired(host: HTMLElement): TemplateResult {
  const ask = () =>
    host.dispatchEvent(new CustomEvent('vss-login-request', { detail: {}, bubbles: true, composed: true }));
  return html`<div class="state expired" part="state state-session-expired" role="alert">
    <p>${msg('Vui lòng đăng nhập để xem thông tin này.')}</p>
    <button class="button" part="login-button" type="button" @click=${ask}>${msg('Đăng nhập')}</button>
  </div>`;
}
