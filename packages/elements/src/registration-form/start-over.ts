/**
 * "Làm lại từ đầu" asks first: the confirmation, fetched ahead right after the form's first paint.
 */
import { css, html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { detailStyles } from './details.styles.js';

export const partStyles = [
  detailStyles,
  css`
    .state.confirm {
      background: var(--_warning-soft);
      border-left: 4px solid var(--_warning);
    }
    .button.danger {
      background: var(--_danger);
      border-color: var(--_danger);
      color: var(--_surface);
    }
    #reset-confirm:focus {
      outline: 3px solid var(--_focus);
    }
  `,
];

/** The confirmation: "Xóa và làm lại" calls `onConfirm`, "Hủy" `onCancel`. */
export function renderConfirm({
  onConfirm,
  onCancel,
}: {
  onConfirm: () => void;
  onCancel: () => void;
}): TemplateResult {
  return html`<div class="state confirm" role="alertdialog" aria-labelledby="reset-q" id="reset-confirm" tabindex="-1">
    <p id="reset-q">${msg('Xóa mọi thông tin đã nhập và làm lại từ đầu?')}</p>
    <div class="actions-inline">
      <button type="button" class="button danger" part="button" id="reset-yes" @click=${onConfirm}>
        ${msg('Xóa và làm lại')}
      </button>
      <button type="button" class="button secondary" part="button" @click=${onCancel}>${msg('Hủy')}</button>
    </div>
  </div>`;
}
