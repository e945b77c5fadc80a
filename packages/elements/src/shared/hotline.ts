import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** VSS's national hotline, shown wherever a citizen may be stuck. */
export const HOTLINE_DISPLAY = '1900 9068';
export const HOTLINE_TEL = 'tel:19009068';

/** "Cần hỗ trợ? Gọi tổng đài 1900 9068", the number a link that dials it. */
export function renderHotline(): TemplateResult {
  return html`<p class="hotline">
    ${msg('Cần hỗ trợ? Gọi tổng đài')} <a href=${HOTLINE_TEL} part="hotline">${HOTLINE_DISPLAY}</a>
  </p>`;
}
