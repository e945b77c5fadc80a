// The demo portal's script: start the mock backend in a service worker, then define the elements.
// A real portal needs only the elements (one <script type="module">) and `api-base` pointing at its backend.
import './trusted-types.js';
import { worker, demoAccounts } from '@vssid/mocks/browser';

await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: './mockServiceWorker.js' } });
await import('@vssid/elements');
// demo-only: the mock's SMS outbox, to read the codes the mock "sent" (never part of @vssid/elements)
await import('@vssid/mocks/sms-inbox');

const provider = document.getElementById('provider')!;
const lang = document.getElementById('lang') as HTMLSelectElement;
const theme = document.getElementById('theme') as HTMLSelectElement;
lang.addEventListener('change', () => {
  document.documentElement.lang = lang.value;
  provider.setAttribute('lang', lang.value);
  portalLanguage(lang.value === 'en' ? 'en' : 'vi');
});

/**
 * The portal's own words (headings, navigation, footer) follow the language too; the elements translate
 * themselves. Each such node carries its English in `data-en` (`data-en-label` for an aria-label).
 */
function portalLanguage(to: 'vi' | 'en'): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-en]')) {
    el.dataset['vi'] ??= el.textContent ?? '';
    el.textContent = to === 'en' ? el.dataset['en']! : el.dataset['vi'];
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-en-label]')) {
    el.dataset['viLabel'] ??= el.getAttribute('aria-label') ?? '';
    el.setAttribute('aria-label', to === 'en' ? el.dataset['enLabel']! : el.dataset['viLabel']);
  }
  fillAccounts(to);
}
theme.addEventListener('change', () => provider.setAttribute('theme', theme.value));

// The accounts table is built with DOM calls (no innerHTML), like everything on this page.
function fillAccounts(to: 'vi' | 'en'): void {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  const labels =
    to === 'en' ? ['Social insurance code', 'Password', 'What it shows'] : ['Mã số BHXH', 'Mật khẩu', 'Đặc điểm'];
  for (const label of labels) {
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
    row.insertCell().textContent = a.label[to];
  }
  document.getElementById('demo-accounts')!.replaceChildren(table);
}
fillAccounts('vi');

// The estimate elements tell the portal what they showed; the demo prints the last one (a portal could save
// it, or prefill a form with it).
const log = document.getElementById('estimate-log')!;
for (const type of [
  'vss-pension-estimate',
  'vss-withdrawal-estimate',
  'vss-household-bhyt',
  'vss-voluntary-bhxh',
] as const) {
  document.addEventListener(type, (e) => {
    const d = (e as CustomEvent<Record<string, unknown>>).detail;
    const pension = (x: unknown) => (x as { monthlyPension?: number | null } | null)?.monthlyPension ?? null;
    const summary =
      type === 'vss-pension-estimate'
        ? { now: pension(d['now']), kept: pension(d['kept']) }
        : type === 'vss-withdrawal-estimate'
          ? { amount: (d['estimate'] as { amount: number }).amount }
          : type === 'vss-household-bhyt'
            ? { members: d['memberCount'], total: d['total'] }
            : { income: d['monthlyIncome'], payable: d['payable'] };
    log.textContent = `${type} ${JSON.stringify(summary)}`;
  });
}
// The citizen's links point at the clinic's side of this page (a real portal names its own verify page).
// A link's `#proof=` fragment goes to the verifier and is wiped from the address bar at once, so the page
// keeps nothing of it.
const verifier = document.getElementById('verify-proof') as HTMLElementTagNameMap['vss-verify-proof'];
document.getElementById('share-proof')!.setAttribute('verify-url', `${location.origin}${location.pathname}#kiem-tra`);
function takeProofFromLink(): void {
  if (!location.hash.startsWith('#proof=')) return;
  verifier.proof = location.hash;
  history.replaceState(null, '', `${location.pathname}${location.search}#kiem-tra`);
  document.getElementById('kiem-tra')!.scrollIntoView();
}
window.addEventListener('hashchange', takeProofFromLink);
takeProofFromLink();
