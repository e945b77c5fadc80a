// The bench page: the MSW mock backend in a service worker, the elements, and measurement functions that
// bench/run.mjs calls through puppeteer. Each function returns plain numbers; the runner takes medians.
import { html, render } from 'lit';
import { VssClient, visitPageSchema, type MedicalVisit, type ParticipationPeriod } from '@vssid/core';
import { proofClaimNames, verifyProof } from '@vssid/core/proofs';
import { worker } from '@vssid/mocks/browser';
import '@vssid/elements';

const WORKER = ['7901234567', 'VssID@2026'] as const;
const PENSIONER = ['3101234567', 'Huutri1962'] as const;
const MANY = ['0198765432', 'KhamBenh10k'] as const;

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const stage = document.getElementById('stage')!;

async function until(check: () => unknown, timeoutMs = 20000, what = 'condition'): Promise<void> {
  const t = performance.now();
  while (!check()) {
    if (performance.now() - t > timeoutMs) throw new Error(`bench: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A signed-in client of its own (memory only). */
async function clientFor(account: readonly [string, string]): Promise<VssClient> {
  const c = new VssClient({ baseUrl: '/api', persistSession: false });
  await c.login(account[0], account[1]);
  return c;
}

/** Mounts `<vss-provider .client><tag></vss-provider>` and resolves when `ready(el)` holds and a frame painted. */
async function mountTimed(
  client: VssClient,
  tag: string,
  attrs: Record<string, string>,
  ready: (root: ShadowRoot) => boolean,
) {
  stage.replaceChildren();
  const provider = document.createElement('vss-provider') as HTMLElement & { client: VssClient };
  provider.setAttribute('memory-only', '');
  provider.client = client;
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  provider.append(el);
  const t0 = performance.now();
  stage.append(provider);
  await until(() => el.shadowRoot && ready(el.shadowRoot), 30000, `${tag} ready`);
  await frame();
  return { ms: performance.now() - t0, el };
}

/** The same rows as plain Lit, no virtualisation: the baseline. */
async function baselineTimed(rows: () => unknown) {
  stage.replaceChildren();
  const host = document.createElement('div');
  stage.append(host);
  const t0 = performance.now();
  render(rows(), host);
  await frame();
  return { ms: performance.now() - t0, rows: host.querySelectorAll('li').length };
}

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
const day = new Intl.DateTimeFormat('vi-VN');

async function allVisits(client: VssClient): Promise<MedicalVisit[]> {
  const out: MedicalVisit[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.visits({ limit: 200, cursor });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

const api = {
  async start() {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
    await fetch('/api/dev/reset', { method: 'POST' });
  },

  /** Card: from cached data to the painted card, and a plain-Lit rendering of the same fields. */
  async card() {
    const client = await clientFor(WORKER);
    const card = await client.card();
    const el = await mountTimed(client, 'vss-bhyt-card', {}, (r) => !!r.querySelector('[part="card"]'));
    const base = await baselineTimed(
      () =>
        html`<ul>${Object.entries(card).map(([k, v]) => html`<li><b>${k}</b> ${typeof v === 'object' ? JSON.stringify(v) : String(v)}</li>`)}</ul>`,
    );
    return { ms: el.ms, baselineMs: base.ms, domRows: 1, baselineRows: base.rows };
  },

  /** The pensioner's ≈1,500 periods: virtualised timeline vs every row rendered. */
  async history() {
    const client = await clientFor(PENSIONER);
    const h = await client.participation();
    const el = await mountTimed(
      client,
      'vss-participation-history',
      {},
      (r) => r.querySelectorAll('[part="row"]').length > 0,
    );
    const domRows = el.el.shadowRoot!.querySelectorAll('[part="row"]').length;
    const base = await baselineTimed(
      () => html`<ul>
        ${h.periods.map(
          (p: ParticipationPeriod) => html`<li>
            <span>${p.fromMonth} – ${p.toMonth}</span> <strong>${p.employerName}</strong>
            <dl><dt>Chức vụ</dt><dd>${p.position}</dd><dt>Lương</dt><dd>${vnd.format(p.salaryBase)}</dd><dt>Tỷ lệ</dt><dd>${p.rate}%</dd></dl>
          </li>`,
        )}
      </ul>`,
    );
    return { ms: el.ms, baselineMs: base.ms, domRows, baselineRows: base.rows, periods: h.periods.length };
  },

  /** The 10,000-visit account: first page painted (virtualised) vs all 10,000 rows rendered. */
  async visits() {
    const client = await clientFor(MANY);
    const all = await allVisits(client);
    const el = await mountTimed(
      client,
      'vss-medical-records',
      { 'page-size': '200' },
      (r) => r.querySelectorAll('button.row').length > 0,
    );
    const domRows = el.el.shadowRoot!.querySelectorAll('button.row').length;
    const base = await baselineTimed(
      () => html`<ul>
        ${all.map(
          (v) =>
            html`<li><button type="button">${day.format(new Date(v.admittedAt))} ${v.facilityName} ${v.diagnosisName} ${vnd.format(v.total)}</button></li>`,
        )}
      </ul>`,
    );
    return { ms: el.ms, baselineMs: base.ms, domRows, baselineRows: base.rows, visits: all.length };
  },

  /** Scrolls the visit list from top to bottom (loading every page); long tasks seen meanwhile. */
  async scrollVisits() {
    const client = await clientFor(MANY);
    const { el } = await mountTimed(
      client,
      'vss-medical-records',
      { 'page-size': '200' },
      (r) => r.querySelectorAll('button.row').length > 0,
    );
    const long: number[] = [];
    const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => long.push(e.duration)));
    obs.observe({ type: 'longtask', buffered: false });
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('lit-virtualizer')!;
    const t0 = performance.now();
    let maxRows = 0;
    let stuck = 0;
    let last = -1;
    while (performance.now() - t0 < 120000) {
      scroller.scrollTop += scroller.clientHeight;
      await frame();
      maxRows = Math.max(maxRows, el.shadowRoot!.querySelectorAll('button.row').length);
      const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]:not([disabled])');
      const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
      if (atEnd && more) more.click();
      if (atEnd && !more) {
        stuck = scroller.scrollHeight === last ? stuck + 1 : 0;
        last = scroller.scrollHeight;
        if (stuck > 40) break; // nothing more arrives: the end of the list
        await new Promise((r) => setTimeout(r, 25));
      }
    }
    obs.disconnect();
    const loaded = (el as unknown as { _items?: unknown[] })._items?.length;
    return {
      ms: performance.now() - t0,
      longTasks: long.length,
      longTaskMs: Math.round(long.reduce((a, b) => a + b, 0)),
      worstLongTaskMs: Math.round(Math.max(0, ...long)),
      maxRowsInDom: maxRows,
      loaded: loaded ?? null,
    };
  },

  /** Parsing 10,000 visits with the schema vs JSON.parse alone. */
  async parseVisits() {
    const client = await clientFor(MANY);
    const items = await allVisits(client);
    const text = JSON.stringify({
      items,
      nextCursor: null,
      totals: { count: items.length, total: 0, insurancePaid: 0, patientPaid: 0 },
      facilities: [],
    });
    const times = (f: () => unknown) => {
      const out: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t = performance.now();
        f();
        out.push(performance.now() - t);
      }
      return out.sort((a, b) => a - b)[3]!;
    };
    const baselineMs = times(() => JSON.parse(text));
    const ms = times(() => {
      const r = visitPageSchema.safeParse(JSON.parse(text));
      if (!r.success) throw new Error(`bench: the visits did not pass the schema: ${r.error.message.slice(0, 200)}`);
    });
    return { ms, baselineMs, visits: items.length, kB: Math.round(text.length / 1000) };
  },

  /**
   * `verifyProof` on a proof of all seven claims from the mock: the first call (importing the key included),
   * then the median of 200 more (the imported key is reused).
   */
  async verifyProof() {
    const client = await clientFor(PENSIONER);
    const proof = await client.createProof({ claims: [...proofClaimNames], ttlMinutes: 1440 });
    const keys = await client.proofKeys();
    let t = performance.now();
    const first = await verifyProof(proof.token, keys);
    const firstMs = performance.now() - t;
    if (!first.ok) throw new Error(`bench: the mock's proof did not verify (${first.reason})`);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      t = performance.now();
      await verifyProof(proof.token, keys);
      times.push(performance.now() - t);
    }
    return { firstMs, ms: times.sort((a, b) => a - b)[100]!, tokenChars: proof.token.length };
  },

  /** Five record elements (plus a second profile and card) under one provider: requests per resource. */
  async sharedRequests() {
    stage.replaceChildren();
    const counts: Record<string, number> = {};
    const onStart = ({ request }: { request: Request }) => {
      const p = new URL(request.url).pathname;
      if (p.startsWith('/api/me')) counts[p] = (counts[p] ?? 0) + 1;
    };
    const client = await clientFor(WORKER);
    worker.events.on('request:start', onStart);
    const provider = document.createElement('vss-provider') as HTMLElement & { client: VssClient };
    provider.client = client;
    const tags = [
      'vss-profile',
      'vss-bhyt-card',
      'vss-participation-history',
      'vss-benefits',
      'vss-medical-records',
      'vss-profile',
      'vss-bhyt-card',
    ];
    for (const t of tags) provider.append(document.createElement(t));
    stage.append(provider);
    await until(
      () =>
        [...provider.children].every(
          (e) =>
            e.shadowRoot &&
            !e.shadowRoot.querySelector('.state.loading') &&
            (e.shadowRoot.textContent ?? '').length > 20,
        ),
      20000,
      'all elements filled',
    );
    await new Promise((r) => setTimeout(r, 500));
    worker.events.removeListener('request:start', onStart);
    return { elements: tags.length, counts };
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.body.dataset.ready = '1';
