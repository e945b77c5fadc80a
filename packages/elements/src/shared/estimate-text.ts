import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { EstimateAssumption, LegalDocumentId, LegalRef } from '@vssid/core/estimates';
import { formatMonth, formatNumber, formatVnd, normalizeDigits } from '@vssid/core/format';
import { currentLocale } from '../i18n/localization.js';
import { renderHotline } from './states.js';

/**
 * Wording shared by the four estimate elements (pension, withdrawal, household BHYT, voluntary BHXH): the
 * legal texts cited, the assumptions an estimate rests on, the "ước tính" notice and the money input. The
 * rules themselves live in `@vssid/core/estimates`; only the citizen's words live here, in both languages.
 * Types only from core/estimates, so an element may load the rules on demand.
 */

/** A document's name as a citizen reads it. */
function documentName(id: LegalDocumentId): string {
  switch (id) {
    case 'social_insurance_law_2024':
      return msg('Luật Bảo hiểm xã hội số 41/2024/QH15');
    case 'labour_code_2019':
      return msg('Bộ luật Lao động số 45/2019/QH14');
    case 'decree_135_2020':
      return msg('Nghị định 135/2020/NĐ-CP (lộ trình tuổi nghỉ hưu)');
    case 'circular_01_2025':
      return msg('Thông tư 01/2025/TT-BLĐTBXH (hệ số điều chỉnh tiền lương năm 2025)');
    case 'letter_340_2026':
      return msg('Công văn 340/BHXH-CSXH (hệ số điều chỉnh tiền lương năm 2026)');
    case 'decree_73_2024':
      return msg('Nghị định 73/2024/NĐ-CP (lương cơ sở từ 01/7/2024)');
    case 'decree_161_2026':
      return msg('Nghị định 161/2026/NĐ-CP (lương cơ sở từ 01/7/2026)');
    case 'health_insurance_law':
      return msg('Luật Bảo hiểm y tế (sửa đổi bởi Luật 51/2024/QH15)');
    case 'decree_07_2021':
      return msg('Nghị định 07/2021/NĐ-CP (chuẩn nghèo)');
    case 'decree_159_2025':
      return msg('Nghị định 159/2025/NĐ-CP (hỗ trợ đóng BHXH tự nguyện)');
  }
}

/** "Khoản 1 Điều 66, Luật Bảo hiểm xã hội số 41/2024/QH15" / "Art. 66(1), Law on Social Insurance No. 41/2024/QH15". */
export function legalRefText(r: LegalRef): string {
  const doc = documentName(r.document);
  const a = r.article;
  if (a === undefined) return doc;
  if (r.clause === undefined) return msg(str`Điều ${a}, ${doc}`);
  if (r.point === undefined) return msg(str`Khoản ${r.clause} Điều ${a}, ${doc}`);
  return msg(str`Điểm ${r.point} khoản ${r.clause} Điều ${a}, ${doc}`);
}

const num = (v: unknown) => formatNumber(Number(v), currentLocale());
const vnd = (v: unknown) => formatVnd(Number(v), currentLocale());

/** An assumption of an estimate in plain words. */
export function assumptionText(a: EstimateAssumption): string {
  const p = a.params ?? {};
  switch (a.code) {
    case 'normal_conditions_only':
      return msg(
        'Chỉ tính nghỉ hưu trong điều kiện bình thường: chưa tính nghỉ hưu sớm do suy giảm khả năng lao động hay do làm nghề nặng nhọc, độc hại, nguy hiểm.',
      );
    case 'employer_set_salaries':
      return msg(
        'Tiền lương do người sử dụng lao động quyết định: lấy bình quân tiền lương của toàn bộ thời gian đóng.',
      );
    case 'state_pay_scale_approximated':
      return Number(p.years)
        ? msg(
            str`Tiền lương do Nhà nước quy định: lấy bình quân ${num(p.years)} năm cuối, với cùng hệ số điều chỉnh như tiền lương do doanh nghiệp quyết định (cách tính gần đúng).`,
          )
        : msg('Tiền lương do Nhà nước quy định: lấy bình quân toàn bộ thời gian đóng (cách tính gần đúng).');
    case 'coefficients_table_substituted':
      return msg(
        str`Chưa có bảng hệ số điều chỉnh tiền lương năm ${p.requestedYear}; tạm dùng bảng năm ${p.tableYear}.`,
      );
    case 'coefficient_missing':
      return msg(str`Tiền lương từ năm ${p.fromYear} chưa có hệ số điều chỉnh được công bố; tạm tính hệ số 1,00.`);
    case 'amounts_in_settlement_year_money':
      return msg(
        str`Số tiền tính theo giá trị đồng tiền năm ${p.settlementYear}; khi bạn nghỉ hưu, tiền lương sẽ được điều chỉnh theo bảng hệ số của năm đó.`,
      );
    case 'future_contributions':
      return msg(str`Giả định bạn đóng tiếp ${num(p.months)} tháng với mức ${vnd(p.salary)} mỗi tháng.`);
    case 'under_one_year_paid_in':
      return p.coefficient === 'applied'
        ? msg(
            'Dưới 1 năm đóng: tính bằng số tiền đã đóng vào quỹ hưu trí (22% mức đóng mỗi tháng), có nhân hệ số điều chỉnh. Cách tính này chưa được hướng dẫn thống nhất.',
          )
        : msg(
            'Dưới 1 năm đóng: tính bằng số tiền đã đóng vào quỹ hưu trí (22% mức đóng mỗi tháng), chưa nhân hệ số điều chỉnh. Cách tính này chưa được hướng dẫn thống nhất.',
          );
    case 'voluntary_support_not_deducted':
      return msg(
        'Có thời gian đóng BHXH tự nguyện: chưa trừ số tiền Nhà nước đã hỗ trợ vì chưa biết số này, nên số tiền thực nhận có thể thấp hơn.',
      );
    case 'poverty_line_unconfirmed':
      return msg(
        str`Chuẩn nghèo khu vực nông thôn ${vnd(p.amount)} mới được xác nhận đến hết ${formatMonth(String(p.confirmedUntil).slice(0, 7))}; chuẩn nghèo mới chưa được công bố nên tạm dùng mức này.`,
      );
    case 'poverty_line_given':
      return msg(str`Dùng chuẩn nghèo ${vnd(p.amount)} do trang này cung cấp.`);
  }
}

/**
 * What an estimate rests on: the provisional points ("tạm tính", shown first and marked) and the limits of
 * the tool, each in plain words. Nothing when there are none.
 */
export function renderAssumptions(list: readonly EstimateAssumption[]): TemplateResult | typeof nothing {
  if (!list.length) return nothing;
  const open = list.filter((a) => a.provisional);
  const fixed = list.filter((a) => !a.provisional);
  return html`<section class="assumptions" part="assumptions" aria-labelledby="assumptions-heading">
    <h3 id="assumptions-heading">${msg('Ước tính này dựa trên')}</h3>
    ${
      open.length
        ? html`<div class="provisional-list">
          <p><strong>${msg('Điểm chưa chắc chắn (tạm tính):')}</strong></p>
          <ul>
            ${open.map((a) => html`<li data-assumption=${a.code}>${assumptionText(a)}</li>`)}
          </ul>
        </div>`
        : nothing
    }
    ${
      fixed.length
        ? html`<ul>
          ${fixed.map((a) => html`<li data-assumption=${a.code}>${assumptionText(a)}</li>`)}
        </ul>`
        : nothing
    }
  </section>`;
}

/** The legal texts an estimate applied. */
export function renderArticles(list: readonly LegalRef[]): TemplateResult {
  return html`<section class="articles" part="articles" aria-labelledby="articles-heading">
    <h3 id="articles-heading">${msg('Căn cứ pháp lý đã áp dụng')}</h3>
    <ul>
      ${list.map((r) => html`<li>${legalRefText(r)}</li>`)}
    </ul>
  </section>`;
}

/** "Ước tính, không phải quyết định…" with the hotline: every estimate ends with it. */
export function renderDisclaimer(provisional: boolean): TemplateResult {
  return html`<div class="disclaimer" part="disclaimer">
    <p>
      ${
        provisional
          ? msg(
              'Đây là số tạm tính, không phải quyết định của cơ quan BHXH: một phần dựa trên số liệu chưa được công bố hoặc quy định chưa rõ (xem ở trên). Số tiền chính thức do cơ quan BHXH quyết định khi giải quyết hồ sơ.',
            )
          : msg(
              'Đây là số ước tính theo quy định hiện hành, không phải quyết định của cơ quan BHXH. Số tiền chính thức do cơ quan BHXH quyết định khi giải quyết hồ sơ.',
            )
      }
    </p>
    ${renderHotline()}
  </div>`;
}

/**
 * The record or profile the server sent cannot be estimated from (a date of birth or a period the rules
 * refuse): said plainly, with a retry that asks the server again and the hotline.
 */
export function renderRecordUnusable(retry: () => void): TemplateResult {
  return html`<div class="state error" part="state state-error" role="alert">
    <p>
      ${msg('Không ước tính được từ thông tin hiện có (ngày sinh, giới tính hoặc quá trình đóng chưa hợp lệ). Vui lòng liên hệ cơ quan BHXH để kiểm tra lại.')}
    </p>
    <button class="button secondary" part="retry-button" type="button" @click=${retry}>${msg('Thử lại')}</button>
    ${renderHotline()}
  </div>`;
}

/** The "Ước tính" / "Tạm tính" badge next to an amount. */
export function renderBadge(provisional: boolean): TemplateResult {
  return html`<span class="badge ${provisional ? 'provisional' : ''}" part="badge"
    >${provisional ? msg('Tạm tính') : msg('Ước tính')}</span
  >`;
}

/**
 * An amount of đồng as typed: "5.000.000", "5,000,000", "5 000 000 ₫" and fullwidth digits all read as
 * 5000000; undefined for anything else (kept as typed, so the citizen can correct it).
 */
export function parseAmount(text: string): number | undefined {
  const digits = normalizeDigits(text).replace(/[\s.,₫đ]|vnd|dong|đồng/gi, '');
  return /^\d{1,12}$/.test(digits) ? Number(digits) : undefined;
}

/** A whole number as typed ("12", "１２"); undefined for anything else. */
export function parseWhole(text: string): number | undefined {
  const t = normalizeDigits(text).trim();
  return /^\d{1,6}$/.test(t) ? Number(t) : undefined;
}

/** An amount shown in a money input: digits grouped the Vietnamese way whatever the UI language ("5.000.000"). */
export function amountInputValue(n: number): string {
  return formatNumber(n, 'vi', 0);
}

/** The look shared by the estimate elements: figures, the badge, the notes, the small print, form fields. */
/** One number input of an estimate's form, with what is said around it. */
export interface NumberField {
  /** The input's id and name; its hint and error are `<id>-hint` and `<id>-error`. */
  id: string;
  label: string;
  hint: unknown;
  /** The field's error, shown above the input and read with it; the input is then marked invalid. */
  error: string | undefined;
  /** The text as the citizen typed it (kept as typed, even when wrong). */
  value: string;
  onInput: (e: Event) => void;
  /** The input's `part`, where the element exposes it. */
  part?: string;
  /** Amounts of money: no spell checking of long digit groups. */
  amount?: boolean;
}

/** A labelled number input with its hint and error, as the estimate forms lay them out. */
export function renderNumberField(f: NumberField): TemplateResult {
  return html`<div class="field ${f.error ? 'invalid' : ''}">
    <label for=${f.id}>${f.label}</label>
    <p class="hint" id="${f.id}-hint">${f.hint}</p>
    ${f.error ? html`<p class="error-text" id="${f.id}-error">${f.error}</p>` : nothing}
    <input
      id=${f.id}
      part=${f.part ?? nothing}
      name=${f.id}
      inputmode="numeric"
      autocomplete="off"
      spellcheck=${f.amount ? 'false' : nothing}
      .value=${f.value}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${f.error ? `${f.id}-hint ${f.id}-error` : `${f.id}-hint`}
      @input=${f.onInput}
    />
  </div>`;
}

export const estimateStyles = css`
  .stack {
    display: grid;
    gap: calc(var(--_space) * 2.5);
  }
  h3 {
    margin: 0 0 var(--_space);
    font-size: 1.125rem;
  }
  p {
    margin: 0;
  }
  .badge {
    display: inline-block;
    padding: 0 calc(var(--_space) * 0.75);
    border: 1px solid var(--_primary);
    border-radius: 999px;
    color: var(--_primary);
    font-size: 0.8125rem;
    font-weight: 700;
    line-height: 1.6;
    vertical-align: middle;
    white-space: nowrap;
  }
  .badge.provisional {
    border-color: var(--_warning);
    color: var(--_warning);
    background: var(--_warning-soft);
  }
  .figure {
    font-size: 1.5rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  /* on a phone an amount with "/tháng" must fit on one line inside a card */
  @container (max-width: 24rem) {
    .figure {
      font-size: 1.25rem;
    }
  }
  dl.check {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
  }
  dl.check div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_space);
    padding-bottom: calc(var(--_space) * 0.5);
    border-bottom: 1px solid var(--_border-soft);
  }
  dl.check dt {
    color: var(--_text-muted);
  }
  dl.check dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    text-align: end;
    overflow-wrap: anywhere;
  }
  /* the two outcomes a record estimate compares, side by side where there is room, each a card topped by its
     own colour */
  .outcomes {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  @container (min-width: 40rem) {
    .outcomes {
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    }
  }
  .outcome {
    display: grid;
    gap: var(--_space);
    align-content: start;
    min-width: 0;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border-soft);
    border-top: 4px solid;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* a framed group of choices the estimate depends on, its legend on a line of its own */
  fieldset.choices {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border-soft);
    border-radius: var(--_radius);
  }
  fieldset.choices legend {
    float: left;
    width: 100%;
  }
  /* a sentence where a figure would stand ("not eligible yet") */
  .figure[data-figure='none'] {
    font-size: 1.25rem;
  }
  .formula {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius-small);
    background: var(--_surface-alt);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .assumptions ul,
  .articles ul,
  .notes {
    margin: 0;
    padding-left: calc(var(--_space) * 2.5);
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .provisional-list {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin-bottom: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_warning);
    background: var(--_warning-soft);
  }
  .articles {
    color: var(--_text-muted);
    font-size: 0.9375rem;
  }
  .articles h3 {
    color: var(--_text);
  }
  .disclaimer {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  legend {
    padding: 0;
    margin-bottom: calc(var(--_space) * 0.5);
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
  }
  .field.invalid {
    border-left: 4px solid var(--_danger);
    padding-left: calc(var(--_space) * 1.5);
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--_text-muted);
    font-size: 0.9375rem;
  }
  .error-text {
    color: var(--_danger);
    font-weight: 600;
  }
  input:not([type='checkbox']):not([type='radio']),
  select {
    min-height: var(--_control-height);
    width: 100%;
    max-width: 20rem;
    padding: 0 var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .result:empty {
    display: none;
  }
`;
