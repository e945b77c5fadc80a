import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Sex } from '@vssid/core';
import { formatNumber } from '@vssid/core/format';
import { currentLocale } from '../i18n/localization.js';

/** A point the chart marks: where the citizen is now, or would be at retirement age. */
export interface RatePoint {
  kind: 'now' | 'kept';
  /** Years counted (½-year steps). */
  years: number;
  /** The rate there, or null under 15 years. */
  rate: number | null;
}

/**
 * The rate scale of Art. 66.1 at a number of years, in percent (null under 15 years). The chart draws the
 * law's scale, not the citizen's figures, so it computes it here from the same rule the estimate used.
 */
export function scaleRate(sex: Sex, years: number): number | null {
  if (years < 15) return null;
  const r = sex === 'female' ? 45 + 2 * (years - 15) : years >= 20 ? 45 + 2 * (years - 20) : 40 + (years - 15);
  return Math.min(r, 75);
}

/** The rate's formula with the citizen's years: "45% + 2% × (25,5 − 15)" and the uncapped result. */
export function rateFormula(sex: Sex, years: number): { text: string; uncapped: number } {
  const n = (v: number) => formatNumber(v, currentLocale());
  if (sex === 'female') return { text: `45% + 2% × (${n(years)} − 15)`, uncapped: 45 + 2 * (years - 15) };
  if (years >= 20) return { text: `45% + 2% × (${n(years)} − 20)`, uncapped: 45 + 2 * (years - 20) };
  return { text: `40% + 1% × (${n(years)} − 15)`, uncapped: 40 + (years - 15) };
}

// The drawing's own coordinates; CSS scales it to the width available (no inline style: strict CSP).
const W = 320;
const H = 190;
const LEFT = 40;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 30;
const MAX_RATE = 80;

export function pointLabel(p: RatePoint): string {
  const n = (v: number) => formatNumber(v, currentLocale());
  const who = p.kind === 'now' ? msg('Nếu dừng đóng bây giờ') : msg('Nếu đóng tiếp đến tuổi nghỉ hưu');
  return p.rate === null
    ? msg(str`${who}: ${n(p.years)} năm, chưa đủ 15 năm nên chưa có lương hưu`)
    : msg(str`${who}: ${n(p.years)} năm, tỷ lệ ${n(p.rate)}%`);
}

function marker(p: RatePoint, x: number, y: number): SVGTemplateResult {
  // two shapes as well as two colours, so the marks differ without colour
  return p.kind === 'now'
    ? svg`<circle class="mark now" cx=${x} cy=${y} r="6"></circle>`
    : svg`<rect class="mark kept" x=${x - 6} y=${y - 6} width="12" height="12"></rect>`;
}

/**
 * The rate against years of contribution for the citizen's sex, with their own points marked: an SVG
 * described for assistive technology (title and description), a legend in words, and the same scale as a
 * table in a disclosure.
 */
export function renderRateChart(sex: Sex, points: readonly RatePoint[]): TemplateResult {
  const locale = currentLocale();
  const n = (v: number) => formatNumber(v, locale);
  const maxYears = Math.min(50, Math.max(40, Math.ceil(Math.max(...points.map((p) => p.years), 0) / 5) * 5));
  const x = (years: number) => LEFT + (Math.min(years, maxYears) / maxYears) * (W - LEFT - RIGHT);
  const y = (rate: number) => H - BOTTOM - (rate / MAX_RATE) * (H - TOP - BOTTOM);
  const full = sex === 'female' ? 30 : 35;
  const corners: [number, number][] =
    sex === 'female'
      ? [
          [15, 45],
          [30, 75],
          [maxYears, 75],
        ]
      : [
          [15, 40],
          [19.5, 44.5],
          [20, 45],
          [35, 75],
          [maxYears, 75],
        ];
  const line = corners.map(([a, b]) => `${x(a)},${y(b)}`).join(' ');
  const xTicks = [0, 15, ...(sex === 'male' ? [20] : []), full, maxYears];
  const yTicks = sex === 'male' ? [0, 40, 75] : [0, 45, 75];
  const scaleText =
    sex === 'female'
      ? msg(
          'Với lao động nữ: dưới 15 năm đóng chưa có lương hưu; đủ 15 năm được 45%, mỗi năm thêm được cộng 2%, tối đa 75% từ 30 năm.',
        )
      : msg(
          'Với lao động nam: dưới 15 năm đóng chưa có lương hưu; đủ 15 năm được 40%, mỗi năm thêm được cộng 1% đến dưới 20 năm; đủ 20 năm được 45%, mỗi năm thêm được cộng 2%, tối đa 75% từ 35 năm.',
        );
  const rows: number[] = [];
  for (let yr = 15; yr <= full; yr++) rows.push(yr);
  return html`<section class="chart" part="chart" aria-labelledby="chart-heading">
    <h3 id="chart-heading">${msg('Tỷ lệ hưởng theo số năm đóng')}</h3>
    <svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="chart-title chart-desc">
      <title id="chart-title">${msg('Biểu đồ tỷ lệ hưởng lương hưu theo số năm đóng BHXH')}</title>
      <desc id="chart-desc">${scaleText} ${points.map((p) => pointLabel(p)).join('. ')}</desc>
      <line class="axis" x1=${LEFT} y1=${y(0)} x2=${W - RIGHT} y2=${y(0)}></line>
      <line class="axis" x1=${LEFT} y1=${TOP} x2=${LEFT} y2=${y(0)}></line>
      ${yTicks.map(
        (t) => svg`<line class="grid" x1=${LEFT} y1=${y(t)} x2=${W - RIGHT} y2=${y(t)}></line>
          <text class="tick" x=${LEFT - 5} y=${y(t) + 4} text-anchor="end">${`${t}%`}</text>`,
      )}
      ${xTicks.map((t) => svg`<text class="tick" x=${x(t)} y=${H - BOTTOM + 15} text-anchor="middle">${t}</text>`)}
      <text class="tick" x=${W - RIGHT} y=${H - 2} text-anchor="end">${msg('số năm đóng')}</text>
      <polyline class="rate-line" points=${line}></polyline>
      ${points.map((p) => marker(p, x(p.years), y(p.rate ?? 0)))}
    </svg>
    <ul class="legend">
      ${points.map(
        (p) =>
          html`<li>
            <svg class="key" viewBox="0 0 16 16" aria-hidden="true">
              ${p.kind === 'now' ? svg`<circle class="mark now" cx="8" cy="8" r="6"></circle>` : svg`<rect class="mark kept" x="2" y="2" width="12" height="12"></rect>`}
            </svg>
            ${pointLabel(p)}
          </li>`,
      )}
    </ul>
    <details part="chart-table">
      <summary>${msg('Xem bảng tỷ lệ theo số năm đóng')}</summary>
      <table>
        <caption class="visually-hidden">${msg('Tỷ lệ hưởng lương hưu theo số năm đóng BHXH')}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Số năm đóng')}</th>
            <th scope="col">${msg('Tỷ lệ hưởng')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>${msg('Dưới 15 năm')}</td>
            <td>${msg('Chưa có lương hưu')}</td>
          </tr>
          ${rows.map(
            (yr) => html`<tr>
              <td>${yr === full ? msg(str`${yr} năm trở lên`) : msg(str`${yr} năm`)}</td>
              <td>${`${n(scaleRate(sex, yr)!)}%`}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="hint">${msg('Số tháng lẻ: từ 1 đến 6 tháng tính là nửa năm, từ 7 đến 11 tháng tính là một năm.')}</p>
    </details>
  </section>`;
}
