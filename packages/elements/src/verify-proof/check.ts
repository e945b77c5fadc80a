/**
 * The verifier's checking part, fetched once the keys are there (before anything is read, so a device that
 * then goes offline still has it): the signature check of `@vssid/core/proofs` and the verdict's view.
 * The first paint (the readers and the paste field) does not carry it.
 */
import { css, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeProofClaims } from '@vssid/core/i18n';
import { formatDateTime } from '@vssid/core/format';
import type { ProofVerification } from '@vssid/core/proofs';
import { currentLocale } from '../i18n/localization.js';
import { claimsListStyles, renderClaims } from '../shared/claims-list.js';
import { verdictOf, type NotGenuineReason, type OnlineCheck, type ProofSource, type Verdict } from './verdict.js';

export { verifyProof } from '@vssid/core/proofs';

/** A proof being or having been checked: only in memory, and gone when the page closes or hides. */
export interface Checked {
  source: ProofSource;
  verification: ProofVerification;
  online: OnlineCheck;
  /** The keys used were the device's kept copy (the server could not be reached). */
  keptKeys: boolean;
}

/** What the verdict's view needs of its element. */
export interface ResultHost {
  readonly headingLevel: number;
  /** "Kiểm tra mã khác": forget this one and read another. */
  again(): void;
}

const icons: Record<Verdict, SVGTemplateResult> = {
  valid: svg`<path d="M4 12.5l5 5L20 6.5" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>`,
  expired: svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2.5"/><path d="M12 7v5.5l3.5 2" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`,
  revoked: svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2.5"/><path d="M5.6 18.4L18.4 5.6" stroke="currentColor" stroke-width="2.5"/>`,
  'not-genuine': svg`<path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round"/>`,
};

function verdictWord(v: Verdict): string {
  switch (v) {
    case 'valid':
      return msg('Hợp lệ');
    case 'expired':
      return msg('Đã hết hạn');
    case 'revoked':
      return msg('Đã bị thu hồi');
    case 'not-genuine':
      return msg('Không phải mã thật');
  }
}

function reasonText(verdict: Verdict, reason: NotGenuineReason | undefined, v: ProofVerification): string {
  if (verdict === 'valid' && v.ok)
    return msg(str`Mã do BHXH Việt Nam ký, còn hiệu lực đến ${formatDateTime(v.expiresAt, currentLocale())}.`);
  if (verdict === 'expired')
    return msg('Mã là thật nhưng đã quá thời hạn người dân chọn. Hãy đề nghị người dân tạo mã mới.');
  if (verdict === 'revoked') return msg('Người dân đã thu hồi mã này. Thông tin trong mã không còn được xác nhận.');
  switch (reason) {
    case 'malformed':
      return msg('Đây không phải mã chia sẻ thông tin của VssID, hoặc mã bị đọc thiếu.');
    case 'unsupported_alg':
      return msg('Mã dùng một kiểu chữ ký không được chấp nhận.');
    case 'unknown_key':
      return msg('Mã không được ký bằng khóa nào của BHXH Việt Nam mà thiết bị này biết.');
    case 'bad_claims':
      return msg('Nội dung mã không đúng quy định.');
    case 'not_yet_valid':
      return msg('Thời điểm cấp mã muộn hơn giờ của thiết bị này. Hãy kiểm tra đồng hồ của thiết bị rồi quét lại.');
    case 'unknown_to_issuer':
      return msg('Máy chủ BHXH không có mã này.');
    default:
      return msg('Chữ ký không khớp: mã đã bị sửa hoặc không do BHXH Việt Nam cấp.');
  }
}

function onlineText(c: Checked): string {
  switch (c.online) {
    case 'checking':
      return msg('Đang hỏi máy chủ xem mã có bị thu hồi không…');
    case 'active':
      return msg('Đã kiểm tra trực tuyến: mã chưa bị thu hồi.');
    case 'revoked':
      return msg('Đã kiểm tra trực tuyến: mã đã bị thu hồi.');
    case 'expired':
      return msg('Đã kiểm tra trực tuyến: máy chủ ghi nhận mã đã hết hạn.');
    case 'unknown':
      return msg('Đã kiểm tra trực tuyến: máy chủ không có mã này.');
    case 'unreachable':
      return msg('Chỉ kiểm tra ngoại tuyến: không kết nối được máy chủ nên chưa biết mã có bị thu hồi không.');
    case 'not-checked':
      return c.keptKeys ? msg('Kiểm tra ngoại tuyến bằng khóa đã lưu.') : msg('Kiểm tra ngay trên thiết bị này.');
  }
}

/**
 * The verdict in large plain words with an icon whose shape differs per verdict (never colour alone), why,
 * what the online check found, and, for a valid proof only, what it shows. `#verdict` takes focus.
 */
export function renderResult(c: Checked, host: ResultHost): TemplateResult {
  const { verdict, reason } = verdictOf(c.verification, c.online);
  const v = c.verification;
  const lines = v.ok && verdict === 'valid' ? describeProofClaims(v.claims, currentLocale()) : [];
  return html`<section class="result ${verdict}" part="result" aria-labelledby="verdict">
    <div class="verdict" part="verdict">
      <svg class="verdict-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${icons[verdict]}</svg>
      <div id="verdict" class="verdict-word" role="heading" aria-level=${host.headingLevel + 1} tabindex="-1">${verdictWord(verdict)}</div>
    </div>
    <p class="reason">${reasonText(verdict, reason, v)}</p>
    <p class="online ${c.online === 'unreachable' ? 'offline-only' : ''}" role="status">${onlineText(c)}</p>
    ${
      lines.length
        ? html`<div class="subtitle" role="heading" aria-level=${host.headingLevel + 2}>${msg('Thông tin trong mã')}</div>
          ${renderClaims(lines)}`
        : nothing
    }
    <div class="actions">
      <button class="button secondary" type="button" @click=${() => host.again()}>${msg('Kiểm tra mã khác')}</button>
    </div>
  </section>`;
}

/** The verdict's look, adopted by the element when this part arrives. */
export const partStyles = [
  claimsListStyles,
  css`
  .result {
    display: grid;
    gap: calc(var(--_space) * 2);
    min-width: 0;
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
  .subtitle {
    font-weight: 700;
  }
  .claim {
    padding: var(--_space);
    border-radius: var(--_radius-small);
    background: var(--_surface);
  }
  dd {
    font-size: 1.125rem;
  }
  @container (max-width: 28rem) {
    .verdict-word {
      font-size: 1.5rem;
    }
  }
`,
];
