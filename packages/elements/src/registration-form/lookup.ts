/**
 * "Tra cứu mã số BHXH": the social-insurance code looked up from name, date of birth and ID number.
 * Fetched when the citizen first opens it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { isApiError } from '@vssid/core';
import { formatIssue } from '@vssid/core/i18n';
import { validateDateOfBirth, validateFullName, validateIdNumber } from '@vssid/core/validators';
import { failureText } from '../shared/failure-text.js';
import { HOTLINE_DISPLAY, HOTLINE_TEL } from '../shared/hotline.js';
import { currentLocale } from '../i18n/localization.js';
import type { VssApi } from '@vssid/core';
import { errorText } from './fields.js';
import type { FormState, LookupState } from './state.js';

type LookupKey = 'fullName' | 'dateOfBirth' | 'idNumber';

/** What the lookup needs of its form. */
export interface LookupHost {
  readonly state: FormState;
  readonly api: VssApi;
  /** Puts a found code into the form's "Mã số BHXH". */
  fillCode(code: string): void;
}

export const partStyles = css`
  .lookup {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border-left: 4px solid var(--_border-soft);
    background: var(--_surface-alt);
    border-radius: var(--_radius-small);
  }
  .lookup > .button {
    justify-self: start;
  }
  .lookup-result:focus {
    outline: none;
  }
  .lookup-result p {
    margin: 0;
  }
  .ok {
    color: var(--_success);
    font-weight: 600;
  }
`;

/** The panel (hidden while closed; what was typed stays). */
export function renderLookup(host: LookupHost): TemplateResult {
  const s = host.state;
  const l = s.lookup;
  const input = (key: LookupKey, label: string, inputmode?: string) => {
    const id = `lookup-${key}`;
    const error = l.errors[key] ?? '';
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${errorText(id, error)}
      <input
        id=${id}
        part="input"
        type="text"
        autocomplete="off"
        inputmode=${inputmode ?? nothing}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        .value=${live(l[key])}
        @input=${(e: Event) => s.set({ lookup: { ...s.lookup, [key]: (e.target as HTMLInputElement).value } })}
        @keydown=${(e: KeyboardEvent) => {
          // Enter here looks the code up rather than submitting the whole step.
          if (e.key === 'Enter') {
            e.preventDefault();
            void runLookup(host);
          }
        }}
      />
    </div>`;
  };
  return html`<div id="lookup" class="lookup" ?hidden=${!l.open}>
    <p class="hint">${msg('Không nhớ mã số BHXH? Nhập họ tên, ngày sinh và số giấy tờ để tra cứu.')}</p>
    <div class="grid">
      ${input('fullName', msg('Họ và tên (tra cứu)'))} ${input('dateOfBirth', msg('Ngày sinh (tra cứu)'), 'numeric')}
      ${input('idNumber', msg('Số CCCD/CMND/Hộ chiếu (tra cứu)'))}
    </div>
    <button type="button" class="button secondary" part="button" aria-disabled=${l.busy ? 'true' : 'false'} @click=${() => void runLookup(host)}>
      ${l.busy ? msg('Đang tra cứu…') : msg('Tra cứu')}
    </button>
    <div id="lookup-result" tabindex="-1" role="status" class="lookup-result">
      ${
        l.result
          ? html`<p class="ok">
            ${msg(str`Đã tìm thấy mã số BHXH ${l.result.code} (${l.result.fullName}). Mã đã được điền vào ô Mã số BHXH.`)}
          </p>`
          : l.notFound
            ? html`<p class="error">
              ${msg('Không tìm thấy mã số BHXH khớp với thông tin đã nhập. Vui lòng kiểm tra lại, hoặc gọi tổng đài')}
              <a href=${HOTLINE_TEL}>${HOTLINE_DISPLAY}</a>.
            </p>`
            : l.error
              ? html`<p class="error">${failureText(l.error)}</p>`
              : nothing
      }
    </div>
  </div>`;
}

async function runLookup(host: LookupHost): Promise<void> {
  const s = host.state;
  const l = s.lookup;
  if (l.busy) return;
  const locale = currentLocale();
  const name = validateFullName(l.fullName);
  const dob = validateDateOfBirth(l.dateOfBirth);
  const id = validateIdNumber(null, l.idNumber);
  const errors: LookupState['errors'] = {};
  if (!name.ok) errors.fullName = formatIssue(name.issue, locale);
  if (!dob.ok) errors.dateOfBirth = formatIssue(dob.issue, locale);
  if (!id.ok) errors.idNumber = formatIssue(id.issue, locale);
  if (!name.ok || !dob.ok || !id.ok) {
    s.set({ lookup: { ...l, errors, result: null, error: null, notFound: false } });
    s.focusNext = `#lookup-${Object.keys(errors)[0]}`;
    return;
  }
  s.set({ lookup: { ...l, busy: true, errors: {}, result: null, error: null, notFound: false } });
  try {
    const r = await host.api.lookupSocialInsuranceCode({
      fullName: name.value,
      dateOfBirth: dob.value,
      idNumber: id.value,
    });
    s.set({ lookup: { ...s.lookup, busy: false, result: { code: r.socialInsuranceCode, fullName: r.fullName } } });
    host.fillCode(r.socialInsuranceCode);
  } catch (e) {
    const notFound = isApiError(e) && e.failure.kind === 'http' && e.failure.status === 404;
    s.set({ lookup: { ...s.lookup, busy: false, error: notFound ? null : e, notFound } });
  }
  s.focusNext = '#lookup-result';
}
