/**
 * What the form shows once the declaration is received: the dossier number, the SMS, the next steps and
 * the printable declaration. Fetched on demand (ahead, from the review step; "Ghi nhận" waits for it).
 */
import { css, html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime, maskPhone } from '@vssid/core/format';
import { dossierReceivedSms, officeLabel } from '@vssid/core/text';
import { renderHotline } from '../shared/states.js';
import { currentLocale } from '../i18n/localization.js';
import { renderDeclaration } from './declaration.js';
import { detailStyles } from './details.styles.js';
import type { FormState, Success } from './state.js';

/** What the receipt needs of its form. */
export interface ReceiptHost {
  readonly state: FormState;
  /** Where the dossier number is selected when the clipboard is not available. */
  readonly root: ParentNode;
  /** "Xem trạng thái hồ sơ". */
  showStatus(dossierNumber: string): void;
  /** "Đăng ký cho người khác". */
  startOver(): void;
}

export const partStyles = [
  detailStyles,
  css`
  .success {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border-top: 6px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_success-soft);
  }
  .success h2 {
    margin: 0;
    color: var(--_success);
  }
  .success h3 {
    margin: var(--_space) 0 0;
    font-size: 1.05em;
  }
  .success p,
  .success ol {
    margin: 0;
  }
  .dossier {
    font-size: clamp(1.4rem, 6cqi, 2.2rem);
    font-weight: 700;
    letter-spacing: 0.02em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
    user-select: all;
  }
  .sms {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_border);
    background: var(--_surface);
    font-family: ui-monospace, monospace;
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }
  .print-only {
    display: none;
  }

  /* The declaration as printed on A4, like the portal's PDF. */
  .declaration {
    font-family: 'Times New Roman', Times, serif;
    font-size: 12pt;
    color: #000;
  }
  .decl-head {
    display: flex;
    justify-content: space-between;
    gap: 1em;
  }
  .decl-nation {
    text-align: center;
    margin: 0 auto;
  }
  .decl-form {
    margin: 0;
    font-style: italic;
  }
  .decl-title {
    text-align: center;
    font-size: 13pt;
    margin: 1em 0 0;
  }
  .decl-subtitle {
    text-align: center;
    margin: 0 0 1em;
    font-style: italic;
  }
  .decl-table {
    width: 100%;
    border-collapse: collapse;
    margin: 0.5em 0 1em;
  }
  .decl-table th,
  .decl-table td {
    border: 1px solid #000;
    padding: 4px 6px;
    text-align: left;
    vertical-align: top;
  }
  .decl-table th {
    width: 38%;
    font-weight: 400;
  }
  .decl-sign {
    margin-left: auto;
    width: 50%;
    text-align: center;
  }
  .decl-name {
    margin-top: 4em;
    font-weight: 700;
  }
  @media print {
    .print-only {
      display: block;
    }
    .wrap {
      background: #fff;
    }
    @page {
      size: A4;
      margin: 18mm 16mm;
    }
  }
`,
];

export function renderSuccess(host: ReceiptHost, s: Success): TemplateResult {
  const n = s.receipt.dossierNumber;
  const office = s.declaration.office;
  return html`<div class="wrap success-wrap">
    <div class="success no-print" part="success">
      <h2 id="success-heading" tabindex="-1">${msg('Đã gửi tờ khai thành công')}</h2>
      <p>${msg('Mã hồ sơ của bạn:')}</p>
      <p class="dossier" part="dossier-number" id="dossier-number">${n}</p>
      <div class="actions-inline">
        <button type="button" class="button secondary" part="button" id="copy" @click=${() => void copy(host, n)}>
          ${msg('Sao chép mã hồ sơ')}
        </button>
        <span role="status" class="copied">${host.state.copied ? msg('Đã sao chép.') : ''}</span>
      </div>
      <p class="meta">${msg(str`Thời gian ghi nhận: ${formatDateTime(s.receipt.submittedAt, currentLocale())}`)}</p>
      <h3>${msg('Tin nhắn xác nhận')}</h3>
      <p>${msg(str`BHXH Việt Nam đã gửi tin nhắn này đến số ${maskPhone(s.phone)}:`)}</p>
      <blockquote class="sms" lang="vi">${dossierReceivedSms(s.socialInsuranceCode, n)}</blockquote>
      <h3>${msg('Việc cần làm tiếp theo')}</h3>
      <ol class="next-steps">
        <li>
          ${
            office
              ? msg(str`Mang giấy tờ tùy thân bản gốc đến ${officeLabel(office)} để đối chiếu và hoàn tất thủ tục.`)
              : msg('Mang giấy tờ tùy thân bản gốc đến cơ quan BHXH đã chọn để đối chiếu và hoàn tất thủ tục.')
          }
        </li>
        <li>
          ${msg(
            'Trong vòng 3 ngày làm việc, bạn sẽ nhận được tin nhắn có tài khoản (là mã số BHXH) và mật khẩu để đăng nhập VssID.',
          )}
        </li>
        <li>${msg('Đăng nhập lần đầu bằng mật khẩu trong tin nhắn, sau đó đổi mật khẩu.')}</li>
      </ol>
      ${renderHotline()}
      <div class="actions-inline">
        <button type="button" class="button" part="button" id="print" @click=${() => window.print()}>${msg('In tờ khai')}</button>
        <button type="button" class="button secondary" part="button" id="show-status" @click=${() => host.showStatus(n)}>
          ${msg('Xem trạng thái hồ sơ')}
        </button>
        <button type="button" class="button link" part="button" id="new-registration" @click=${host.startOver}>
          ${msg('Đăng ký cho người khác')}
        </button>
      </div>
    </div>
    <div class="print-only">${renderDeclaration(s.declaration)}</div>
  </div>`;
}

async function copy(host: ReceiptHost, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    host.state.set({ copied: true });
  } catch {
    // No clipboard permission: select the number so the citizen can copy it by hand.
    const el = host.root.querySelector('#dossier-number');
    if (el) getSelection()?.selectAllChildren(el);
    host.state.set({ copied: false });
  }
}
