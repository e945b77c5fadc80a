// 60 XSS payloads (xss-corpus.ts) in every free-text string the mock returns and in every text input:
// nothing executes (the `__xss` canary stays silent) and nothing is rendered as markup (no payload
// element, no inline handler, no `javascript:` URL in any shadow root).
//
// Responses are poisoned by MSW overrides that run the real mock handlers (`getResponse`) and then replace
// string fields with payloads. A field keeps its payload only when the endpoint's schema still accepts the
// answer (codes, dates and phone numbers have formats and cannot carry one; names, addresses, employers,
// facilities, diagnoses and SMS texts can), so the elements render the poisoned data instead of an error.
import { expect } from '@esm-bundle/chai';
import { http, HttpResponse, getResponse } from 'msw';
import { worker, handlers } from '@vssid/mocks/browser';
import {
  benefitListSchema,
  bhytCardSchema,
  officeListSchema,
  participationHistorySchema,
  profileSchema,
  provinceListSchema,
  smsListSchema,
  visitPageSchema,
} from '@vssid/core';
import { resetBackend, startBackend } from '../support/backend.js';
import { deep, textOf, typeInto, waitFor } from '../support/dom.js';
import {
  ACCOUNTS,
  clearCardCopies,
  frames,
  mountTag,
  publicTags,
  recordElements,
  shadowElements,
  unmountAll,
  watchUncaught,
  whenSettled,
} from '../a11y/harness.js';
import { injectedMarkup, installCanary, xssPayloads } from './xss-corpus.js';

interface Schema {
  safeParse(v: unknown): { success: boolean };
}

/** Path of every string leaf, with array indices as `*` (one pattern covers every row). */
function stringLeaves(v: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (typeof v === 'string') out.push(path);
  else if (Array.isArray(v)) v.forEach((x, i) => stringLeaves(x, [...path, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) stringLeaves(x, [...path, k], out);
  return out;
}
const patternOf = (p: (string | number)[]) => p.map((s) => (typeof s === 'number' ? '*' : s)).join('.');
function setAt(obj: unknown, path: (string | number)[], value: unknown) {
  let o = obj as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path[path.length - 1]!] = value;
}

/**
 * Replaces every string field the schema lets carry free text with payloads (a different one per leaf,
 * cycling through the corpus). Returns the poisoned copy and the field patterns that carry payloads.
 */
export function poison(data: unknown, schema: Schema): { data: unknown; fields: string[] } {
  const copy = structuredClone(data);
  const leaves = stringLeaves(copy);
  const byPattern = new Map<string, (string | number)[][]>();
  for (const l of leaves) byPattern.set(patternOf(l), [...(byPattern.get(patternOf(l)) ?? []), l]);
  const fields: string[] = [];
  let n = 0;
  for (const [pattern, paths] of byPattern) {
    const before = paths.map((p) => p.reduce<any>((o, k) => o[k], copy));
    paths.forEach((p) => setAt(copy, p, xssPayloads[n++ % xssPayloads.length]));
    if (schema.safeParse(copy).success) fields.push(pattern);
    else paths.forEach((p, i) => setAt(copy, p, before[i]));
  }
  return { data: copy, fields };
}

const poisoned: Record<string, Schema> = {
  '/api/me': profileSchema,
  '/api/me/card': bhytCardSchema,
  '/api/me/participation': participationHistorySchema,
  '/api/me/benefits': benefitListSchema,
  '/api/me/visits': visitPageSchema,
  '/api/provinces': provinceListSchema,
  '/api/offices': officeListSchema,
  '/api/dev/sms': smsListSchema,
};
const carried = new Map<string, Set<string>>();

function poisonAll() {
  worker.use(
    ...Object.entries(poisoned).map(([path, schema]) =>
      http.get(`*${path}`, async ({ request }) => {
        const real = await getResponse(handlers, request);
        if (!real || !real.ok) return real;
        const { data, fields } = poison(await real.json(), schema);
        const seen = carried.get(path) ?? new Set();
        fields.forEach((f) => seen.add(f));
        carried.set(path, seen);
        return HttpResponse.json(data as object);
      }),
    ),
  );
}

describe('XSS: payloads in server data and in inputs never execute or become markup', function () {
  this.timeout(30000);
  const uncaught = watchUncaught();
  let fired: number[] = [];
  before(async () => {
    await startBackend();
    uncaught.start();
  });
  after(() => {
    uncaught.stop();
    delete window.__xss;
  });
  beforeEach(async () => {
    await resetBackend();
    clearCardCopies();
    fired = installCanary();
    poisonAll();
  });
  afterEach(() => {
    unmountAll();
    worker.resetHandlers();
    clearCardCopies();
    expect(uncaught.take(), 'uncaught').to.deep.equal([]);
  });

  it('has at least 50 distinct payloads', () => {
    expect(new Set(xssPayloads).size).to.be.at.least(50);
  });

  it('the checks can fail: a payload rendered as markup is both detected and executed', async () => {
    const probe = document.createElement('div');
    probe.attachShadow({ mode: 'open' }).innerHTML = xssPayloads[1]!;
    document.body.append(probe);
    await waitFor(() => fired.length > 0, 2000, 'canary');
    expect(injectedMarkup(probe).length).to.be.greaterThan(0);
    probe.remove();
    fired.length = 0;
  });

  for (const rec of recordElements) {
    for (const who of rec.accounts) {
      it(`${rec.tag} (${who}): poisoned ${rec.endpoint} shows payloads as text only`, async () => {
        const { el } = await mountTag(rec.tag, { account: ACCOUNTS[who] });
        await whenSettled(el);
        // open every disclosure so hidden details render too (visit dialogs are opened below)
        for (const d of shadowElements(el)) if (d instanceof HTMLDetailsElement) d.open = true;
        await frames(3);
        await new Promise((r) => setTimeout(r, 100));
        expect(el.shadowRoot!.querySelector('.state.error'), textOf(el)).to.equal(null);
        expect(fired, 'executed payloads').to.deep.equal([]);
        expect(injectedMarkup(el)).to.deep.equal([]);
      });
    }
  }

  if (customElements.get('vss-medical-records')) {
    it('vss-medical-records: a visit detail dialog with poisoned facility and diagnosis shows text only', async () => {
      const { el } = await mountTag('vss-medical-records', { account: ACCOUNTS.worker });
      await whenSettled(el);
      const row = await waitFor(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button.row'));
      row.click();
      await frames(3);
      const dialog = deep(el, 'dialog');
      expect(textOf(dialog)).to.match(/<img src=x onerror|__xss/);
      expect(fired).to.deep.equal([]);
      expect(injectedMarkup(el)).to.deep.equal([]);
    });
  }

  if (customElements.get('vss-sms-inbox')) {
    it('vss-sms-inbox: poisoned SMS texts are shown as text', async () => {
      await fetch('/api/registrations/otp', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phone: '0912345678' }),
      });
      const { el } = await mountTag('vss-sms-inbox');
      await waitFor(() => /__xss|<img|<svg|<script/.test(textOf(el)), 8000, 'payload shown as text');
      expect(fired).to.deep.equal([]);
      expect(injectedMarkup(el)).to.deep.equal([]);
    });
  }

  if (customElements.get('vss-office-picker')) {
    it('vss-office-picker: poisoned province and office names are options and text only', async () => {
      const { el } = await mountTag('vss-office-picker');
      await waitFor(() => deep<HTMLSelectElement>(el, '#province').options.length > 10, 8000, 'provinces');
      const select = deep<HTMLSelectElement>(el, '#province');
      select.value = select.options[1]!.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => !deep<HTMLInputElement>(el, '#office').disabled, 8000, 'office input');
      const input = deep<HTMLInputElement>(el, '#office');
      typeInto(input, '<');
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await frames(3);
      expect(fired).to.deep.equal([]);
      expect(injectedMarkup(el)).to.deep.equal([]);
    });
  }

  it('payloads reached the fields that can carry free text', () => {
    // guards against a poisoning that silently stopped working (e.g. a renamed endpoint)
    const all = [...carried.values()].flatMap((s) => [...s]);
    expect(all.length, JSON.stringify(Object.fromEntries([...carried].map(([k, v]) => [k, [...v]])))).to.be.greaterThan(
      8,
    );
  });

  for (const tag of publicTags) {
    it(`${tag}: every payload typed into every text input stays text`, async () => {
      const { el } = await mountTag(tag);
      await whenSettled(el).catch(() => undefined);
      // the office field opens once a province is chosen
      const province = el.shadowRoot?.querySelector<HTMLSelectElement>('select#province');
      if (province) {
        await waitFor(() => el.shadowRoot!.querySelector<HTMLSelectElement>('select#province')!.options.length > 1);
        const live = el.shadowRoot!.querySelector<HTMLSelectElement>('select#province')!;
        live.value = live.options[1]!.value;
        live.dispatchEvent(new Event('change', { bubbles: true }));
        await waitFor(() => !deep<HTMLInputElement>(el, '#office').disabled, 8000, 'office input');
      }
      const inputs = () =>
        [...shadowElements(el), ...el.querySelectorAll('*')].filter(
          (n): n is HTMLInputElement | HTMLTextAreaElement =>
            (n instanceof HTMLInputElement &&
              ['text', 'search', 'password', 'tel', 'email', ''].includes(n.type) &&
              !n.disabled) ||
            n instanceof HTMLTextAreaElement,
        );
      let typed = 0;
      for (const payload of xssPayloads) {
        for (const input of inputs()) {
          typeInto(input, payload, { blur: true });
          typed++;
        }
        // submit whatever form is there, so validation messages echo the input if they ever do
        for (const b of shadowElements(el)) if (b instanceof HTMLButtonElement && b.type === 'submit') b.click();
        await frames(1);
      }
      await new Promise((r) => setTimeout(r, 200));
      // (the photo field has a file input only, the SMS inbox and the card explainer none)
      if (!['vss-sms-inbox', 'vss-card-explain', 'vss-photo-input'].includes(tag))
        expect(typed, 'inputs found').to.be.greaterThan(0);
      expect(fired, 'executed payloads').to.deep.equal([]);
      expect(injectedMarkup(el), 'markup from payloads').to.deep.equal([]);
    });
  }
});
