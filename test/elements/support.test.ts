import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { sendKeys } from '../support/commands.js';
import { foldForSearch, matchesSearch } from '@vssid/core/format';
import '../../packages/elements/src/support/support.js';
import type { VssSupport } from '../../packages/elements/src/support/support.js';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { cleanup, deep, maybeDeep, mount, settle, textOf, typeInto } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

const questions = (el: Element) => [...el.shadowRoot!.querySelectorAll('summary')].map((s) => textOf(s));
const count = (el: Element) => textOf(deep(el, '[part="count"]'));

async function search(el: VssSupport, q: string) {
  typeInto(deep<HTMLInputElement>(el, '#q'), q);
  await settle(el);
}

describe('vss-support', () => {
  afterEach(async () => {
    cleanup();
    await switchLocale('vi');
  });

  it('folds Vietnamese for search in core', () => {
    expect(foldForSearch('Quên  MẬT khẩu')).to.equal('quen mat khau');
    expect(foldForSearch('Đăng ký')).to.equal('dang ky');
    expect(matchesSearch('Quên mật khẩu', 'khau quen')).to.equal(true);
    expect(matchesSearch('Quên mật khẩu', 'quen otp')).to.equal(false);
  });

  it('shows the hotline as tap-to-call links with their hours', async () => {
    const el = await mount<VssSupport>(html`<vss-support></vss-support>`);
    const hot = deep(el, '[part="hotline"]');
    const links = [...hot.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:19009068', 'tel:02437899999']);
    expect(textOf(hot)).to.contain('1900 9068');
    expect(textOf(hot)).to.contain('24/7');
    expect(textOf(hot)).to.contain('Trong giờ hành chính');
    expect(questions(el)).to.have.length(8);
    expect(count(el)).to.equal('8 câu hỏi thường gặp.');
    await expectNoAxeViolations(el);
  });

  it('finds answers with and without diacritics alike', async () => {
    const el = await mount<VssSupport>(html`<vss-support></vss-support>`);
    await search(el, 'Quên mật khẩu');
    const withMarks = questions(el);
    expect(withMarks[0]).to.equal('Quên mật khẩu');
    expect(count(el)).to.equal(`Tìm thấy ${withMarks.length} câu trả lời.`);
    await search(el, 'quen mat khau');
    expect(questions(el)).to.deep.equal(withMarks);
    expect(withMarks.length).to.be.lessThan(8);
  });

  it('maps đ to d ("dang ky" finds "Cách đăng ký tài khoản")', async () => {
    const el = await mount<VssSupport>(html`<vss-support></vss-support>`);
    await search(el, 'dang ky tai khoan');
    expect(questions(el)).to.include('Cách đăng ký tài khoản');
    await search(el, 'otp');
    expect(questions(el)).to.include('Không nhận được tin nhắn SMS hoặc mã OTP');
  });

  it('has a live count region and an empty-search state that clears back to the list', async () => {
    const el = await mount<VssSupport>(html`<vss-support></vss-support>`);
    expect(deep(el, '[part="count"]').getAttribute('role')).to.equal('status');
    await search(el, 'xyzqwv');
    expect(count(el)).to.equal('Không tìm thấy câu trả lời nào cho "xyzqwv".');
    expect(questions(el)).to.have.length(0);
    const empty = deep(el, '.state.empty');
    expect(textOf(empty)).to.contain('1900 9068');
    await expectNoAxeViolations(el);
    deep<HTMLButtonElement>(empty, 'button').click();
    await settle(el);
    await settle(el);
    expect(questions(el)).to.have.length(8);
    expect(el.shadowRoot!.activeElement).to.equal(deep(el, '#q'));
  });

  it('opens the answer named by the topic attribute', async () => {
    const el = await mount<VssSupport>(html`<vss-support topic="locked"></vss-support>`);
    const open = [...el.shadowRoot!.querySelectorAll('details')].filter((d) => d.open);
    expect(open.map((d) => d.id)).to.deep.equal(['topic-locked']);
    expect(textOf(open[0]!)).to.contain('30 phút');
    await expectNoAxeViolations(el);
  });

  it('opens and focuses a topic set later (a link from another element)', async () => {
    const el = await mount<VssSupport>(html`<vss-support></vss-support>`);
    el.topic = 'password';
    await settle(el);
    const details = deep<HTMLDetailsElement>(el, '#topic-password');
    expect(details.open).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(details.querySelector('summary'));
  });

  it('fires vss-support-topic when an answer is opened, from the keyboard too', async () => {
    const el = await mount<VssSupport>(html`<vss-support></vss-support>`);
    const seen: string[] = [];
    el.addEventListener('vss-support-topic', (e) => seen.push(e.detail.topic));
    const summary = deep<HTMLElement>(el, '#topic-card-rejected summary');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 50));
    expect(deep<HTMLDetailsElement>(el, '#topic-card-rejected').open).to.equal(true);
    expect(seen).to.deep.equal(['card-rejected']);
    expect(textOf(deep(el, '#topic-card-rejected'))).to.contain('01/6/2021');
  });

  it('reads and searches in English', async () => {
    await switchLocale('en');
    const el = await mount<VssSupport>(html`<vss-support></vss-support>`);
    expect(textOf(deep(el, '[part="hotline"]'))).to.contain('Vietnam Social Security hotline');
    await search(el, 'forgot password');
    expect(questions(el)[0]).to.equal('Forgot password');
    expect(count(el)).to.match(/^\d+ answers found\.$/);
    await expectNoAxeViolations(el);
  });
});
