/**
 * The proof on screen, a part of `<vss-share-proof>` fetched once the citizen's proofs are there: the QR
 * (lean-qr), the time left, what the other side will see in plain words, and copy / share. The form and
 * the list, which the first paint shows, do not carry it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Proof } from '@vssid/core';
import { describeProofClaims } from '@vssid/core/i18n';
import { formatDateTime } from '@vssid/core/format';
import { currentLocale } from '../i18n/localization.js';
import { qrSvg } from '../shared/qr-svg.js';
import { disclosureStyles } from '../styles/disclosure.js';
import { claimsListStyles, renderClaims } from '../shared/claims-list.js';
import { clockText } from './countdown.js';

/** What the proof's view needs of its element. */
export interface ShownHost {
  /** The proof's heading level (the element's own sections are one below its title). */
  readonly level: number;
  /** The verifier's page, if the portal gave one (`verify-url`). */
  readonly verifyUrl: string;
  /** The time the view renders by, epoch ms. */
  readonly now: number;
  /** "Đã sao chép" shows on the copy button. */
  readonly copied: boolean;
  /** Says `text` in the element's polite live region; `copied` marks the copy button. */
  say(text: string, copied?: boolean): void;
  /** "Ẩn mã". */
  hide(): void;
}

/** What copy and share hand over: `verify-url#proof=<token>` when the page gave a verifier, else the token. */
export function linkOf(p: Proof, verifyUrl: string): string {
  return verifyUrl ? `${verifyUrl.split('#')[0]}#proof=${p.token}` : p.token;
}

function shareData(p: Proof, verifyUrl: string): ShareData {
  const title = msg(str`Mã chia sẻ thông tin VssID, hiệu lực đến ${formatDateTime(p.expiresAt, currentLocale())}.`);
  return verifyUrl ? { title, url: linkOf(p, verifyUrl) } : { title, text: p.token };
}

async function copy(p: Proof, host: ShownHost): Promise<void> {
  try {
    await navigator.clipboard.writeText(linkOf(p, host.verifyUrl));
    host.say(host.verifyUrl ? msg('Đã sao chép liên kết.') : msg('Đã sao chép mã.'), true);
  } catch {
    host.say(msg('Không sao chép được. Hãy mở "Xem mã dạng chữ" và sao chép bằng tay.'));
  }
}

async function share(p: Proof, host: ShownHost): Promise<void> {
  try {
    await navigator.share(shareData(p, host.verifyUrl));
  } catch (e) {
    // the citizen closing the share sheet is no failure
    if ((e as DOMException)?.name !== 'AbortError') host.say(msg('Không chia sẻ được. Hãy dùng nút sao chép.'));
  }
}

/**
 * The inside of the proof's section (the element draws the section and its `#shown-title` heading, so
 * focus can land there before this part arrives): the QR with the time left, or the notice that it
 * expired; what the other side sees; the actions.
 */
export function renderShown(p: Proof, host: ShownHost): TemplateResult {
  const locale = currentLocale();
  const left = Date.parse(p.expiresAt) - host.now;
  const over = left <= 0;
  const lines = describeProofClaims(p.claims, locale);
  return html`${
    over
      ? html`<div class="state expired" part="state state-proof-expired"><p>${msg('Mã QR đã hết hạn. Hãy tạo mã mới nếu cần.')}</p></div>`
      : html`<div class="qr-wrap">
          <figure class="qr" part="qr">${qrSvg(p.token, msg('Mã QR chia sẻ thông tin, có chữ ký của BHXH Việt Nam'), 'L')}</figure>
          <div class="time">
            <p class="countdown-label" id="left-label">${msg('Thời gian còn lại')}</p>
            <p class="countdown" part="countdown" role="timer" aria-labelledby="left-label">${clockText(left)}</p>
            <p>${msg(str`Hiệu lực đến ${formatDateTime(p.expiresAt, locale)}`)}</p>
          </div>
        </div>`
  }
    <div class="subtitle small" role="heading" aria-level=${host.level + 1}>${msg('Bên xem mã sẽ thấy')}</div>
    ${renderClaims(lines)}
    <p class="hint">${msg('Và thời điểm mã hết hạn. Không có thông tin nào khác.')}</p>
    ${over ? nothing : renderActions(p, host)}`;
}

function renderActions(p: Proof, host: ShownHost): TemplateResult {
  const canCopy = typeof navigator.clipboard?.writeText === 'function';
  const canShare =
    typeof navigator.share === 'function' && (navigator.canShare?.(shareData(p, host.verifyUrl)) ?? true);
  return html`<div class="actions">
      ${
        canCopy
          ? html`<button class="button secondary" type="button" part="copy-button" @click=${() => void copy(p, host)}>
            ${host.copied ? msg('Đã sao chép') : host.verifyUrl ? msg('Sao chép liên kết') : msg('Sao chép mã')}
          </button>`
          : nothing
      }
      ${
        canShare
          ? html`<button class="button secondary" type="button" part="share-button" @click=${() => void share(p, host)}>
            ${msg('Chia sẻ…')}
          </button>`
          : nothing
      }
      <button class="button secondary" type="button" part="hide-button" @click=${() => host.hide()}>${msg('Ẩn mã')}</button>
    </div>
    <details class="as-text">
      <summary>${msg('Xem mã dạng chữ')}</summary>
      <label class="visually-hidden" for="token-text">${msg('Mã dạng chữ')}</label>
      <textarea id="token-text" readonly rows="4" spellcheck="false" .value=${linkOf(p, host.verifyUrl)}></textarea>
    </details>`;
}

/** The proof's look, adopted by the element when this part arrives (with the disclosure's chevron). */
export const partStyles = [
  disclosureStyles,
  claimsListStyles,
  css`
  .qr-wrap {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: center;
  }
  .qr {
    margin: 0;
    /* as large as fits: the modules of a 600-character token are small */
    width: min(100%, 22rem);
    line-height: 0;
  }
  .qr svg {
    width: 100%;
    height: auto;
    border-radius: var(--_radius-small);
  }
  .time {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .countdown {
    font-size: 2.25rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
    color: var(--_primary);
  }
  .claim {
    padding-left: var(--_space);
    border-left: 4px solid var(--_primary);
  }
  .as-text summary {
    display: flex;
    align-items: center;
    min-height: var(--_control-height);
    cursor: pointer;
    color: var(--_primary);
    font-weight: 600;
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
  @container (max-width: 28rem) {
    .countdown {
      font-size: 1.75rem;
    }
  }
  @media print {
    .actions,
    .as-text {
      display: none;
    }
  }
`,
];
