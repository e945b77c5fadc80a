import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { isApiError, proofClaimNames, proofTtlMinutes, type Proof, type ProofClaimName } from '@vssid/core';
import { proofClaimLabel } from '@vssid/core/i18n';
import { formatDateTime } from '@vssid/core/format';
import { VssElement } from '../base/vss-element.js';
import { SessionTask } from '../base/session-task.js';
import { OnDemand, adoptPartStyles, completeAfterParts, renderPart } from '../base/on-demand.js';
import { ErrorSummary, errorSummaryStyles, type FieldError } from '../shared/error-summary.js';
import { renderError, renderLoading, stateStyles } from '../shared/states.js';
import { failureText } from '../shared/failure-text.js';
import { currentLocale } from '../i18n/localization.js';
import { base, tokens } from '../styles/tokens.js';
import { announceStep, clockText, Ticker } from './countdown.js';
import { shareParts } from './parts.js';
import type { ShownHost } from './shown.js';
import { shareStyles } from './share-proof.styles.js';

/** `vss-proof-created`: a proof was signed and is on screen. The token itself stays in the element. */
export interface ProofCreatedDetail {
  id: string;
  /** The claims it shows, in the contract's order. */
  claims: ProofClaimName[];
  /** ISO instant. */
  expiresAt: string;
}

/** `vss-proof-revoked`: the citizen revoked a proof; verifiers checking online now see it revoked. */
export interface ProofRevokedDetail {
  id: string;
}

/** The lifetimes offered, in minutes (the contract allows 5 to 1440). */
export const TTL_CHOICES = [5, 15, 30, 60, 120, 240, 480, 1440] as const;

type Field = 'claims' | 'ttl';

/** The claim names in a `claims` attribute (space- or comma-separated); unknown words are left out. */
export function parseClaimList(value: string | null | undefined): ProofClaimName[] {
  const words = new Set((value ?? '').split(/[\s,]+/));
  return proofClaimNames.filter((n) => words.has(n));
}

const isTtl = (n: number) => Number.isInteger(n) && n >= proofTtlMinutes.min && n <= proofTtlMinutes.max;

function ttlText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return msg(str`${m} phút`);
  if (!m) return msg(str`${h} giờ`);
  return msg(str`${h} giờ ${m} phút`);
}

const claimNamesOf = (p: Proof): ProofClaimName[] => proofClaimNames.filter((n) => p.claims[n] !== undefined);

/**
 * "Chia sẻ thông tin": the citizen shows a clinic, an employer, a landlord or a bank only what they choose
 * (card validity, benefit level, group, years of contributions, continuous BHYT years, name, year of
 * birth), as a QR code signed by Vietnam Social Security that expires on its own (5 minutes to 24 hours)
 * and that they can revoke. The QR holds the token itself (a compact JWS), so any QR reader reads it and
 * `<vss-verify-proof>` (or `verifyProof` of `@vssid/core/proofs`) checks it, offline. The social-insurance
 * code, ID number, phone and address are never in it. Below, the citizen's live proofs, each revocable.
 *
 * The time left is shown as a clock; screen readers hear it at 60, 30, 15, 10, 5, 2 and 1 minutes left and
 * when the code expires, not every second.
 *
 * @element vss-share-proof
 * @fires vss-proof-created - A proof was signed and is shown. `detail: { id: string, claims: ProofClaimName[], expiresAt: string }` (never the token)
 * @fires vss-proof-revoked - The citizen revoked a proof. `detail: { id: string }`
 * @fires vss-login-request - The citizen asked to sign in from the session-expired state. `detail: {}`
 * @csspart form - The choice of claims and lifetime.
 * @csspart create-button - "Tạo mã QR".
 * @csspart proof - The proof on screen: QR, time left, what the other side sees, actions.
 * @csspart qr - The QR code figure (always black on white).
 * @csspart countdown - The time left.
 * @csspart claims - The list of what the other side will see.
 * @csspart list - The citizen's live proofs.
 * @csspart copy-button - "Sao chép liên kết" / "Sao chép mã" (where the Clipboard API is).
 * @csspart share-button - "Chia sẻ…" (only where the Web Share API is).
 * @csspart hide-button - "Ẩn mã".
 * @csspart revoke-button - Each "Thu hồi" button.
 * @csspart confirm - The revoke confirmation.
 * @csspart error-summary - The list of what to fix before a proof can be made.
 * @cssprop --vss-color-primary - Buttons, headings and the time left.
 * @cssprop --vss-color-danger - Revoking and errors.
 * @cssprop --vss-color-surface-alt - Panels.
 * @cssprop --vss-radius - Panel corners.
 */
@customElement('vss-share-proof')
export class VssShareProof extends VssElement {
  static override styles = [tokens, base, stateStyles, errorSummaryStyles, shareStyles];

  /** Level of the title heading, to fit the page's outline; the element's own sections are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Claims ticked at first, space- or comma-separated (e.g. `card_valid card_benefit_level`). */
  @property() claims = '';

  /** The lifetime chosen at first, in minutes (5 to 1440; another value leaves the default, 15). */
  @property({ type: Number }) ttl = 15;

  /**
   * Where the other side checks a proof (a page with `<vss-verify-proof>`). With it, "copy" and "share" give
   * `verify-url#proof=<token>` (a fragment never reaches a server); without it, the token itself.
   */
  @property({ attribute: 'verify-url' }) verifyUrl = '';

  @state() private _chosen = new Set<ProofClaimName>();
  @state() private _ttl = 15;
  /** The proof whose QR is on screen. */
  @state() private _shown?: Proof;
  @state() private _creating = false;
  @state() private _createError?: unknown;
  /** Made or revoked here since the list was loaded (the list itself is loaded once per session). */
  @state() private _made: Proof[] = [];
  @state() private _gone = new Set<string>();
  @state() private _confirming?: string;
  @state() private _revoking?: string;
  @state() private _revokeError?: { id: string; error: unknown };
  /** The polite live region's text: what just happened, or the time left at its steps. */
  @state() private _said = '';
  @state() private _copied = false;
  private _step = Infinity;
  private _edited = false;

  /** The proof's view (QR, time left, claims in words, copy and share). */
  private readonly _shownPart = new OnDemand(this, shareParts, 'shown', adoptPartStyles);
  private readonly _ticker = new Ticker(this, () => !!this._shown || this._live().length > 0);
  private readonly _summary = new ErrorSummary<Field>(
    this,
    (f) => this.renderRoot.querySelector<HTMLElement>(f === 'claims' ? 'input[type=checkbox]' : '#f-ttl'),
    (f) => (f === 'claims' ? `c-${proofClaimNames[0]}` : 'f-ttl'),
  );
  /** Whether the citizen tried to send: from then on the errors show (and leave as they are fixed). */
  private _tried = false;
  private _serverFields: Partial<Record<Field, string>> = {};

  private readonly _data = new SessionTask(this, this.sessionWatch, (api, options) => api.proofs(options));
  private readonly _task = this._data.task;

  protected override getUpdateComplete(): Promise<boolean> {
    return completeAfterParts(this, () => super.getUpdateComplete());
  }

  protected override sessionChanged(): void {
    // Another citizen (or none) never sees the previous one's code, list or messages.
    this._shown = undefined;
    this._made = [];
    this._gone = new Set();
    this._confirming = this._revoking = this._revokeError = this._createError = undefined;
    this._said = '';
    this._tried = false;
    this._serverFields = {};
    this._summary.hide();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this._edited && (changed.has('claims') || changed.has('ttl'))) {
      this._chosen = new Set(parseClaimList(this.claims));
      this._ttl = isTtl(this.ttl) ? this.ttl : 15;
    }
    this._announceTimeLeft();
  }

  /** Loads the list again from the server (e.g. after proofs were made elsewhere). */
  reload(): void {
    this._made = [];
    this._gone = new Set();
    this._data.retry();
  }

  /** The live proofs: the loaded list with what was made here, less what was revoked or has expired. */
  private _live(): Proof[] {
    const loaded = (this._task.status === TaskStatus.COMPLETE && this._task.value) || [];
    const now = this._ticker.now;
    const seen = new Set<string>();
    return [...this._made, ...loaded].filter((p) => {
      if (seen.has(p.id) || this._gone.has(p.id) || Date.parse(p.expiresAt) <= now) return false;
      seen.add(p.id);
      return true;
    });
  }

  private _msLeft(p: Proof): number {
    return Date.parse(p.expiresAt) - this._ticker.now;
  }

  // ---- the time left, announced at its steps ----------------------------------------------------------

  private _announceTimeLeft(): void {
    const p = this._shown;
    if (!p) return;
    // the time now: this runs in willUpdate, before the ticker takes the time for this render
    const step = announceStep(Date.parse(p.expiresAt) - Date.now());
    if (step === this._step) return;
    const first = this._step === Infinity && step !== 0;
    this._step = step;
    if (first && this._said) return; // just made: "Đã tạo mã…" already says how long it lasts
    if (step === 0) this._said = msg('Mã QR đã hết hạn. Hãy tạo mã mới nếu cần.');
    else if (step !== Infinity) this._said = msg(str`Mã QR còn hiệu lực khoảng ${step} phút.`);
  }

  private _show(p: Proof | undefined, said = ''): void {
    this._shown = p;
    this._step = Infinity;
    this._said = said;
    this._copied = false;
  }

  // ---- the form ---------------------------------------------------------------------------------------

  private _errors(): FieldError<Field>[] {
    const errors: FieldError<Field>[] = [];
    if (!this._tried) return errors;
    if (!this._chosen.size) errors.push({ field: 'claims', text: msg('Chọn ít nhất một thông tin để cho xem.') });
    else if (this._serverFields.claims) errors.push({ field: 'claims', text: this._serverFields.claims });
    if (this._serverFields.ttl) errors.push({ field: 'ttl', text: this._serverFields.ttl });
    return errors;
  }

  private _toggle(name: ProofClaimName, on: boolean): void {
    this._edited = true;
    const next = new Set(this._chosen);
    if (on) next.add(name);
    else next.delete(name);
    this._chosen = next;
    delete this._serverFields.claims;
  }

  private _onTtl(e: Event): void {
    this._edited = true;
    this._ttl = Number((e.target as HTMLSelectElement).value);
    delete this._serverFields.ttl;
  }

  private readonly _onSubmit = (e: Event): void => {
    e.preventDefault();
    void this._create();
  };

  private async _create(): Promise<void> {
    if (this._creating) return;
    this._tried = true;
    this._serverFields = {};
    this._createError = undefined;
    if (this._errors().length) {
      this._summary.show();
      this.requestUpdate();
      return;
    }
    this._summary.hide();
    this._creating = true;
    // the claims in the contract's order, so a proof's list reads the same however they were ticked
    const claims = proofClaimNames.filter((n) => this._chosen.has(n));
    try {
      const proof = await this.api.createProof({ claims, ttlMinutes: this._ttl });
      this._made = [proof, ...this._made];
      this._show(
        proof,
        msg(str`Đã tạo mã QR. Mã có hiệu lực đến ${formatDateTime(proof.expiresAt, currentLocale())}.`),
      );
      this._tried = false;
      void this._shownPart.load();
      this.emit<ProofCreatedDetail>('vss-proof-created', {
        id: proof.id,
        claims: claimNamesOf(proof),
        expiresAt: proof.expiresAt,
      });
      await this._focus('shown-title');
    } catch (err) {
      const f = isApiError(err) ? err.failure : undefined;
      if (f?.kind === 'validation') {
        // The server named what it refused; its words are Vietnamese only, so say it in the page's language.
        const fields = f.fields ?? {};
        if ('claims' in fields || !('ttlMinutes' in fields))
          this._serverFields.claims = msg('Không tạo được mã với những thông tin đã chọn. Hãy chọn lại.');
        if ('ttlMinutes' in fields) this._serverFields.ttl = msg('Thời hạn của mã phải từ 5 phút đến 24 giờ.');
        this._summary.show();
      } else {
        this._createError = err;
      }
    } finally {
      this._creating = false;
    }
  }

  private _createFailureText(e: unknown): string {
    if (isApiError(e) && e.failure.kind === 'rate_limited') {
      return msg('Bạn đang có 20 mã còn hiệu lực, mức tối đa. Hãy thu hồi bớt một mã bên dưới rồi tạo lại.');
    }
    return failureText(e);
  }

  // ---- revoking ---------------------------------------------------------------------------------------

  private async _askRevoke(id: string): Promise<void> {
    this._confirming = id;
    this._revokeError = undefined;
    await this._focus(`keep-${id}`);
  }

  private async _cancelRevoke(id: string): Promise<void> {
    this._confirming = undefined;
    await this._focus(`revoke-${id}`);
  }

  private async _revoke(id: string): Promise<void> {
    if (this._revoking) return;
    this._revoking = id;
    this._revokeError = undefined;
    try {
      await this.api.revokeProof(id);
      this._gone = new Set(this._gone).add(id);
      this._confirming = undefined;
      if (this._shown?.id === id) this._show(undefined);
      this._said = msg('Đã thu hồi mã. Bên đang giữ mã sẽ thấy mã đã bị thu hồi khi kiểm tra trực tuyến.');
      this.emit<ProofRevokedDetail>('vss-proof-revoked', { id });
      await this._focus('list-title');
    } catch (error) {
      this._revokeError = { id, error };
    } finally {
      this._revoking = undefined;
    }
  }

  /** Moves focus to the element with this id once the view shows it. */
  private async _focus(id: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  // ---- rendering --------------------------------------------------------------------------------------

  protected override render() {
    const level = this.headingLevel;
    return html`<div class="share" part="share">
      <div class="title" role="heading" aria-level=${level}>${msg('Chia sẻ thông tin bằng mã QR')}</div>
      <p class="lead">
        ${msg('Chọn đúng những gì bạn muốn cho xem. Mã do BHXH Việt Nam ký, tự hết hạn và bạn thu hồi được bất cứ lúc nào.')}
      </p>
      ${this._task.render({
        initial: () => renderLoading(msg('Đang tải các mã chia sẻ…')),
        // never the list loaded before: a new session's load must not show the previous citizen's proofs
        pending: () => renderLoading(msg('Đang tải các mã chia sẻ…')),
        error: (e) => renderError(e, this._data.retry, this),
        complete: () => {
          void this._shownPart.prefetch();
          return this._renderLoaded();
        },
      })}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._said}</p>
    </div>`;
  }

  private _renderLoaded(): TemplateResult {
    const live = this._live();
    const shown = this._shown;
    return html`${this._renderForm()} ${shown ? this._renderShown(shown) : nothing} ${this._renderList(live)}`;
  }

  private _renderForm(): TemplateResult {
    const errors = this._errors();
    const claimsError = errors.find((e) => e.field === 'claims');
    const ttlError = errors.find((e) => e.field === 'ttl');
    const locale = currentLocale();
    const ttls = [...new Set<number>([...TTL_CHOICES, this._ttl])].sort((a, b) => a - b);
    return html`<form class="form" part="form" novalidate @submit=${this._onSubmit}>
      ${this._summary.render(errors)}
      <fieldset
        class=${claimsError ? 'claims invalid' : 'claims'}
        aria-describedby=${claimsError ? 'claims-hint claims-error' : 'claims-hint'}
      >
        <legend>${msg('Thông tin cho xem')}</legend>
        <p class="hint" id="claims-hint">
          ${msg('Mã số BHXH, số CCCD, số điện thoại và địa chỉ không bao giờ có trong mã.')}
        </p>
        ${
          claimsError
            ? html`<p class="field-error" id="claims-error"><span class="visually-hidden">${msg('Lỗi:')}</span> ${claimsError.text}</p>`
            : nothing
        }
        <div class="choices">
          ${proofClaimNames.map(
            (n) => html`<label class="choice" for="c-${n}">
              <input
                type="checkbox"
                id="c-${n}"
                name="claims"
                value=${n}
                .checked=${this._chosen.has(n)}
                @change=${(e: Event) => this._toggle(n, (e.target as HTMLInputElement).checked)}
              />
              <span>${proofClaimLabel(n, locale)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="f-ttl">${msg('Thời hạn của mã')}</label>
        ${
          ttlError
            ? html`<p class="field-error" id="ttl-error"><span class="visually-hidden">${msg('Lỗi:')}</span> ${ttlError.text}</p>`
            : nothing
        }
        <select id="f-ttl" aria-describedby=${ttlError ? 'ttl-error' : nothing} aria-invalid=${ttlError ? 'true' : 'false'} @change=${this._onTtl}>
          ${ttls.map((m) => html`<option value=${m} ?selected=${m === this._ttl}>${ttlText(m)}</option>`)}
        </select>
      </div>
      <div class="actions">
        <button class="button" part="create-button" type="submit" ?disabled=${this._creating} aria-describedby="create-note">
          ${this._creating ? msg('Đang tạo mã…') : msg('Tạo mã QR')}
        </button>
        <p class="hint" id="create-note">${msg('Mã mới không làm mất hiệu lực các mã bạn đã tạo.')}</p>
      </div>
      ${
        this._createError !== undefined
          ? html`<div class="state error" part="state state-error" role="alert">
            <p>${msg('Chưa tạo được mã.')} ${this._createFailureText(this._createError)}</p>
            <button class="button secondary" part="retry-button" type="button" @click=${() => void this._create()}>
              ${msg('Thử lại')}
            </button>
          </div>`
          : nothing
      }
    </form>`;
  }

  private _renderShown(p: Proof): TemplateResult {
    const part = this._shownPart.use();
    return html`<section class="shown" part="proof" aria-labelledby="shown-title">
      <div class="subtitle" id="shown-title" role="heading" aria-level=${this.headingLevel + 1} tabindex="-1">${msg('Mã QR để cho xem')}</div>
      ${part ? part.renderShown(p, this._shownHost) : renderPart(this._shownPart, this, msg('Đang vẽ mã QR…'))}
    </section>`;
  }

  /** The proof view's window on this element (see shown.ts). */
  private readonly _shownHost: ShownHost = ((el: VssShareProof) => ({
    get level() {
      return el.headingLevel + 1;
    },
    get verifyUrl() {
      return el.verifyUrl;
    },
    get now() {
      return el._ticker.now;
    },
    get copied() {
      return el._copied;
    },
    say(text: string, copied = false) {
      el._said = text;
      el._copied = copied;
    },
    hide: () => el._show(undefined),
  }))(this);

  private _renderList(live: Proof[]): TemplateResult {
    const locale = currentLocale();
    const sub = this.headingLevel + 1;
    return html`<section class="list" part="list" aria-labelledby="list-title">
      <div class="subtitle" id="list-title" role="heading" aria-level=${sub} tabindex="-1">
        ${msg(str`Mã còn hiệu lực (${live.length})`)}
      </div>
      ${
        live.length
          ? html`<ul class="proofs">
            ${live.map((p) => this._renderItem(p, locale))}
          </ul>`
          : html`<div class="state empty" part="state state-empty" role="status">
            <p>${msg('Bạn chưa có mã nào còn hiệu lực.')}</p>
          </div>`
      }
    </section>`;
  }

  private _renderItem(p: Proof, locale: ReturnType<typeof currentLocale>): TemplateResult {
    const names = claimNamesOf(p).map((n) => proofClaimLabel(n, locale));
    const minutes = Math.max(1, Math.ceil(this._msLeft(p) / 60_000));
    const confirming = this._confirming === p.id;
    const error = this._revokeError?.id === p.id ? this._revokeError.error : undefined;
    const isShown = this._shown?.id === p.id;
    return html`<li class="proof">
      <p class="names" id="n-${p.id}">${names.join(', ')}</p>
      <p class="meta">
        ${msg(str`Tạo lúc ${formatDateTime(p.createdAt, locale)}`)} ·
        ${msg(str`hết hạn lúc ${formatDateTime(p.expiresAt, locale)}`)}
        (${minutes >= 60 ? msg(str`còn ${clockText(this._msLeft(p))}`) : msg(str`còn ${minutes} phút`)})
      </p>
      ${
        confirming
          ? html`<div class="confirm" part="confirm" role="alertdialog" aria-labelledby="q-${p.id}" aria-describedby="d-${p.id}"
            @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && void this._cancelRevoke(p.id)}>
            <p class="question" id="q-${p.id}">${msg('Thu hồi mã này?')}</p>
            <p id="d-${p.id}">${msg('Mã sẽ không dùng được nữa: ai kiểm tra trực tuyến sẽ thấy mã đã bị thu hồi. Không hoàn tác được.')}</p>
            <div class="actions">
              <button class="button danger" type="button" id="yes-${p.id}" ?disabled=${this._revoking === p.id} @click=${() => void this._revoke(p.id)}>
                ${this._revoking === p.id ? msg('Đang thu hồi…') : msg('Thu hồi mã')}
              </button>
              <button class="button secondary" type="button" id="keep-${p.id}" @click=${() => void this._cancelRevoke(p.id)}>
                ${msg('Không thu hồi')}
              </button>
            </div>
            ${
              error !== undefined
                ? html`<p class="field-error" role="alert">${msg('Chưa thu hồi được.')} ${failureText(error)}</p>`
                : nothing
            }
          </div>`
          : html`<div class="actions">
            ${
              isShown
                ? nothing
                : html`<button class="button secondary" type="button" @click=${() => this._openShown(p)}
                  aria-describedby="n-${p.id}">${msg('Hiện mã')}</button>`
            }
            <button class="button secondary danger-text" type="button" part="revoke-button" id="revoke-${p.id}"
              aria-describedby="n-${p.id}" @click=${() => void this._askRevoke(p.id)}>${msg('Thu hồi')}</button>
          </div>`
      }
    </li>`;
  }

  private _openShown(p: Proof): void {
    this._show(p);
    void this._shownPart.load();
    void this._focus('shown-title');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vss-share-proof': VssShareProof;
  }
  interface HTMLElementEventMap {
    'vss-proof-created': CustomEvent<ProofCreatedDetail>;
    'vss-proof-revoked': CustomEvent<ProofRevokedDetail>;
  }
}
