import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { ApiError, VssClient } from '@vssid/core';
import '../../packages/elements/src/provider/provider.js';
import '@vssid/mocks/sms-inbox';
import type { VssSmsInbox } from '@vssid/mocks/sms-inbox';
import { fetchSmsOutbox } from '@vssid/mocks/dev-client';
import { switchLocale } from '../../packages/elements/src/i18n/localization.js';
import { clearFaults, resetBackend, startBackend } from '../support/backend.js';
import { cleanup, deep, maybeDeep, mount, textOf, waitFor } from '../support/dom.js';
import { expectNoAxeViolations } from '../support/axe.js';

const WORKER_PHONE = '0912345678';
const MUST_CHANGE_PHONE = '0983456789';

async function mountInbox(opts: { phone?: string; lang?: string; outbox?: VssSmsInbox['outbox'] } = {}) {
  const client = new VssClient({ baseUrl: '/api', retries: 0 });
  const provider = await mount(html`<vss-provider memory-only lang=${opts.lang ?? 'vi'} .client=${client}>
    <vss-sms-inbox phone=${opts.phone ?? ''}></vss-sms-inbox>
  </vss-provider>`);
  const inbox = provider.querySelector('vss-sms-inbox') as VssSmsInbox;
  if (opts.outbox) inbox.outbox = opts.outbox;
  return { inbox, client };
}

describe('vss-sms-inbox (demo only)', () => {
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

  it('shows an empty state for a phone with no message', async () => {
    const { inbox } = await mountInbox({ phone: WORKER_PHONE });
    await waitFor(() => textOf(inbox).includes('Chưa có tin nhắn nào.'));
    expect(maybeDeep(inbox, '[part="list"]')).to.equal(null);
    await expectNoAxeViolations(inbox);
  });

  it('lists messages with recipient and time, highlights the password and copies it', async () => {
    const { inbox } = await mountInbox();
    const item = await waitFor(() => maybeDeep(inbox, '[part="message"]'));
    expect(textOf(item)).to.contain(MUST_CHANGE_PHONE);
    expect(textOf(item)).to.match(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    expect(item.querySelector('mark')!.textContent).to.equal('k7Qm29xa');
    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (t: string) => {
      copied = t;
    };
    const kinds: string[] = [];
    inbox.addEventListener('vss-sms-copy', (e) => kinds.push(e.detail.kind));
    const button = item.querySelector<HTMLButtonElement>('[part="copy-button"]')!;
    expect(button.textContent!.trim()).to.match(/^Sao chép\s+k7Qm29xa$/);
    button.click();
    await waitFor(() => copied);
    navigator.clipboard.writeText = original;
    expect(copied).to.equal('k7Qm29xa');
    expect(kinds).to.deep.equal(['password']);
    await waitFor(() => textOf(deep(inbox, '[role="status"]')).includes('Đã sao chép mật khẩu'));
    await expectNoAxeViolations(inbox);
  });

  it('polls: a new OTP appears on its own, newest first, with the code highlighted', async () => {
    const { inbox, client } = await mountInbox({ phone: WORKER_PHONE });
    await waitFor(() => textOf(inbox).includes('Chưa có tin nhắn nào.'));
    await client.forgotPassword('7901234567', WORKER_PHONE);
    const mark = await waitFor(() => maybeDeep(inbox, '[part="message"] mark'), 5000, 'polled OTP');
    expect(mark.textContent).to.match(/^\d{6}$/);
    expect(textOf(deep(inbox, '[role="status"]'))).to.contain('Tin nhắn mới: 1.');
    await client.forgotPassword('7901234567', WORKER_PHONE);
    deep<HTMLButtonElement>(inbox, '[part="refresh-button"]').click();
    await waitFor(() => inbox.shadowRoot!.querySelectorAll('[part="message"]').length === 2);
    const times = [...inbox.shadowRoot!.querySelectorAll('time')].map((t) => t.getAttribute('datetime')!);
    expect(times[0]! >= times[1]!).to.equal(true);
  });

  it('says the inbox exists only on the mock backend when the server has no dev outbox (404)', async () => {
    const { inbox } = await mountInbox({
      outbox: () => Promise.reject(new ApiError({ kind: 'http', status: 404, code: 'not_found', message: '' })),
    });
    const alert = await waitFor(() => maybeDeep(inbox, '[role="alert"]'));
    expect(textOf(alert)).to.equal('Hộp thư SMS chỉ có trên máy chủ giả lập.');
    await expectNoAxeViolations(inbox);
  });

  it('shows a network error with retry, then the list', async () => {
    let fail = true;
    const { inbox } = await mountInbox({
      outbox: (phone, signal) =>
        fail
          ? Promise.reject(new ApiError({ kind: 'network', message: 'down' }))
          : fetchSmsOutbox('/api', phone, { signal }),
    });
    const retry = await waitFor(() => maybeDeep<HTMLButtonElement>(inbox, '[part="retry-button"]'));
    expect(textOf(inbox)).to.contain('Không kết nối được');
    await expectNoAxeViolations(inbox);
    fail = false;
    retry.click();
    await waitFor(() => maybeDeep(inbox, '[part="message"]'));
  });

  it('speaks English', async () => {
    const { inbox } = await mountInbox({ lang: 'en', phone: WORKER_PHONE });
    await waitFor(() => textOf(inbox).includes('No messages yet.'));
    expect(textOf(inbox)).to.contain('SMS inbox (mock)');
    expect(deep(inbox, '[part="refresh-button"]').textContent!.trim()).to.equal('Refresh');
  });
});

describe('fetchSmsOutbox (the mock-only outbox, outside the production client)', () => {
  before(async () => {
    await startBackend();
  });
  beforeEach(async () => {
    await resetBackend();
  });

  it('asks the server every time (no cache), filtered by phone in any format', async () => {
    expect(await fetchSmsOutbox('/api', WORKER_PHONE)).to.deep.equal([]);
    await fetch('/api/registrations/otp', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: WORKER_PHONE }),
    });
    const list = await fetchSmsOutbox('/api/', `+84${WORKER_PHONE.slice(1)}`);
    expect(list).to.have.length(1);
    expect(list[0]!.to).to.equal(WORKER_PHONE);
    expect(list[0]!.text).to.match(/Ma OTP/);
  });

  it('turns a missing route, a broken body and a dropped connection into ApiErrors', async () => {
    const fail = async (p: Promise<unknown>) =>
      p.then(
        () => expect.fail('resolved'),
        (e: unknown) => e as ApiError,
      );
    const notFound = await fail(fetchSmsOutbox('/not-a-mock'));
    expect(notFound.failure).to.include({ kind: 'http', status: 404 });
    const broken = await fail(fetchSmsOutbox('/api', undefined, { fetch: async () => Response.json([{ to: 1 }]) }));
    expect(broken.failure.kind).to.equal('invalid_response');
    const down = await fail(
      fetchSmsOutbox('/api', undefined, { fetch: () => Promise.reject(new TypeError('Failed to fetch')) }),
    );
    expect(down.failure).to.deep.equal({ kind: 'network', message: 'Failed to fetch' });
  });
});
