// The demo portal's script: start the mock backend in a service worker, then define the elements.
// A real portal needs only the elements (one <script type="module">) and `api-base` pointing at its backend.
import './trusted-types.js';
import { worker, demoAccounts } from '@vssid/mocks/browser';

await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: './mockServiceWorker.js' } });
await import('@vssid/elements');

const provider = document.getElementById('provider')!;
const lang = document.getElementById('lang') as HTMLSelectElement;
const theme = document.getElementById('theme') as HTMLSelectElement;
lang.addEventListener('change', () => {
  document.documentElement.lang = lang.value;
  provider.setAttribute('lang', lang.value);
});
theme.addEventListener('change', () => provider.setAttribute('theme', theme.value));

// The accounts table is built with DOM calls (no innerHTML), like everything on this page.
const table = document.createElement('table');
const head = table.createTHead().insertRow();
for (const label of ['Mã số BHXH', 'Mật khẩu', 'Đặc điểm']) {
  const th = document.createElement('th');
  th.textContent = label;
  head.append(th);
}
const body = table.createTBody();
for (const a of demoAccounts) {
  const row = body.insertRow();
  const code = document.createElement('code');
  code.textContent = a.socialInsuranceCode;
  row.insertCell().append(code);
  const pw = document.createElement('code');
  pw.textContent = a.password;
  row.insertCell().append(pw);
  row.insertCell().textContent = a.label.vi;
}
document.getElementById('demo-accounts')!.append(table);
