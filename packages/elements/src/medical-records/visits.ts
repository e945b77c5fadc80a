/**
 * The visits as `<vss-medical-records>` lists them (in `<lit-virtualizer>`, a part of the element's own) and the
 * detail dialog: fetched on demand alongside the first page, which waits for it, so that the element's first
 * paint, its filters and loading state, carries neither.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MedicalVisit } from '@vssid/core';
import { formatDate, formatNumber, formatVnd } from '@vssid/core/format';
import { currentLocale } from '../i18n/localization.js';

/** One visit of the list: a button that opens its detail (`open`). */
export function renderRow(v: MedicalVisit, open: (v: MedicalVisit) => void): TemplateResult {
  const locale = currentLocale();
  const patient = v.coPayment + v.selfPaid;
  return html`<div class="item" role="listitem">
    <button class="row" part="row" type="button" data-id=${v.id} aria-haspopup="dialog" @click=${() => open(v)}>
      <span class="when">${dateRange(v, locale)}</span>
      <span class="where">
        ${facility(v)}
        <span class="tag ${v.kind}">${kindLabel(v)}</span>
      </span>
      <span class="diagnosis">${diagnosis(v)}</span>
      <span class="money">
        <span>${msg('Tổng chi')} <b>${formatVnd(v.total, locale)}</b></span>
        <span>${msg('BHYT trả')} <b>${formatVnd(v.insurancePaid, locale)}</b></span>
        <span>${msg('Người bệnh trả')} <b>${formatVnd(patient, locale)}</b></span>
      </span>
    </button>
  </div>`;
}

/**
 * The detail dialog, with `v`'s facts and every cost column (empty while no visit is open). `onClose`: the
 * dialog closed; `close`: the "Đóng" button.
 */
export function renderDialog(v: MedicalVisit | null, onClose: () => void, close: () => void): TemplateResult {
  const locale = currentLocale();
  const money = (n: number) => formatVnd(n, locale);
  const referral = { right_level: msg('Đúng tuyến'), emergency: msg('Cấp cứu'), wrong_level: msg('Trái tuyến') };
  const results = [msg('Khỏi'), msg('Đỡ'), msg('Không thay đổi'), msg('Nặng hơn'), msg('Tử vong')];
  return html`<dialog part="detail" aria-labelledby="detail-title" @close=${onClose}>
    ${
      v
        ? html`<h3 id="detail-title">${msg(str`Lượt khám ngày ${formatDate(v.admittedAt.slice(0, 10), locale)}`)}</h3>
          <dl class="facts">
            <dt>${msg('Cơ sở KCB')}</dt><dd>${facility(v)}</dd>
            <dt>${msg('Vào – ra')}</dt><dd>${dateRange(v, locale)}</dd>
            <dt>${msg('Loại KCB')}</dt><dd>${kindLabel(v)}</dd>
            <dt>${msg('Tuyến')}</dt><dd>${referral[v.referral]}</dd>
            <dt>${msg('Chẩn đoán')}</dt><dd>${diagnosis(v)}</dd>
            <dt>${msg('Bệnh kèm theo')}</dt><dd>${v.secondaryCodes.length ? v.secondaryCodes.join(', ') : msg('Không có')}</dd>
            <dt>${msg('Kết quả điều trị')}</dt><dd>${results[v.result - 1] ?? String(v.result)}</dd>
            <dt>${msg('Số ngày điều trị')}</dt><dd>${formatNumber(v.treatmentDays, locale)}</dd>
          </dl>
          <h4>${msg('Chi phí')}</h4>
          <dl class="costs">
            <dt>${msg('Xét nghiệm')}</dt><dd>${money(v.costs.lab)}</dd>
            <dt>${msg('Chẩn đoán hình ảnh')}</dt><dd>${money(v.costs.imaging)}</dd>
            <dt>${msg('Thuốc')}</dt><dd>${money(v.costs.drugs)}</dd>
            <dt>${msg('Máu')}</dt><dd>${money(v.costs.blood)}</dd>
            <dt>${msg('Thủ thuật, phẫu thuật')}</dt><dd>${money(v.costs.procedures)}</dd>
            <dt>${msg('Vật tư y tế')}</dt><dd>${money(v.costs.supplies)}</dd>
            <dt>${msg('Khám bệnh, ngày giường')}</dt><dd>${money(v.costs.consultation)}</dd>
            <dt>${msg('Vận chuyển')}</dt><dd>${money(v.costs.transport)}</dd>
            <dt class="total">${msg('Tổng chi')}</dt><dd class="total">${money(v.total)}</dd>
            <dt>${msg('Quỹ BHYT trả')}</dt><dd>${money(v.insurancePaid)}</dd>
            <dt>${msg('Cùng chi trả')}</dt><dd>${money(v.coPayment)}</dd>
            <dt>${msg('Người bệnh tự trả')}</dt><dd>${money(v.selfPaid)}</dd>
            <dt>${msg('Nguồn khác')}</dt><dd>${money(v.otherSources)}</dd>
          </dl>
          <div class="actions">
            <button class="button" type="button" @click=${close}>${msg('Đóng')}</button>
          </div>`
        : nothing
    }
  </dialog>`;
}

/** "05/03/2024 – 07/03/2024", or one date when the visit began and ended the same day. */
function dateRange(v: MedicalVisit, locale: 'vi' | 'en'): string {
  const a = formatDate(v.admittedAt.slice(0, 10), locale);
  const b = formatDate(v.dischargedAt.slice(0, 10), locale);
  return a === b ? a : `${a} – ${b}`;
}

// Written once for the row and the detail dialog.
const facility = (v: MedicalVisit) => `${v.facilityName} (${v.facilityCode})`;
const diagnosis = (v: MedicalVisit) => `${v.diagnosisCode} – ${v.diagnosisName}`;
const kindLabel = (v: MedicalVisit) => (v.kind === 'inpatient' ? msg('Nội trú') : msg('Ngoại trú'));
