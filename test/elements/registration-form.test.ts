import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { emulateMedia, noPrintEmulation, sendKeys, setViewport } from '../support/commands.js';
import { skipIn } from '../support/engine.js';
import { generatePerson, pendingDemoDossier } from '@vssid/mocks';
import '../../packages/elements/src/registration-form/registration-form.js';
import '../../packages/elements/src/provider/provider.js';
import type {
  RegisteredDetail,
  VssRegistrationForm,
} from '../../packages/elements/src/registration-form/registration-form.js';
import type { VssPhotoInput } from '../../packages/elements/src/photo-input/photo-input.js';
import type { VssOfficePicker } from '../../packages/elements/src/office-picker/office-picker.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { formParts } from '../../packages/elements/src/registration-form/parts.js';
import {
  approveDossier,
  clearFaults,
  injectFault,
  latestOtp,
  outbox,
  resetBackend,
  startBackend,
} from '../support/backend.js';
import { ignoreResizeObserverLoop } from '../support/resize-observer.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, typeInto, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { drawImage, fakeHeic } from './photo-input.fixtures.js';

const KEY = 'vss-draft:vssid.registration';

/** A citizen who has no account yet; the CCCD matches the date of birth (2003) and sex (male, digit 2). */
const citizen = {
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '15/03/2003',
  socialInsuranceCode: '7909876543',
  idNumber: '079203000123',
  idIssueDate: '10/05/2021',
  idIssuePlace: 'Cục Cảnh sát QLHC về TTXH',
  address: '12 Lê Lợi, phường Sài Gòn, TP. Hồ Chí Minh',
  email: 'an.nguyen@example.com',
  phone: '0987654321',
};

/** A label's text as assistive technology reads it (the decorative "*" is aria-hidden). */
const labelText = (control: HTMLInputElement) => {
  const label = control.labels?.[0]?.cloneNode(true) as HTMLElement | undefined;
  label?.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return label?.textContent?.trim();
};
const input = (el: Element, id: string) => deep<HTMLInputElement>(el, `#${id}`);
const heading = (el: Element) => deep(el, '#step-heading').textContent!.replace(/\s+/g, ' ').trim();
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const summaryLinks = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('#error-summary a')];
const errorOf = (el: Element, id: string) =>
  maybeDeep(el, `#${id}-error`)
    ?.textContent?.replace(/^\s*Lỗi:\s*/, '')
    .trim() ?? '';

function type(el: Element, id: string, value: string): void {
  typeInto(input(el, id), value, { blur: true });
}

async function fillPersonal(el: VssRegistrationForm, over: Partial<typeof citizen> & { sex?: 'male' | 'female' } = {}) {
  const c = { ...citizen, ...over };
  type(el, 'f-fullName', c.fullName);
  type(el, 'f-dateOfBirth', c.dateOfBirth);
  input(el, `f-sex-${over.sex ?? 'male'}`).click();
  type(el, 'f-socialInsuranceCode', c.socialInsuranceCode);
  type(el, 'f-idNumber', c.idNumber);
  type(el, 'f-idIssueDate', c.idIssueDate);
  type(el, 'f-idIssuePlace', c.idIssuePlace);
  type(el, 'f-address', c.address);
  type(el, 'f-email', c.email);
  await settle(el);
}

async function next(el: VssRegistrationForm): Promise<void> {
  deep<HTMLButtonElement>(el, '#next').click();
  await settle(el);
}

async function photos(el: VssRegistrationForm): Promise<void> {
  const [portrait, front, back] = [...el.shadowRoot!.querySelectorAll<VssPhotoInput>('vss-photo-input')];
  portrait!.file = new File([await drawImage(900, 1200)], 'portrait.jpg');
  front!.file = new File([await drawImage(1200, 800, 'image/png')], 'front.png');
  back!.file = fakeHeic();
  await waitFor(() => portrait!.value && front!.value && back!.value, 10000, 'three uploads');
  await settle(el);
}

async function verifyPhone(el: VssRegistrationForm, phone = citizen.phone): Promise<void> {
  type(el, 'f-phone', phone);
  deep<HTMLButtonElement>(el, '#send-otp').click();
  const box = await waitFor(() => maybeDeep(el, '#f-otp input') as HTMLInputElement | null, 5000, 'OTP box');
  typeInto(box, await latestOtp(phone));
  await waitFor(() => maybeDeep(el, '#phone-verified'), 5000, 'phone verified');
  await settle(el);
}

async function chooseOffice(el: VssRegistrationForm, query = 'hai ba'): Promise<void> {
  const picker = deep<VssOfficePicker>(el, 'vss-office-picker');
  const select = await waitFor(
    () => {
      const s = deep<HTMLSelectElement>(picker, '#province');
      return s.options.length > 30 ? s : null;
    },
    5000,
    'provinces',
  );
  select.value = '01';
  select.dispatchEvent(new Event('change'));
  const combo = await waitFor(
    () => {
      const c = deep<HTMLInputElement>(picker, '#office');
      return c.disabled ? null : c;
    },
    5000,
    'offices',
  );
  typeInto(combo, query);
  await settle(picker);
  deep<HTMLElement>(picker, '[role="option"]').click();
  await settle(el);
}

/** Steps 1–4 done, on the review step. */
async function upToReview(el: VssRegistrationForm, over: Partial<typeof citizen> = {}): Promise<void> {
  await fillPersonal(el, over);
  await next(el);
  await photos(el);
  await next(el);
  await verifyPhone(el, over.phone ?? citizen.phone);
  await next(el);
  await chooseOffice(el);
  await next(el);
  expect(heading(el)).to.contain('Bước 5/5');
}

async function mountForm(attrs = html`<vss-registration-form></vss-registration-form>`): Promise<VssRegistrationForm> {
  return mount<VssRegistrationForm>(attrs);
}

const dossierSms = async (phone = citizen.phone) =>
  (await outbox(phone)).filter((s) => s.text.startsWith('BHXHVN da nhan duoc'));

describe('vss-registration-form', function () {
  this.timeout(40000);

  ignoreResizeObserverLoop();
  before(async () => {
    await startBackend();
  });
  beforeEach(async () => {
    await resetBackend();
  });
  afterEach(async () => {
    cleanup();
    await clearFaults();
    await switchLocale('vi');
    sessionStorage.removeItem(KEY);
  });

  describe('step 1: personal data', () => {
    it("labels every control with the app's words and marks the current step", async () => {
      const el = await mountForm();
      const labels: Record<string, string> = {
        'f-fullName': 'Họ và tên',
        'f-dateOfBirth': 'Ngày sinh',
        'f-socialInsuranceCode': 'Mã số BHXH',
        'f-idNumber': 'Số CCCD/CMND/Hộ chiếu',
        'f-email': 'Email',
        'f-address': 'Địa chỉ liên hệ',
      };
      for (const [id, label] of Object.entries(labels))
        expect(input(el, id).labels?.[0]?.textContent?.trim()).to.equal(label);
      expect(deep(el, 'fieldset.radios legend').textContent!.trim()).to.equal('Giới tính');
      expect(input(el, 'f-fullName').autocomplete).to.equal('name');
      expect(input(el, 'f-email').autocomplete).to.equal('email');
      const current = deep(el, '.steps [aria-current="step"]');
      expect(textOf(current)).to.contain('Kê khai thông tin');
      expect(el.shadowRoot!.querySelectorAll('.steps li').length).to.equal(5);
      expect(heading(el)).to.equal('Bước 1/5 Kê khai thông tin');
      await expectNoAxeViolations(el);
    });

    it('checks a field when the citizen leaves it, with aria-invalid and a described message', async () => {
      const el = await mountForm();
      type(el, 'f-email', 'an.nguyen@example');
      await settle(el);
      const email = input(el, 'f-email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.contain('f-email-error');
      expect(errorOf(el, 'f-email')).to.equal('Địa chỉ email không hợp lệ, ví dụ ten@example.com');
      // Fixing it removes the message as soon as the value is right.
      type(el, 'f-email', 'an@example.com');
      await settle(el);
      expect(errorOf(el, 'f-email')).to.equal('');
      expect(email.getAttribute('aria-invalid')).to.equal('false');
      await expectNoAxeViolations(el);
    });

    it('gives each wrong input its specific message', async () => {
      const el = await mountForm();
      const future = new Date(Date.now() + 5 * 86_400_000);
      const dd = (n: number) => String(n).padStart(2, '0');
      type(el, 'f-dateOfBirth', `${dd(future.getDate())}/${dd(future.getMonth() + 1)}/${future.getFullYear()}`);
      await settle(el);
      expect(errorOf(el, 'f-dateOfBirth')).to.equal('Ngày sinh không được sau ngày hôm nay');

      // CCCD year digits (5–6) against the date of birth.
      type(el, 'f-dateOfBirth', '15/03/2003');
      input(el, 'f-sex-male').click();
      type(el, 'f-idNumber', '079202000123');
      await settle(el);
      expect(errorOf(el, 'f-idNumber')).to.equal('Chữ số thứ 5–6 của số CCCD là 02 nhưng năm sinh là 2003');

      // CCCD century/sex digit (4th) against the chosen sex: 3 = female born 2000–2099.
      type(el, 'f-idNumber', '079303000123');
      await settle(el);
      expect(errorOf(el, 'f-idNumber')).to.equal(
        'Số CCCD có chữ số thứ 4 là 3 (giới tính nữ) nhưng giới tính đã chọn là nam',
      );

      // A 1999 birth needs century digit 0/1: the CCCD says 2000s.
      type(el, 'f-dateOfBirth', '15/03/1999');
      type(el, 'f-idNumber', '079299000123');
      await settle(el);
      expect(errorOf(el, 'f-idNumber')).to.equal(
        'Số CCCD có chữ số thứ 4 là 2 (nam, sinh 2000–2099) nhưng ngày sinh là 1999',
      );

      type(el, 'f-email', 'an nguyen@example.com');
      await settle(el);
      expect(errorOf(el, 'f-email')).to.equal('Địa chỉ email không hợp lệ, ví dụ ten@example.com');
      type(el, 'f-fullName', 'Nguyen Van 4n');
      await settle(el);
      expect(errorOf(el, 'f-fullName')).to.equal(
        'Họ và tên chỉ gồm chữ cái tiếng Việt và khoảng trắng (không dùng "4")',
      );
    });

    it('offers the last 10 characters of a pasted BHYT card code', async () => {
      const el = await mountForm();
      type(el, 'f-socialInsuranceCode', 'DN4797909876543');
      await settle(el);
      expect(errorOf(el, 'f-socialInsuranceCode')).to.equal(
        'Đây là mã thẻ BHYT (15 ký tự). Mã số BHXH là 10 số cuối: 7909876543',
      );
      const use = deep<HTMLButtonElement>(el, '.suggestion');
      expect(use.textContent!.trim()).to.equal('Dùng 7909876543');
      use.click();
      await settle(el);
      expect(input(el, 'f-socialInsuranceCode').value).to.equal('7909876543');
      expect(errorOf(el, 'f-socialInsuranceCode')).to.equal('');
    });

    it('blocks the step with an error summary whose links focus each wrong field', async () => {
      const el = await mountForm();
      type(el, 'f-fullName', 'Trần Thị Bình');
      await next(el);
      const summary = deep(el, '#error-summary');
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(deep(el, '#summary-title').textContent).to.equal('Có lỗi cần sửa');
      expect(active(el)).to.equal(summary);
      expect(heading(el)).to.contain('Bước 1/5');
      const links = summaryLinks(el);
      expect(links.map((a) => a.textContent!.trim())).to.include('Ngày sinh: Vui lòng nhập thông tin này');
      expect(links.map((a) => a.textContent!.trim())).to.include('Email: Vui lòng nhập thông tin này');
      expect(links.some((a) => a.textContent!.startsWith('Họ và tên'))).to.equal(false);
      links.find((a) => a.textContent!.startsWith('Email'))!.click();
      expect(active(el)).to.equal(input(el, 'f-email'));
      links.find((a) => a.textContent!.startsWith('Giới tính'))!.click();
      expect(active(el)).to.equal(input(el, 'f-sex-male'));
      // Every field in the summary is marked too.
      expect(input(el, 'f-dateOfBirth').getAttribute('aria-invalid')).to.equal('true');
      // Nothing typed is lost.
      expect(input(el, 'f-fullName').value).to.equal('Trần Thị Bình');
      await expectNoAxeViolations(el);
    });

    it('can be completed with the keyboard alone', async () => {
      const el = await mountForm();
      input(el, 'f-fullName').focus();
      const tabTo = async (id: string) => {
        for (let i = 0; i < 6 && active(el)?.id !== id; i++) await sendKeys({ press: 'Tab' });
        expect(active(el)?.id).to.equal(id);
      };
      await sendKeys({ type: 'Nguyễn Văn An' });
      await tabTo('f-dateOfBirth');
      await sendKeys({ type: '15/03/2003' });
      await tabTo('f-sex-male');
      await sendKeys({ press: 'Space' });
      await tabTo('f-socialInsuranceCode');
      await sendKeys({ type: citizen.socialInsuranceCode });
      await tabTo('f-idType');
      await tabTo('f-idNumber');
      await sendKeys({ type: citizen.idNumber });
      await tabTo('f-idIssueDate');
      await sendKeys({ type: citizen.idIssueDate });
      await tabTo('f-idIssuePlace');
      await sendKeys({ type: 'Cuc Canh sat' });
      await tabTo('f-address');
      await sendKeys({ type: '1 Tràng Tiền, Hà Nội' });
      await tabTo('f-email');
      await sendKeys({ type: 'an@example.com' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(maybeDeep(el, '#error-summary')).to.equal(null);
      expect(heading(el)).to.contain('Bước 2/5');
      expect(active(el)).to.equal(deep(el, '#step-heading'));
    });

    it('looks the social-insurance code up from name, date of birth and ID number', async () => {
      const el = await mountForm();
      const person = generatePerson('7901234567', new Date().toISOString().slice(0, 10));
      const toggle = deep<HTMLButtonElement>(el, '.disclosure');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(active(el)).to.equal(input(el, 'lookup-fullName'));
      // Wrong details first: a plain "not found" with the hotline.
      typeInto(input(el, 'lookup-fullName'), person.fullName);
      typeInto(input(el, 'lookup-dateOfBirth'), person.dateOfBirth);
      typeInto(input(el, 'lookup-idNumber'), '001099999999');
      deep<HTMLButtonElement>(el, '#lookup > .button').click();
      await waitFor(() => deep(el, '#lookup-result').textContent!.includes('Không tìm thấy'), 5000, 'not found');
      expect(textOf(deep(el, '#lookup-result'))).to.contain('1900 9068');
      typeInto(input(el, 'lookup-idNumber'), person.idNumber);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => input(el, 'f-socialInsuranceCode').value === '7901234567', 5000, 'code filled');
      expect(deep(el, '#lookup-result').textContent).to.contain('Đã tìm thấy mã số BHXH 7901234567');
      await expectNoAxeViolations(el);
    });
  });

  describe('the whole journey', () => {
    it('registers with photos, an OTP from the SMS outbox and an office, then follows the dossier to approval', async () => {
      const el = await mountForm();
      const registered: RegisteredDetail[] = [];
      el.addEventListener('vss-registered', (e) => registered.push(e.detail));
      await fillPersonal(el);
      await next(el);
      expect(heading(el)).to.equal('Bước 2/5 Ảnh chân dung và giấy tờ');
      await expectNoAxeViolations(el);
      await photos(el);
      await next(el);
      expect(heading(el)).to.contain('Bước 3/5');
      await expectNoAxeViolations(el);
      type(el, 'f-phone', citizen.phone);
      deep<HTMLButtonElement>(el, '#send-otp').click();
      await waitFor(() => maybeDeep(el, '#f-otp input'), 5000, 'OTP box');
      expect(textOf(el)).to.contain('Mã OTP đã được gửi đến số 098****321');
      await expectNoAxeViolations(el);
      typeInto(deep<HTMLInputElement>(el, '#f-otp input'), await latestOtp(citizen.phone));
      await waitFor(() => maybeDeep(el, '#phone-verified'), 5000, 'verified');
      expect(deep(el, '#phone-verified').textContent).to.contain('Số điện thoại 0987654321 đã được xác thực.');
      expect(deep(el, '#change-phone').textContent!.trim()).to.equal('Đổi số điện thoại');
      await next(el);
      expect(heading(el)).to.contain('Bước 4/5');
      await chooseOffice(el);
      await expectNoAxeViolations(el);
      await next(el);

      // Review: everything as entered, with a way back to each section.
      const review = textOf(el);
      expect(review).to.contain('Nguyễn Văn An');
      expect(review).to.contain('15/03/2003');
      expect(review).to.contain('079203000123');
      expect(review).to.contain('(01027) BHXH TP. Hà Nội - BHXH cơ sở Hai Bà Trưng');
      expect(review).to.contain('Đã xác thực');
      expect(el.shadowRoot!.querySelectorAll('.review-head .button').length).to.equal(4);
      expect(deep(el, '#submit').textContent!.trim()).to.equal('Ghi nhận');
      await expectNoAxeViolations(el);

      // Consent is required.
      deep<HTMLButtonElement>(el, '#submit').click();
      await settle(el);
      expect(summaryLinks(el).map((a) => a.textContent!.trim())).to.deep.equal([
        'Cam kết: Vui lòng xác nhận cam kết trước khi gửi tờ khai',
      ]);
      input(el, 'f-consent').click();
      deep<HTMLButtonElement>(el, '#submit').click();
      await waitFor(() => maybeDeep(el, '#success-heading'), 8000, 'success');
      await settle(el);

      const dossier = deep(el, '#dossier-number').textContent!.trim();
      expect(dossier).to.match(/^01027\.GD\/\d{4}\/\d{5}$/);
      expect(active(el)).to.equal(deep(el, '#success-heading'));
      const sms = await dossierSms();
      expect(sms.length).to.equal(1);
      expect(deep(el, 'blockquote.sms').textContent).to.equal(sms[0]!.text);
      const text = textOf(el);
      expect(text).to.contain('3 ngày làm việc');
      expect(text).to.contain('1900 9068');
      expect(text).to.contain('(01027) BHXH TP. Hà Nội - BHXH cơ sở Hai Bà Trưng');
      expect(deep(el, '#print').textContent!.trim()).to.equal('In tờ khai');
      expect(registered.length).to.equal(1);
      expect(registered[0]).to.deep.include({ dossierNumber: dossier, status: 'received', officeCode: '01027' });
      expect(sessionStorage.getItem(KEY)).to.equal(null);
      await expectNoAxeViolations(el);

      // The office approves; the status view shows it.
      await approveDossier(dossier);
      deep<HTMLButtonElement>(el, '#show-status').click();
      await waitFor(() => maybeDeep(el, '#status-value'), 5000, 'status');
      expect(el.getAttribute('dossier-number')).to.equal(dossier);
      expect(deep(el, '#status-value').textContent!.trim()).to.equal('Đã duyệt');
      expect(textOf(el)).to.contain('Ngày xử lý');
      await expectNoAxeViolations(el);
    });

    it('prints the filled declaration and hides the buttons in print', async function () {
      await skipIn(this, ['firefox', 'webkit'], noPrintEmulation);
      const el = await mountForm();
      await upToReview(el);
      input(el, 'f-consent').click();
      deep<HTMLButtonElement>(el, '#submit').click();
      await waitFor(() => maybeDeep(el, '#success-heading'), 8000, 'success');
      const decl = deep(el, '.declaration');
      expect(getComputedStyle(deep(el, '.print-only')).display).to.equal('none');
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(deep(el, '.print-only')).display).to.equal('block');
        expect(getComputedStyle(deep(el, '.success')).display).to.equal('none');
        expect(textOf(decl)).to.contain('Mẫu 01/ĐK-GD');
        expect(textOf(decl)).to.contain('Nguyễn Văn An');
        expect(textOf(decl)).to.contain('Kính gửi: (01027) BHXH TP. Hà Nội - BHXH cơ sở Hai Bà Trưng');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('files one dossier for a double click on "Ghi nhận"', async () => {
      const el = await mountForm();
      await upToReview(el);
      input(el, 'f-consent').click();
      // Injected only now: the OTP calls share the /api/registrations prefix.
      await injectFault({ path: '/api/registrations', kind: 'latency', delayMs: 800, times: 1 });
      const submit = deep<HTMLButtonElement>(el, '#submit');
      submit.click();
      submit.click();
      await settle(el);
      submit.click();
      expect(deep(el, '#submit').textContent).to.contain('Đang gửi…');
      expect(deep(el, 'form').getAttribute('aria-busy')).to.equal('true');
      await waitFor(() => maybeDeep(el, '#success-heading'), 8000, 'success');
      expect((await dossierSms()).length).to.equal(1);
    });

    it('keeps everything when the network fails on submit, and succeeds on retry', async () => {
      const el = await mountForm();
      await upToReview(el);
      input(el, 'f-consent').click();
      await injectFault({ path: '/api/registrations', kind: 'network', times: 1 });
      deep<HTMLButtonElement>(el, '#submit').click();
      const problem = await waitFor(() => maybeDeep(el, '#submit-problem'), 8000, 'problem');
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(problem.textContent).to.contain('Không kết nối được với máy chủ');
      expect(problem.textContent).to.contain('Mọi thông tin bạn đã nhập vẫn được giữ nguyên.');
      expect(active(el)).to.equal(problem);
      expect(textOf(el)).to.contain('Nguyễn Văn An');
      expect(sessionStorage.getItem(KEY)).to.contain('Nguyễn Văn An');
      await expectNoAxeViolations(el);
      deep<HTMLButtonElement>(el, '#retry-submit').click();
      await waitFor(() => maybeDeep(el, '#success-heading'), 8000, 'success');
      expect((await dossierSms()).length).to.equal(1);
    });

    it('explains an existing registration (409) with the hotline and the login path', async () => {
      const el = await mountForm();
      await upToReview(el, { socialInsuranceCode: '7901234567' });
      input(el, 'f-consent').click();
      let asked = 0;
      el.addEventListener('vss-login-request', () => asked++);
      deep<HTMLButtonElement>(el, '#submit').click();
      const problem = await waitFor(() => maybeDeep(el, '#submit-problem'), 8000, 'problem');
      expect(problem.textContent).to.contain('Mã số BHXH này đã đăng ký giao dịch điện tử.');
      expect(problem.textContent).to.contain('Quên mật khẩu');
      expect(textOf(problem)).to.contain('1900 9068');
      deep<HTMLButtonElement>(problem, 'button').click();
      expect(asked).to.equal(1);
      await expectNoAxeViolations(el);
    });

    it("puts the server's 422 field messages on the right fields and step", async () => {
      // A draft restored after the uploads and the phone token were lost on the server (e.g. the next day).
      const draft = {
        v: 1,
        step: 5,
        maxStep: 5,
        fields: { ...citizen, sex: 'male', idType: 'cccd' },
        phone: citizen.phone,
        verifiedPhone: citizen.phone,
        phoneToken: 'pt_gone',
        phoneTokenExpiresAt: new Date(Date.now() + 600_000).toISOString(),
        office: { code: '01027', name: 'BHXH cơ sở Hai Bà Trưng', parentName: 'BHXH TP. Hà Nội', provinceCode: '01' },
        provinceCode: '01',
        photos: {
          portrait: { upload: { id: 'upl_gone1', mediaType: 'image/jpeg', size: 1000 }, preview: null },
          idFront: { upload: { id: 'upl_gone2', mediaType: 'image/jpeg', size: 1000 }, preview: null },
          idBack: { upload: { id: 'upl_gone3', mediaType: 'image/heic', size: 1000 }, preview: null },
        },
        consent: true,
      };
      sessionStorage.setItem(KEY, JSON.stringify(draft));
      const el = await mountForm();
      expect(heading(el)).to.contain('Bước 5/5');
      deep<HTMLButtonElement>(el, '#submit').click();
      await waitFor(() => maybeDeep(el, '#error-summary'), 8000, 'summary');
      await settle(el);
      expect(heading(el)).to.contain('Bước 2/5');
      const links = summaryLinks(el).map((a) => a.textContent!.trim());
      expect(links).to.deep.equal([
        'Ảnh chân dung: Ảnh chưa được tải lên.',
        'Ảnh mặt trước: Ảnh chưa được tải lên.',
        'Ảnh mặt sau: Ảnh chưa được tải lên.',
      ]);
      const portrait = deep<VssPhotoInput>(el, '#f-photos-portrait');
      expect(deep(portrait, '.error').textContent).to.equal('Ảnh chưa được tải lên.');
      summaryLinks(el)[0]!.click();
      expect(active(el)).to.equal(portrait);
      // The phone step lost its token too: it asks for a new OTP.
      deep<HTMLButtonElement>(el, '.steps li:nth-child(3) button').click();
      await settle(el);
      expect(maybeDeep(el, '#phone-verified')).to.equal(null);
      expect(deep(el, '#send-otp').textContent!.trim()).to.equal('Gửi mã OTP');
      expect(input(el, 'f-fullName').value).to.equal(citizen.fullName);
      await expectNoAxeViolations(el);
    });
  });

  describe('the draft', () => {
    it('survives a reload: values, step and photos come back', async () => {
      let el = await mountForm();
      await fillPersonal(el);
      await next(el);
      const portrait = deep<VssPhotoInput>(el, '#f-photos-portrait');
      portrait.file = new File([await drawImage(800, 600)], 'p.jpg');
      await waitFor(() => portrait.value, 8000, 'upload');
      const id = portrait.value;
      cleanup(); // the page goes away
      el = await mountForm();
      expect(heading(el)).to.contain('Bước 2/5');
      await waitFor(() => deep<VssPhotoInput>(el, '#f-photos-portrait').value === id, 3000, 'photo restored');
      expect(deep<HTMLImageElement>(deep(el, '#f-photos-portrait'), 'img.preview').src).to.match(/^data:image\/jpeg/);
      deep<HTMLButtonElement>(el, '#back').click();
      await settle(el);
      expect(input(el, 'f-fullName').value).to.equal(citizen.fullName);
      expect(input(el, 'f-idNumber').value).to.equal(citizen.idNumber);
      expect(input(el, 'f-sex-male').checked).to.equal(true);
    });

    it('keeps what is typed as it is typed (saved within half a second)', async () => {
      const el = await mountForm(html`<vss-registration-form draft-key="portal-a"></vss-registration-form>`);
      typeInto(input(el, 'f-address'), '5 Hàng Bài');
      await waitFor(() => sessionStorage.getItem('vss-draft:portal-a')?.includes('5 Hàng Bài'), 2000, 'saved');
      expect(sessionStorage.getItem(KEY)).to.equal(null);
      sessionStorage.removeItem('vss-draft:portal-a');
    });

    it('starts over only after confirmation', async () => {
      const el = await mountForm();
      type(el, 'f-fullName', 'Lê Thị Hoa');
      deep<HTMLButtonElement>(el, '#reset').click();
      await settle(el);
      const dialog = deep(el, '#reset-confirm');
      expect(dialog.getAttribute('role')).to.equal('alertdialog');
      expect(active(el)).to.equal(deep(el, '#reset-yes'));
      await expectNoAxeViolations(el);
      deep<HTMLButtonElement>(el, '#reset-yes').click();
      await settle(el);
      expect(input(el, 'f-fullName').value).to.equal('');
      expect(sessionStorage.getItem(KEY)).to.equal(null);
      expect(active(el)).to.equal(deep(el, '#step-heading'));
    });

    it('ignores a corrupt stored draft instead of breaking', async () => {
      sessionStorage.setItem(KEY, '{"v":1,"step":"x","fields":{"fullName":42},"photos":{"portrait":{"upload":{}}}');
      const el = await mountForm();
      expect(heading(el)).to.contain('Bước 1/5');
      sessionStorage.setItem(
        KEY,
        JSON.stringify({ v: 1, step: 9, fields: { fullName: 7, sex: 'x' }, photos: { portrait: { upload: {} } } }),
      );
      cleanup();
      const again = await mountForm();
      expect(heading(again)).to.contain('Bước 1/5');
      expect(input(again, 'f-fullName').value).to.equal('');
    });
  });

  describe('phone step', () => {
    it('refuses a landline before sending anything', async () => {
      sessionStorage.setItem(KEY, JSON.stringify({ v: 1, step: 3, maxStep: 3, fields: {}, photos: {} }));
      const el = await mountForm();
      type(el, 'f-phone', '024 3789 9999');
      await settle(el);
      expect(errorOf(el, 'f-phone')).to.equal(
        'Đây là số điện thoại cố định. Vui lòng nhập số di động để nhận mã OTP và mật khẩu',
      );
      deep<HTMLButtonElement>(el, '#send-otp').click();
      await settle(el);
      expect(summaryLinks(el)[0]!.textContent).to.contain('Điện thoại di động: Đây là số điện thoại cố định');
      expect(await outbox('02437899999')).to.deep.equal([]);
    });

    it('shows a wrong OTP on the code box and accepts the right one', async () => {
      sessionStorage.setItem(KEY, JSON.stringify({ v: 1, step: 3, maxStep: 3, fields: {}, photos: {} }));
      const el = await mountForm();
      type(el, 'f-phone', '0912 000 111');
      deep<HTMLButtonElement>(el, '#send-otp').click();
      const box = await waitFor(() => maybeDeep<HTMLInputElement>(el, '#f-otp input'), 5000, 'OTP box');
      const right = await latestOtp('0912000111');
      typeInto(box, right === '000000' ? '111111' : '000000');
      await waitFor(() => deep(el, '#f-otp').getAttribute('error'), 5000, 'error on box');
      expect(deep(el, '#f-otp').getAttribute('error')).to.equal(
        'Mã OTP không đúng. Còn 4 lần thử; vui lòng kiểm tra tin nhắn và nhập lại.',
      );
      typeInto(deep<HTMLInputElement>(el, '#f-otp input'), right);
      await waitFor(() => maybeDeep(el, '#phone-verified'), 5000, 'verified');
      expect(active(el)).to.equal(deep(el, '#phone-verified'));
      deep<HTMLButtonElement>(el, '#change-phone').click();
      await settle(el);
      expect(active(el)).to.equal(input(el, 'f-phone'));
      expect(input(el, 'f-phone').value).to.equal('0912 000 111');
    });

    it('says when to retry after too many codes', async () => {
      sessionStorage.setItem(KEY, JSON.stringify({ v: 1, step: 3, maxStep: 3, fields: {}, photos: {} }));
      const el = await mountForm();
      type(el, 'f-phone', '0912000222');
      for (let i = 0; i < 5; i++) {
        await fetch('/api/registrations/otp', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"phone":"0912000222"}',
        });
      }
      deep<HTMLButtonElement>(el, '#send-otp').click();
      const problem = await waitFor(() => maybeDeep(el, '#otp-problem'), 5000, 'rate limit');
      expect(problem.textContent).to.match(/Vui lòng thử lại sau \d+ giây/);
      expect(active(el)).to.equal(problem);
    });
  });

  describe('dossier status view', () => {
    const pending = () => `${pendingDemoDossier.officeCode}.GD/${new Date().getFullYear()}/00107`;

    it('shows a received dossier and follows it to approval with "Cập nhật"', async () => {
      const el = await mountForm(html`<vss-registration-form dossier-number=${pending()}></vss-registration-form>`);
      await waitFor(() => maybeDeep(el, '#status-value'), 5000, 'status');
      expect(deep(el, '#status-value').textContent!.trim()).to.equal('Đã tiếp nhận, đang chờ xử lý');
      expect(textOf(el)).to.contain('(01027) BHXH TP. Hà Nội - BHXH cơ sở Hai Bà Trưng');
      expect(textOf(el)).to.contain('Tự động cập nhật mỗi 30 giây.');
      await expectNoAxeViolations(el);
      await approveDossier(pending());
      deep<HTMLButtonElement>(el, '#refresh').click();
      await waitFor(() => deep(el, '#status-value').textContent!.trim() === 'Đã duyệt', 5000, 'approved');
    });

    it('polls while the page is visible', async () => {
      const el = await mountForm(
        html`<vss-registration-form dossier-number=${pending()} poll-interval="1"></vss-registration-form>`,
      );
      await waitFor(() => maybeDeep(el, '#status-value'), 5000, 'status');
      await approveDossier(pending());
      await waitFor(() => deep(el, '#status-value').textContent!.trim() === 'Đã duyệt', 5000, 'approved by polling');
    });

    it('explains a malformed number, an unknown dossier and a failing network', async () => {
      const bad = await mountForm(html`<vss-registration-form dossier-number="12345"></vss-registration-form>`);
      expect(deep(bad, '.state.error').textContent).to.contain('Mã hồ sơ có dạng NNNNN.GD/YYYY/NNNNN');
      cleanup();
      const unknown = await mountForm(
        html`<vss-registration-form dossier-number="01027.GD/2020/09999"></vss-registration-form>`,
      );
      await waitFor(() => maybeDeep(unknown, '.state.error'), 5000, 'not found');
      expect(deep(unknown, '.state.error').textContent).to.contain('Không tìm thấy thông tin.');
      cleanup();
      await injectFault({ path: '/api/registrations', kind: 'malformed-json', times: 1 });
      const broken = await mountForm(html`<vss-registration-form dossier-number=${pending()}></vss-registration-form>`);
      const err = await waitFor(() => maybeDeep(broken, '.state.error'), 5000, 'error');
      expect(err.textContent).to.contain('Dữ liệu nhận được không hợp lệ');
      await expectNoAxeViolations(broken);
      deep<HTMLButtonElement>(err, 'button').click();
      await waitFor(() => maybeDeep(broken, '#status-value'), 5000, 'status after retry');
    });
  });

  describe('parts loaded on demand', () => {
    /** Makes one part's loader fail (as a dropped connection would) until the returned function restores it. */
    function failPart(name: keyof typeof formParts): () => void {
      const real = formParts[name];
      formParts[name] = (() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))) as never;
      return () => void (formParts[name] = real as never);
    }

    it('shows step 1 at once and brings each later step with its child elements', async () => {
      const el = await mountForm();
      expect(input(el, 'f-fullName')).to.exist;
      sessionStorage.setItem(KEY, JSON.stringify({ v: 1, step: 4, maxStep: 4, fields: {}, photos: {} }));
      cleanup();
      const later = await mountForm();
      // updateComplete waits for the step's parts: the office picker is there and defined.
      const picker = deep(later, 'vss-office-picker');
      expect(customElements.get('vss-office-picker')).to.exist;
      expect(picker.shadowRoot).to.exist;
      expect(maybeDeep(later, '.state.loading')).to.equal(null);
    });

    it('shows the error state with "Thử lại" when a step fails to load, and the step after the retry', async () => {
      const restore = failPart('steps');
      let el: VssRegistrationForm;
      try {
        sessionStorage.setItem(KEY, JSON.stringify({ v: 1, step: 2, maxStep: 2, fields: {}, photos: {} }));
        el = await mountForm();
        const error = await waitFor(() => maybeDeep(el, '.step-form .state.error'), 5000, 'error state');
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.textContent).to.contain('Không kết nối được với máy chủ');
        expect(heading(el)).to.contain('Bước 2/5');
        expect(deep(el, '#back')).to.exist; // the citizen can still go back
      } finally {
        restore();
      }
      deep<HTMLButtonElement>(el, '.step-form .state.error button').click();
      await settle(el);
      expect(el.shadowRoot!.querySelectorAll('vss-photo-input').length).to.equal(3);
      expect(maybeDeep(el, '.step-form .state.error')).to.equal(null);
    });

    it('shows the status view\'s error state when it fails to load, and the status after "Thử lại"', async () => {
      const restore = failPart('status');
      let el: VssRegistrationForm;
      try {
        el = await mountForm(
          html`<vss-registration-form dossier-number="01027.GD/2020/09999"></vss-registration-form>`,
        );
        const error = await waitFor(() => maybeDeep(el, '.state.error'), 5000, 'error state');
        expect(error.textContent).to.contain('Không kết nối được với máy chủ');
      } finally {
        restore();
      }
      deep<HTMLButtonElement>(el, '.state.error button').click();
      await waitFor(() => maybeDeep(el, '#status-title'), 5000, 'status view');
      await waitFor(
        () => maybeDeep(el, '.state.error')?.textContent?.includes('Không tìm thấy thông tin.'),
        5000,
        'not found',
      );
    });

    it('files nothing when the receipt cannot load, and files once on "Thử lại"', async () => {
      const el = await mountForm();
      await upToReview(el);
      input(el, 'f-consent').click();
      await settle(el);
      const restore = failPart('receipt');
      try {
        deep<HTMLButtonElement>(el, '#submit').click();
        const problem = await waitFor(() => maybeDeep(el, '#submit-problem'), 8000, 'problem');
        expect(problem.textContent).to.contain('Chưa gửi được tờ khai.');
        expect(active(el)?.id).to.equal('submit-problem');
        expect(await dossierSms()).to.deep.equal([]);
      } finally {
        restore();
      }
      deep<HTMLButtonElement>(el, '#retry-submit').click();
      await waitFor(() => maybeDeep(el, '#success-heading'), 8000, 'success');
      expect((await dossierSms()).length).to.equal(1);
    });

    it('opens "Tra cứu mã số BHXH" with focus in its first field even when it comes later', async () => {
      const restore = failPart('lookup');
      let el: VssRegistrationForm;
      try {
        el = await mountForm();
        deep<HTMLButtonElement>(el, '.disclosure').click();
        await waitFor(() => maybeDeep(el, '#lookup .state.error'), 5000, 'error state');
      } finally {
        restore();
      }
      deep<HTMLButtonElement>(el, '#lookup .state.error button').click();
      await settle(el);
      expect(active(el)?.id).to.equal('lookup-fullName');
    });
  });

  describe('language and layout', () => {
    it('speaks English inside <vss-provider lang="en">', async () => {
      const provider = await mount(
        html`<vss-provider lang="en"><vss-registration-form></vss-registration-form></vss-provider>`,
      );
      const el = provider.querySelector('vss-registration-form')!;
      await waitFor(() => input(el, 'f-fullName').labels?.[0]?.textContent?.trim() === 'Full name', 5000, 'English');
      expect(input(el, 'f-dateOfBirth').labels?.[0]?.textContent?.trim()).to.equal('Date of birth');
      expect(input(el, 'f-socialInsuranceCode').labels?.[0]?.textContent?.trim()).to.equal('Social insurance code');
      expect(input(el, 'f-idNumber').labels?.[0]?.textContent?.trim()).to.equal('ID card/passport number');
      expect(heading(el)).to.equal('Step 1 of 5 Your details');
      type(el, 'f-email', 'x@');
      await next(el);
      expect(deep(el, '#summary-title').textContent).to.equal('There is a problem');
      expect(errorOf(el, 'f-email')).to.contain('Invalid email address');
      await expectNoAxeViolations(el);
    });

    it('has the English "Submit" and labels on every step', async () => {
      await switchLocale('en');
      sessionStorage.setItem(KEY, JSON.stringify({ v: 1, step: 5, maxStep: 5, fields: {}, photos: {} }));
      const el = await mountForm();
      expect(deep(el, '#submit').textContent!.trim()).to.equal('Submit');
      deep<HTMLButtonElement>(el, '.steps li:nth-child(2) button').click();
      await settle(el);
      const labels = [...el.shadowRoot!.querySelectorAll('vss-photo-input')].map((p) =>
        labelText(deep<HTMLInputElement>(p, '#file')),
      );
      expect(labels).to.deep.equal(['Portrait photo', 'Front of ID card', 'Back of ID card']);
      deep<HTMLButtonElement>(el, '.steps li:nth-child(3) button').click();
      await settle(el);
      expect(input(el, 'f-phone').labels?.[0]?.textContent?.trim()).to.equal('Mobile phone');
      deep<HTMLButtonElement>(el, '.steps li:nth-child(4) button').click();
      await settle(el);
      const picker = deep(el, 'vss-office-picker');
      expect(labelText(deep<HTMLInputElement>(picker, '#office'))).to.equal('Social security office');
    });

    it('fits 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        const el = await mountForm();
        await next(el);
        expect(el.scrollWidth).to.be.at.most(320);
        for (const i of el.shadowRoot!.querySelectorAll('input, select, button')) {
          expect(i.getBoundingClientRect().right, i.id).to.be.at.most(321);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
