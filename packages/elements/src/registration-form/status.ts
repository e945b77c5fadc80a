/**
 * The dossier status view of `<vss-registration-form dossier-number=…>`: the status fetched live, refreshed
 * on request, every `poll-interval` seconds while the page is visible, and when the page becomes visible
 * again. Fetched on demand, as the form is what most pages show.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import type { DossierStatus, Office, VssApi } from '@vssid/core';
import { formatDateTime } from '@vssid/core/format';
import { formatIssue } from '@vssid/core/i18n';
import { officeLabel } from '@vssid/core/text';
import { validateDossierNumber } from '@vssid/core/validators';
import { renderError, renderHotline, renderLoading } from '../shared/states.js';
import { currentLocale } from '../i18n/localization.js';
import { fieldLabel } from './fields.js';
import { detailStyles } from './details.styles.js';

export const partStyles = [
  detailStyles,
  css`
  .status-view h2 {
    margin: 0;
    font-size: 1.3em;
  }
  .status-card {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border-soft);
    border-left: 6px solid var(--_warning);
    border-radius: var(--_radius);
  }
  .status-card.approved {
    border-left-color: var(--_success);
  }
  .status-card.rejected {
    border-left-color: var(--_danger);
  }
  .status-card p {
    margin: 0;
  }
`,
];

type Found = { status: DossierStatus; office: Office | null };

/** What the status view reads of its form, at every use. */
export interface StatusSource {
  /** The dossier to show; the form shows this view only while there is one. */
  readonly dossierNumber?: string;
  /** Seconds between refreshes (0 = only on request). */
  readonly pollInterval: number;
  readonly api: VssApi;
}

export class StatusView implements ReactiveController {
  readonly #task: Task<readonly [VssApi, string | undefined], Found | null>;
  #checkedAt = '';
  #timer?: ReturnType<typeof setInterval>;
  /** The dossier and interval the timer polls for. */
  #polling = '';

  /** @param source What the view shows and asks through, read at every use. */
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #source: () => StatusSource;

  constructor(host: ReactiveControllerHost & HTMLElement, source: () => StatusSource) {
    this.#host = host;
    this.#source = source;
    this.#task = new Task(host, {
      task: async ([api, dossierNumber], { signal }) => {
        const checked = validateDossierNumber(dossierNumber ?? '');
        if (!checked.ok) return null;
        const status = await api.dossierStatus(checked.value, { signal, fresh: true });
        let office: Office | null = null;
        try {
          office =
            (await api.offices(status.officeCode.slice(0, 2), { signal })).find((o) => o.code === status.officeCode) ??
            null;
        } catch {
          office = null; // the name is a nicety; the status itself is what matters
        }
        this.#checkedAt = new Date().toISOString();
        return { status, office };
      },
      args: () => {
        const { api, dossierNumber } = source();
        return [api, dossierNumber] as const;
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#poll();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stop();
  }

  hostUpdate(): void {
    this.#poll();
  }

  #refresh(): void {
    if (this.#source().dossierNumber && this.#task.status !== TaskStatus.PENDING) void this.#task.run();
  }

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.#refresh();
  };

  /** (Re)starts the timer when the dossier or the interval changed; stops it when there is nothing to poll. */
  #poll(): void {
    const { dossierNumber, pollInterval } = this.#source();
    const key = this.#host.isConnected && dossierNumber && pollInterval > 0 ? `${dossierNumber} ${pollInterval}` : '';
    if (key === this.#polling) return;
    this.#stop();
    this.#polling = key;
    if (key) {
      this.#timer = setInterval(() => {
        if (document.visibilityState === 'visible') this.#refresh();
      }, pollInterval * 1000);
    }
  }

  #stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#polling = '';
  }

  render(): TemplateResult {
    const { dossierNumber, pollInterval } = this.#source();
    const checked = validateDossierNumber(dossierNumber ?? '');
    const t = this.#task;
    const last = t.value;
    let body: unknown;
    if (!checked.ok) {
      body = html`<div class="state error" role="alert"><p>${formatIssue(checked.issue, currentLocale())}</p></div>`;
    } else if (t.status === TaskStatus.ERROR) {
      body = renderError(t.error, () => void t.run(), this.#host);
    } else if (last) {
      body = this.#renderData(last.status, last.office);
    } else {
      body = renderLoading(msg('Đang tải trạng thái hồ sơ…'));
    }
    const busy = t.status === TaskStatus.PENDING;
    return html`<div class="wrap status-view" part="status" aria-busy=${busy ? 'true' : 'false'}>
      <h2 id="status-title">${msg('Trạng thái hồ sơ đăng ký')}</h2>
      ${body}
      ${
        checked.ok
          ? html`<div class="actions-inline">
            <button type="button" class="button secondary" part="button" id="refresh" aria-disabled=${busy ? 'true' : 'false'} @click=${() => {
              if (!busy) void t.run();
            }}>
              ${busy && last ? msg('Đang cập nhật…') : msg('Cập nhật')}
            </button>
            ${
              pollInterval > 0
                ? html`<span class="meta">${msg(str`Tự động cập nhật mỗi ${pollInterval} giây.`)}</span>`
                : nothing
            }
          </div>`
          : nothing
      }
    </div>`;
  }

  #renderData(s: DossierStatus, office: Office | null): TemplateResult {
    const locale = currentLocale();
    // the status's name and what the citizen does next, decided together
    const [label, explain] =
      s.status === 'approved'
        ? [
            msg('Đã duyệt'),
            msg('Tài khoản đã được cấp. Tài khoản và mật khẩu được gửi qua tin nhắn đến số điện thoại đã đăng ký.'),
          ]
        : s.status === 'rejected'
          ? [
              msg('Bị từ chối'),
              msg('Hồ sơ không được chấp nhận. Vui lòng liên hệ cơ quan BHXH hoặc tổng đài để biết thêm.'),
            ]
          : [
              msg('Đã tiếp nhận, đang chờ xử lý'),
              msg('Vui lòng mang giấy tờ tùy thân đến cơ quan BHXH đã chọn để hoàn tất thủ tục.'),
            ];
    const row = (term: string, value: unknown) => html`<div class="row"><dt>${term}</dt><dd>${value}</dd></div>`;
    return html`<div class="status-card ${s.status}">
      <dl>
        <div class="row"><dt>${msg('Mã hồ sơ')}</dt><dd part="dossier-number">${s.dossierNumber}</dd></div>
        ${row(msg('Trạng thái'), html`<span class="badge ${s.status}" id="status-value">${label}</span>`)}
        ${row(msg('Ngày nộp'), formatDateTime(s.submittedAt, locale))}
        ${s.decidedAt ? row(msg('Ngày xử lý'), formatDateTime(s.decidedAt, locale)) : nothing}
        ${s.reason ? row(msg('Lý do'), s.reason) : nothing}
        ${row(fieldLabel('officeCode'), office ? officeLabel(office) : s.officeCode)}
      </dl>
      <p role="status">${explain}</p>
      ${this.#checkedAt ? html`<p class="meta">${msg(str`Cập nhật lúc ${formatDateTime(this.#checkedAt, locale)}`)}</p>` : nothing}
      ${renderHotline()}
    </div>`;
  }
}
