// Pages through the built loader (dist/cdn/vssid-loader.js, from `npm run build`) in Chromium:
// - what each page downloads before its elements render stays within its budget (bench/budget.json, "pages");
// - a page is one round trip deep after the loader: every file of its tags is asked for at once;
// - the loader works from another origin and another folder than the page's, under the demo's strict CSP with
//   Trusted Types, with no violation and no console error;
// - the loader's stylesheet keeps the page still while the code arrives (nothing below an element moves).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
// @ts-expect-error plain .mjs bench helpers, no declarations
import { CDN_BASE, PAGES, fileSizes, launch, measurePages, root, serve } from '../../bench/pages.mjs';

interface Measured {
  name: string;
  gzip: number;
  files: { path: string; gzip: number }[];
  later: string[];
  errors: string[];
}
const budget = JSON.parse(readFileSync(join(root as string, 'bench/budget.json'), 'utf8')) as {
  gzip: Record<string, number>;
  pages: Record<string, number>;
};
const kB = (n: number) => (n / 1000).toFixed(1);

describe('pages through the loader: what they download before their elements render', () => {
  let measured: Measured[] = [];
  before(async () => {
    measured = (await measurePages()) as Measured[];
  });

  for (const page of PAGES as { name: string; title: string }[]) {
    it(`${page.title}: within bench/budget.json`, () => {
      const m = measured.find((x) => x.name === page.name)!;
      assert.deepEqual(m.errors, [], 'page errors');
      const limit = budget.pages[page.name];
      assert.ok(limit, `bench/budget.json has no page budget for ${page.name}`);
      const list = m.files.map((f) => `${f.path} ${kB(f.gzip)}`).join(', ');
      assert.ok(m.gzip <= limit, `${kB(m.gzip)} kB gzip over the ${kB(limit)} kB budget: ${list}`);
      // the loader and its stylesheet are among them, so the figure is what the page really costs
      assert.ok(m.files.some((f) => f.path === 'vssid-loader.js'));
      assert.ok(m.files.some((f) => f.path === 'vssid-loader.css'));
    });
  }

  it('the loader itself and the one-file build stay within theirs', () => {
    const s = fileSizes() as { loader: number; everything: number };
    assert.ok(s.loader <= budget.gzip.loader, `loader ${kB(s.loader)} kB over ${kB(budget.gzip.loader)}`);
    assert.ok(s.everything <= budget.gzip.cdn, `vssid-elements.js ${kB(s.everything)} kB over ${kB(budget.gzip.cdn)}`);
  });
});

describe('the loader on a slow network: one round trip after it, whatever the page', () => {
  let browser: Browser;
  let server: { origin: string; close(): Promise<void> };
  before(async () => {
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks for every file of every tag at once (no file waits for another to arrive)', async () => {
    const tab = await browser.newPage();
    await tab.setCacheEnabled(false);
    // 300 ms of latency a request: a second level of imports would start a whole round trip later
    await tab.emulateNetworkConditions({ download: 1e7, upload: 1e7, latency: 300 });
    await tab.goto(`${server.origin}/records.html`);
    const tags = [
      'vss-login',
      'vss-bhyt-card',
      'vss-profile',
      'vss-support',
      'vss-benefits',
      'vss-participation-history',
      'vss-medical-records',
    ];
    await tab.waitForFunction((t: string[]) => t.every((x) => customElements.get(x)), { timeout: 30000 }, tags);
    // a file's timing entry appears once it has arrived
    await new Promise((r) => setTimeout(r, 500));
    const entries = (await tab.evaluate(
      (base: string) =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => new URL(e.name).pathname.startsWith(`${base}elements/`))
          .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })),
      CDN_BASE,
    )) as { path: string; start: number; end: number }[];
    await tab.close();
    // Started together (over HTTP/1.1 the seventh and later wait for one of six connections, but they were asked
    // for at once); what the elements fetch later, on demand, starts after the first file arrived.
    const firstEnd = Math.min(...entries.map((e) => e.end));
    const upFront = entries.filter((e) => e.start < firstEnd);
    assert.ok(upFront.length >= 8, `only ${upFront.length} files asked for up front`);
    const spread = Math.max(...upFront.map((e) => e.start)) - Math.min(...upFront.map((e) => e.start));
    assert.ok(spread < 150, `the files up front were asked for over ${Math.round(spread)} ms`);
    // and every file the map lists for these tags is among them
    const map = JSON.parse(readFileSync(join(root as string, 'dist/cdn/vssid-loader.manifest.json'), 'utf8')) as {
      files: string[];
      tags: Record<string, number[]>;
    };
    const needed = new Set(
      ['login', 'bhyt-card', 'profile', 'support'].flatMap((t) => map.tags[t]!.map((i) => map.files[i]!)),
    );
    for (const f of needed)
      assert.ok(
        upFront.some((e) => e.path.endsWith(`/elements/${f}`)),
        `${f} was not asked for up front`,
      );
  });

  it('keeps the page still: nothing after the elements moves as they upgrade (vssid-loader.css)', async () => {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 375, height: 800 });
    await tab.setCacheEnabled(false);
    // slow enough that the page paints before the code arrives
    await tab.emulateNetworkConditions({ download: 2e5, upload: 1e5, latency: 150 });
    await tab.evaluateOnNewDocument(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) (window as unknown as { __shift: number }).__shift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.goto(`${server.origin}/login.html`);
    const before = await tab.evaluate(() => document.getElementById('after')!.getBoundingClientRect().top);
    await tab.waitForFunction(() => !!document.querySelector('vss-login input[name="password"]'), { timeout: 30000 });
    await new Promise((r) => setTimeout(r, 300));
    const after = await tab.evaluate(() => document.getElementById('after')!.getBoundingClientRect().top);
    const shift = await tab.evaluate(() => (window as unknown as { __shift: number }).__shift);
    await tab.close();
    assert.ok(Math.abs(after - before) <= 24, `the text after the login box moved ${Math.round(after - before)} px`);
    assert.ok(shift < 0.05, `cumulative layout shift ${shift.toFixed(3)}`);
  });
});

describe('the loader from another origin and folder, under a strict CSP with Trusted Types', () => {
  let browser: Browser;
  let cdn: { origin: string; close(): Promise<void> };
  let portal: { origin: string; close(): Promise<void> };
  const folder = '/vendor/vssid/v2/';
  before(async () => {
    // the CDN: another port is another origin; it answers with CORS, as a CDN does for module scripts
    cdn = await serve({ pages: false, api: false, cdn: folder, cors: true });
    const csp = [
      `script-src 'self' ${cdn.origin}`,
      `style-src 'self' ${cdn.origin}`,
      "object-src 'none'",
      "base-uri 'none'",
      "require-trusted-types-for 'script'",
    ].join('; ');
    portal = await serve({ pages: { cdn: `${cdn.origin}${folder}` }, cdn: false, csp });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await portal?.close();
    await cdn?.close();
  });

  async function open(url: string): Promise<{ tab: Page; violations: string[]; errors: string[] }> {
    const tab = await browser.newPage();
    const violations: string[] = [];
    const errors: string[] = [];
    await tab.exposeFunction('__cspViolation', (v: string) => violations.push(v));
    await tab.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspViolation(v: string): void }).__cspViolation(
          `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
        ),
      );
    });
    tab.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(url);
    return { tab, violations, errors };
  }

  it('signs in through a login box whose code came from the other origin, with no violation', async () => {
    const { tab, violations, errors } = await open(`${portal.origin}/login.html`);
    await tab.waitForSelector('vss-login input[name="password"]', { timeout: 20000 });
    await tab.type('vss-login input[name="code"]', '7901234567');
    await tab.type('vss-login input[name="password"]', 'VssID@2026');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(
      () => (document.querySelector('vss-login')?.shadowRoot?.textContent ?? '').includes('Đăng xuất'),
      {
        timeout: 20000,
      },
    );
    const fromCdn = (await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))) as string[];
    assert.ok(
      fromCdn.some((u) => u.startsWith(`${cdn.origin}${folder}elements/`)),
      'the element files came from the CDN folder',
    );
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(violations, [], 'CSP / Trusted Types violations');
    assert.deepEqual(errors, [], 'console errors');
    await tab.close();
  });

  it('the registration form and the support answers render and respond, with no violation', async () => {
    const { tab, violations, errors } = await open(`${portal.origin}/registration.html`);
    await tab.waitForFunction(
      () => !!document.querySelector('vss-registration-form')?.shadowRoot?.querySelector('#f-fullName'),
      {
        timeout: 20000,
      },
    );
    await tab.type('vss-registration-form >>> #f-fullName', 'Nguyễn Văn An');
    await tab.evaluate(() =>
      document.querySelector('vss-registration-form')!.shadowRoot!.querySelector<HTMLButtonElement>('#next')!.click(),
    );
    await tab.waitForFunction(
      () =>
        !!document.querySelector('vss-registration-form')!.shadowRoot!.querySelector('.error-summary, #error-summary'),
      {
        timeout: 10000,
      },
    );
    await tab.waitForFunction(
      () => (document.querySelector('vss-support')?.shadowRoot?.textContent ?? '').includes('1900 9068'),
      {
        timeout: 10000,
      },
    );
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(violations, [], 'CSP / Trusted Types violations');
    assert.deepEqual(errors, [], 'console errors');
    await tab.close();
  });

  it('a violation would be seen: the policy refuses an inline script on that page', async () => {
    const { tab, violations } = await open(`${portal.origin}/login.html`);
    await tab.evaluate(() => {
      try {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.body.append(s);
      } catch {
        // Trusted Types refuse the plain string
      }
    });
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(violations.length > 0);
    await tab.close();
  });
});
