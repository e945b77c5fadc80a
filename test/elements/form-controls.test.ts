// The form controls behave like native fields (packages/elements/src/base/vss-form-element.ts), which is
// what v-model, ngModel/ngDefaultControl and React's controlled inputs bind to: native `input` and `change`
// events from the element itself with `value` already updated, nothing on programmatic sets,
// `setCustomValidity()`, and the `:state(user-invalid)` custom state.
import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import '../../packages/elements/src/otp-input/otp-input.js';
import '../../packages/elements/src/office-picker/office-picker.js';
import '../../packages/elements/src/photo-input/photo-input.js';
import type { VssOtpInput } from '../../packages/elements/src/otp-input/otp-input.js';
import type { VssOfficePicker } from '../../packages/elements/src/office-picker/office-picker.js';
import type { VssPhotoInput } from '../../packages/elements/src/photo-input/photo-input.js';
import { resetBackend, startBackend } from '../support/backend.js';
import { sendKeys } from '../support/commands.js';
import { cleanup, deep, mount, settle, textOf, waitFor } from '../support/dom.js';
import { drawImage } from './photo-input.fixtures.js';

type Seen = { type: string; target: EventTarget | null; value: string; valid: boolean };

/** Records the native `input`/`change` events reaching the element's parent, with the value they saw. */
function record(el: HTMLElement & { value: string; validity: ValidityState }): Seen[] {
  const seen: Seen[] = [];
  for (const type of ['input', 'change']) {
    el.parentElement!.addEventListener(type, (e) =>
      seen.push({ type, target: e.target, value: el.value, valid: el.validity.valid }),
    );
  }
  return seen;
}

const userInvalid = (el: Element) => el.matches(':state(user-invalid)');

async function form(inner: ReturnType<typeof html>) {
  const f = await mount<HTMLFormElement>(html`<form>${inner}<button type="submit">Gửi</button></form>`);
  const submitted: FormData[] = [];
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    submitted.push(new FormData(f));
  });
  return { form: f, submitted };
}

describe('form controls as native fields', () => {
  before(async () => {
    await startBackend();
  });
  beforeEach(async () => {
    await resetBackend();
  });
  afterEach(() => cleanup());

  describe('vss-otp-input', () => {
    it('fires input per keystroke and change on leaving, from the element, with the value already set', async () => {
      const { form: f } = await form(html`<vss-otp-input name="otp"></vss-otp-input>`);
      const el = f.querySelector<VssOtpInput>('vss-otp-input')!;
      await settle(el);
      const seen = record(el);
      el.querySelector('input')!.focus();
      await sendKeys({ type: '6a15' });
      // the letter is not a digit: no change, no event
      expect(seen.map((s) => `${s.type}:${s.value}`)).to.deep.equal(['input:6', 'input:61', 'input:615']);
      expect(
        seen.every((s) => s.target === el),
        'every event comes from the element, none from its inner input',
      ).to.equal(true);
      (f.querySelector('button') as HTMLButtonElement).focus();
      expect(seen.map((s) => s.type)).to.deep.equal(['input', 'input', 'input', 'change']);
      expect(seen.at(-1)!.value).to.equal('615');
      // leaving again without editing: no second change
      el.querySelector('input')!.focus();
      (f.querySelector('button') as HTMLButtonElement).focus();
      expect(seen.length).to.equal(4);
    });

    it('setting value from script fires nothing, as on a native input', async () => {
      const el = await mount<VssOtpInput>(html`<vss-otp-input></vss-otp-input>`);
      const seen = record(el);
      el.value = '123456';
      await settle(el);
      el.querySelector('input')!.focus();
      el.querySelector('input')!.blur();
      expect(seen).to.deep.equal([]);
      expect(el.querySelector('input')!.value).to.equal('123456');
    });

    it(':state(user-invalid) only after the user left it invalid; a form reset clears it', async () => {
      const { form: f } = await form(html`<vss-otp-input name="otp" required></vss-otp-input>`);
      const el = f.querySelector<VssOtpInput>('vss-otp-input')!;
      await settle(el);
      expect(el.validity.valid).to.equal(false);
      expect(userInvalid(el), 'not before the user has been there').to.equal(false);
      el.querySelector('input')!.focus();
      await sendKeys({ type: '12' });
      expect(userInvalid(el), 'not while typing').to.equal(false);
      (f.querySelector('button') as HTMLButtonElement).focus();
      expect(userInvalid(el)).to.equal(true);
      el.querySelector('input')!.focus();
      await sendKeys({ type: '3456' });
      expect(userInvalid(el)).to.equal(false);
      el.value = '';
      expect(userInvalid(el)).to.equal(true);
      f.reset();
      expect(userInvalid(el)).to.equal(false);
    });

    it('setCustomValidity blocks the form with the page\'s message and shows it; "" makes it valid again', async () => {
      const { form: f, submitted } = await form(html`<vss-otp-input name="otp"></vss-otp-input>`);
      const el = f.querySelector<VssOtpInput>('vss-otp-input')!;
      el.value = '615204';
      await settle(el);
      el.setCustomValidity('Mã này đã hết hạn, hãy yêu cầu mã mới.');
      expect(el.validity.customError).to.equal(true);
      expect(el.validity.valid).to.equal(false);
      expect(el.validationMessage).to.equal('Mã này đã hết hạn, hãy yêu cầu mã mới.');
      f.requestSubmit();
      expect(submitted.length).to.equal(0);
      expect(userInvalid(el)).to.equal(true);
      await settle(el);
      expect(textOf(el.querySelector('[slot="error"]')!)).to.equal('Mã này đã hết hạn, hãy yêu cầu mã mới.');
      el.setCustomValidity('');
      expect(el.validity.valid).to.equal(true);
      expect(userInvalid(el)).to.equal(false);
      f.requestSubmit();
      expect(submitted.length).to.equal(1);
      expect(submitted[0]!.get('otp')).to.equal('615204');
    });
  });

  describe('vss-office-picker', () => {
    async function ready(el: VssOfficePicker) {
      await waitFor(() => deep<HTMLSelectElement>(el, '#province').options.length > 30, 5000, 'provinces');
      await waitFor(() => !deep<HTMLInputElement>(el, '#office').disabled, 5000, 'offices');
      await settle(el);
    }

    it('a choice fires input then change with the new code; edited text that undoes it fires them with ""', async () => {
      const { form: f } = await form(
        html`<vss-office-picker name="office" province="01" required></vss-office-picker>`,
      );
      const el = f.querySelector<VssOfficePicker>('vss-office-picker')!;
      await ready(el);
      const seen = record(el);
      const combo = deep<HTMLInputElement>(el, '#office');
      combo.focus();
      await sendKeys({ type: 'dong da' });
      await settle(el);
      // typing a search is not a value: the combobox's own input events stay inside
      expect(seen).to.deep.equal([]);
      deep<HTMLElement>(el, '[role="option"]').click();
      expect(seen.map((s) => [s.type, s.value, s.valid, s.target === el])).to.deep.equal([
        ['input', '01006', true, true],
        ['change', '01006', true, true],
      ]);
      await settle(el);
      combo.focus();
      await sendKeys({ press: 'Backspace' });
      expect(seen.slice(2).map((s) => [s.type, s.value, s.valid])).to.deep.equal([
        ['input', '', false],
        ['change', '', false],
      ]);
      expect(userInvalid(el)).to.equal(true);
    });

    it("setting value from script fires nothing; setCustomValidity shows the page's message once tried", async () => {
      const { form: f, submitted } = await form(html`<vss-office-picker name="office"></vss-office-picker>`);
      const el = f.querySelector<VssOfficePicker>('vss-office-picker')!;
      const seen = record(el);
      el.value = '01006';
      await ready(el);
      expect(seen).to.deep.equal([]);
      el.setCustomValidity('Cơ quan này không nhận hồ sơ trực tuyến.');
      expect(userInvalid(el)).to.equal(false);
      f.requestSubmit();
      expect(submitted.length).to.equal(0);
      expect(userInvalid(el)).to.equal(true);
      await settle(el);
      expect(textOf(deep(el, '[part="error"]'))).to.equal('Cơ quan này không nhận hồ sơ trực tuyến.');
      el.setCustomValidity('');
      f.requestSubmit();
      expect(submitted.length).to.equal(1);
      expect(submitted[0]!.get('office')).to.equal('01006');
    });
  });

  describe('vss-photo-input', () => {
    it('fires input and change once the photo is uploaded (value = upload id), and again when removed', async () => {
      const { form: f } = await form(html`<vss-photo-input name="portrait" required></vss-photo-input>`);
      const el = f.querySelector<VssPhotoInput>('vss-photo-input')!;
      await settle(el);
      const seen = record(el);
      const input = deep<HTMLInputElement>(el, '#file');
      const dt = new DataTransfer();
      dt.items.add(new File([await drawImage(320, 240)], 'me.jpg', { type: 'image/jpeg' }));
      input.files = dt.files;
      // what a browser fires after its file dialog; neither may reach the page as the element's own
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      expect(seen).to.deep.equal([]);
      await waitFor(() => seen.length === 2, 8000, 'the upload');
      expect(seen.map((s) => [s.type, s.valid, s.target === el])).to.deep.equal([
        ['input', true, true],
        ['change', true, true],
      ]);
      expect(seen[0]!.value).to.match(/^upl_/);
      expect(seen[1]!.value).to.equal(el.value);
      expect(userInvalid(el)).to.equal(false);
      await settle(el);
      deep<HTMLButtonElement>(el, 'button.remove').click();
      expect(seen.slice(2).map((s) => [s.type, s.value])).to.deep.equal([
        ['input', ''],
        ['change', ''],
      ]);
      expect(userInvalid(el), 'required and emptied by the user').to.equal(true);
    });

    it('setCustomValidity keeps the form from submitting until cleared', async () => {
      const { form: f, submitted } = await form(html`<vss-photo-input name="portrait"></vss-photo-input>`);
      const el = f.querySelector<VssPhotoInput>('vss-photo-input')!;
      await settle(el);
      el.setCustomValidity('Ảnh chân dung phải chụp trong 6 tháng gần đây.');
      f.requestSubmit();
      expect(submitted.length).to.equal(0);
      expect(el.validationMessage).to.equal('Ảnh chân dung phải chụp trong 6 tháng gần đây.');
      expect(userInvalid(el)).to.equal(true);
      el.setCustomValidity('');
      f.requestSubmit();
      expect(submitted.length).to.equal(1);
    });
  });
});
