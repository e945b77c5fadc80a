import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { sendKeys, setViewport } from '../support/commands.js';
import '../../packages/elements/src/office-picker/office-picker.js';
import '../../packages/elements/src/provider/provider.js';
import type { VssOfficePicker, OfficeChangeDetail } from '../../packages/elements/src/office-picker/office-picker.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { clearFaults, injectFault, resetBackend, startBackend } from '../support/backend.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, typeInto, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

const province = (el: VssOfficePicker) => deep<HTMLSelectElement>(el, '#province');
const combo = (el: VssOfficePicker) => deep<HTMLInputElement>(el, '#office');
const options = (el: VssOfficePicker) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const active = (el: VssOfficePicker) => {
  const id = combo(el).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id) : null;
};

async function loaded(el: VssOfficePicker): Promise<void> {
  await waitFor(() => province(el).options.length > 30, 5000, 'provinces');
  await settle(el);
}

async function chooseProvince(el: VssOfficePicker, code: string): Promise<void> {
  const select = province(el);
  select.value = code;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor(() => !combo(el).disabled, 5000, 'offices loaded');
  await settle(el);
}

describe('vss-office-picker', () => {
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
  });

  it('labels the province select and the office combobox (the label text is the accessible name)', async () => {
    const el = await mount<VssOfficePicker>(html`<vss-office-picker></vss-office-picker>`);
    await loaded(el);
    expect(province(el).labels?.[0]?.textContent?.trim()).to.equal('Tỉnh/thành phố');
    expect(combo(el).labels?.[0]?.textContent?.trim()).to.equal('Cơ quan BHXH');
    expect(combo(el).getAttribute('role')).to.equal('combobox');
    expect(combo(el).getAttribute('aria-controls')).to.equal('listbox');
    // No province yet: the office box waits, and says why.
    expect(combo(el).disabled).to.equal(true);
    expect(textOf(el)).to.contain('Chọn tỉnh/thành phố trước.');
    await expectNoAxeViolations(el);
  });

  it('finds an office by typing without diacritics and chooses it with Enter', async () => {
    const el = await mount<VssOfficePicker>(html`<vss-office-picker></vss-office-picker>`);
    await loaded(el);
    await chooseProvince(el, '01');
    const events: OfficeChangeDetail[] = [];
    el.addEventListener('vss-office-change', (e) => events.push(e.detail));
    combo(el).focus();
    typeInto(combo(el), 'dong da');
    await settle(el);
    const list = options(el);
    expect(list.map((o) => o.textContent!.trim())).to.deep.equal(['(01006) BHXH TP. Hà Nội - BHXH cơ sở Đống Đa']);
    expect(combo(el).getAttribute('aria-expanded')).to.equal('true');
    await expectNoAxeViolations(el);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(active(el)?.textContent).to.contain('Đống Đa');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value).to.equal('01006');
    expect(combo(el).value).to.equal('(01006) BHXH TP. Hà Nội - BHXH cơ sở Đống Đa');
    expect(combo(el).getAttribute('aria-expanded')).to.equal('false');
    expect(events.at(-1)).to.deep.equal({
      provinceCode: '01',
      office: { code: '01006', name: 'BHXH cơ sở Đống Đa', provinceCode: '01', parentName: 'BHXH TP. Hà Nội' },
    });
  });

  it('moves through the list with Up, Down, Home and End; Escape closes it', async () => {
    const el = await mount<VssOfficePicker>(html`<vss-office-picker province="01"></vss-office-picker>`);
    await loaded(el);
    await waitFor(() => !combo(el).disabled);
    combo(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const all = options(el);
    expect(all.length).to.equal(8);
    expect(active(el)).to.equal(all[0]);
    expect(all[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(active(el)).to.equal(all[1]);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(active(el)).to.equal(all[7]);
    await sendKeys({ press: 'ArrowDown' }); // wraps to the first
    await settle(el);
    expect(active(el)).to.equal(all[0]);
    await sendKeys({ press: 'ArrowUp' }); // and back to the last
    await settle(el);
    expect(active(el)).to.equal(all[7]);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(active(el)).to.equal(all[0]);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(combo(el).getAttribute('aria-expanded')).to.equal('false');
    expect(combo(el).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(combo(el));
    expect(el.value).to.equal('');
  });

  it('says when nothing matches and announces the number of matches', async () => {
    const el = await mount<VssOfficePicker>(html`<vss-office-picker province="79"></vss-office-picker>`);
    await loaded(el);
    await waitFor(() => !combo(el).disabled);
    typeInto(combo(el), 'thu');
    await settle(el);
    // "Thủ Đức" and "Thủ Dầu Một" both fold to "thu …"
    expect(options(el).length).to.equal(2);
    expect(deep(el, '[role="status"]').textContent).to.contain('2 cơ quan phù hợp.');
    typeInto(combo(el), 'zzz');
    await settle(el);
    expect(options(el).length).to.equal(0);
    expect(textOf(el)).to.contain('Không có cơ quan nào phù hợp.');
    expect(combo(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows a preset value as "(code) parent - name", taking the province from the code', async () => {
    const el = await mount<VssOfficePicker>(html`<vss-office-picker value="01027"></vss-office-picker>`);
    await loaded(el);
    await waitFor(() => combo(el).value !== '');
    expect(province(el).value).to.equal('01');
    expect(combo(el).value).to.equal('(01027) BHXH TP. Hà Nội - BHXH cơ sở Hai Bà Trưng');
    expect(el.office?.name).to.equal('BHXH cơ sở Hai Bà Trưng');
  });

  it('works in a plain form: required blocks submission, the code is submitted, reset restores', async () => {
    const form = await mount<HTMLFormElement>(html`<form>
      <vss-office-picker name="office" required></vss-office-picker>
      <button type="submit">Gửi</button>
    </form>`);
    const el = form.querySelector('vss-office-picker')!;
    await loaded(el);
    const submitted: FormData[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted.push(new FormData(form));
    });
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    form.requestSubmit();
    await settle(el);
    expect(submitted.length).to.equal(0);
    // The browser's invalid event makes the field show its message.
    expect(deep(el, '.error').textContent).to.equal('Vui lòng nhập thông tin này');

    await chooseProvince(el, '01');
    combo(el).focus();
    typeInto(combo(el), 'hai ba');
    await settle(el);
    options(el)[0]!.click();
    await settle(el);
    expect(el.value).to.equal('01027');
    form.requestSubmit();
    expect(submitted.length).to.equal(1);
    expect(submitted[0]!.get('office')).to.equal('01027');

    form.reset();
    await settle(el);
    expect(el.value).to.equal('');
    expect(combo(el).value).to.equal('');
    expect(form.checkValidity()).to.equal(false);
  });

  it('typed text that is not a choice asks to pick from the list', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><vss-office-picker name="o" required province="01"></vss-office-picker></form>`,
    );
    const el = form.querySelector('vss-office-picker')!;
    await loaded(el);
    await waitFor(() => !combo(el).disabled);
    typeInto(combo(el), 'Hai');
    await settle(el);
    expect(el.reportValidity()).to.equal(false);
    await settle(el);
    expect(deep(el, '.error').textContent).to.equal('Vui lòng chọn cơ quan BHXH trong danh sách');
    expect(combo(el).getAttribute('aria-invalid')).to.equal('true');
  });

  it('a disabled fieldset disables both controls and submits nothing', async () => {
    const form = await mount<HTMLFormElement>(html`<form>
      <fieldset disabled><vss-office-picker name="o" value="01027"></vss-office-picker></fieldset>
    </form>`);
    const el = form.querySelector('vss-office-picker')!;
    await loaded(el);
    await settle(el);
    expect(province(el).disabled).to.equal(true);
    expect(combo(el).disabled).to.equal(true);
    expect(new FormData(form).get('o')).to.equal(null);
  });

  it('shows an error with retry when the offices cannot load, then recovers', async () => {
    await injectFault({ path: '/api/offices', kind: 'status', status: 500 });
    const el = await mount<VssOfficePicker>(html`<vss-office-picker province="48"></vss-office-picker>`);
    const alert = await waitFor(() => maybeDeep(el, '.state.error'), 8000, 'error state');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Hệ thống đang gặp sự cố');
    expect(textOf(alert)).to.contain('1900 9068');
    await expectNoAxeViolations(el);
    await clearFaults();
    deep<HTMLButtonElement>(el, '.state.error button').click();
    await waitFor(() => !combo(el).disabled, 5000, 'offices after retry');
    expect(maybeDeep(el, '.state.error')).to.equal(null);
    combo(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(options(el).map((o) => o.textContent!.trim())[0]).to.equal('(48001) BHXH TP. Đà Nẵng - BHXH cơ sở Hải Châu');
  });

  it('malformed province data gets an error state, never a blank element', async () => {
    await injectFault({ path: '/api/provinces', kind: 'schema-break' });
    // A provider of its own: a fresh client, so no earlier test's cached list hides the fault.
    const provider = await mount(
      html`<vss-provider memory-only><vss-office-picker></vss-office-picker></vss-provider>`,
    );
    const el = provider.querySelector('vss-office-picker')!;
    const alert = await waitFor(() => maybeDeep(el, '.state.error'), 8000, 'error state');
    expect(alert.textContent).to.contain('Dữ liệu nhận được không hợp lệ');
    expect(deep(el, '.state.error button').textContent!.trim()).to.equal('Thử lại');
  });

  it('speaks English inside <vss-provider lang="en">', async () => {
    const provider = await mount(
      html`<vss-provider lang="en"><vss-office-picker province="01"></vss-office-picker></vss-provider>`,
    );
    const el = provider.querySelector('vss-office-picker')!;
    await waitFor(() => province(el).labels?.[0]?.textContent?.trim() === 'Province/city', 5000, 'English label');
    expect(combo(el).labels?.[0]?.textContent?.trim()).to.equal('Social security office');
    await waitFor(() => !combo(el).disabled);
    await expectNoAxeViolations(el);
  });

  it('fits a 320 px wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount<VssOfficePicker>(html`<vss-office-picker value="01027"></vss-office-picker>`);
      await loaded(el);
      await waitFor(() => combo(el).value !== '');
      expect(el.scrollWidth).to.be.at.most(320);
      expect(combo(el).getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
