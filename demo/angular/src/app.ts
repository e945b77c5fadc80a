import { CUSTOM_ELEMENTS_SCHEMA, Component, computed, signal } from '@angular/core';
import { FormControl, FormsModule, ReactiveFormsModule } from '@angular/forms';

type Lang = 'vi' | 'en';
const text = {
  vi: {
    title: 'VssID Elements trong Angular 22',
    other: 'English',
    signedIn: 'Đã đăng nhập:',
    signedOut: 'Chưa đăng nhập.',
    card: 'Thẻ BHYT đã tải:',
    bound: 'Ràng buộc giá trị',
    code: 'Mã OTP trong trạng thái của trang:',
    office: 'Cơ quan BHXH trong trạng thái của trang:',
    fill: 'Điền mã 246810',
    none: '(trống)',
  },
  en: {
    title: 'VssID Elements in Angular 22',
    other: 'Tiếng Việt',
    signedIn: 'Signed in:',
    signedOut: 'Not signed in.',
    card: 'Health insurance card loaded:',
    bound: 'Bound values',
    code: 'OTP in the page state:',
    office: 'Social-security office in the page state:',
    fill: 'Fill in 246810',
    none: '(empty)',
  },
} as const;

/**
 * Properties in (`lang`, `compact`, `showQr`), typed events out (`vss-login`, `vss-logout`, `vss-card-load`),
 * and form controls bound both ways with no glue code: `<vss-otp-input>` with `ngModel` and
 * `<vss-office-picker>` with a reactive `FormControl`, each through `ngDefaultControl` (Angular's accessor for
 * anything with a `value` property and native `input` events).
 */
@Component({
  selector: 'vss-demo-app',
  imports: [FormsModule, ReactiveFormsModule],
  // the vss-* tags are custom elements: Angular sets their properties and listens to their events
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <vss-provider [lang]="lang()" theme="auto">
      <div class="wrap">
        <div class="bar">
          <h1>{{ t().title }}</h1>
          <button type="button" [lang]="lang() === 'vi' ? 'en' : 'vi'" (click)="switchLang()">{{ t().other }}</button>
        </div>
        <p role="status" id="status">
          {{ code() ? t().signedIn + ' ' + code() : t().signedOut }}{{ card() ? ' ' + t().card + ' ' + card() : '' }}
        </p>
        <div class="columns">
          <vss-login [compact]="true" (vss-login)="onLogin($event)" (vss-logout)="onLogout()"></vss-login>
          @if (code()) {
            <vss-bhyt-card [showQr]="true" (vss-card-load)="onCard($event)"></vss-bhyt-card>
          }
        </div>
        <section class="bound" aria-labelledby="bound-title">
          <h2 id="bound-title">{{ t().bound }}</h2>
          <vss-otp-input name="otp" ngDefaultControl [(ngModel)]="otp"></vss-otp-input>
          <p id="bound-value">{{ t().code }} {{ otp || t().none }}</p>
          <button type="button" id="bound-fill" (click)="otp = '246810'">{{ t().fill }}</button>
          <vss-office-picker name="office" ngDefaultControl [formControl]="office"></vss-office-picker>
          <p id="bound-office">{{ t().office }} {{ officeCode() || t().none }}</p>
        </section>
      </div>
    </vss-provider>
  `,
})
export class App {
  readonly lang = signal<Lang>('vi');
  readonly code = signal<string | null>(null);
  readonly card = signal<string | null>(null);
  readonly t = computed(() => text[this.lang()]);
  /** Two-way bound to the OTP field with `[(ngModel)]`. */
  otp = '';
  /** A reactive form control bound to the office picker. */
  readonly office = new FormControl('', { nonNullable: true });
  readonly officeCode = signal('');

  constructor() {
    this.office.valueChanges.subscribe((v) => this.officeCode.set(v));
  }

  switchLang(): void {
    this.lang.update((l) => (l === 'vi' ? 'en' : 'vi'));
    document.documentElement.lang = this.lang();
  }
  onLogin(e: Event): void {
    this.code.set((e as HTMLElementEventMap['vss-login']).detail.socialInsuranceCode);
  }
  onLogout(): void {
    this.code.set(null);
    this.card.set(null);
  }
  onCard(e: Event): void {
    this.card.set((e as HTMLElementEventMap['vss-card-load']).detail.cardCode);
  }
}
