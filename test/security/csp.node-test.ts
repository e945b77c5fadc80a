// The demo portal under a strict Content-Security-Policy with Trusted Types enforced:
//   script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'
// Every element must work (sign in, records fill, registration and support render) with no CSP or
// Trusted Types violation and no console error.
//
// The page is built here from the current sources with esbuild, in the shape of dist/demo-static
// (scripts/build-demo.mjs): vssid-elements.js (packages/elements/src/index.ts, self-contained) and mock.js
// (demo/main.ts, loading ./vssid-elements.js), so the test never runs against a stale dist/. A tiny node
// server adds the CSP header; puppeteer-core drives the system Chromium.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const CSP =
  "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** Builds the static demo into a temp dir (about 1 s). */
export async function buildStaticDemo(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'vssid-csp-'));
  const common = {
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm' as const,
    target: 'es2022',
    platform: 'browser' as const,
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent' as const,
  };
  // split, so the English catalogue stays a lazy chunk as in the real builds (see bench/size.mjs)
  await build({
    ...common,
    entryPoints: { 'vssid-elements': 'packages/elements/src/index.ts' },
    splitting: true,
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
  });
  await build({
    ...common,
    entryPoints: ['demo/main.ts'],
    outfile: join(out, 'mock.js'),
    supported: { 'top-level-await': true },
    // demo/main.ts brings its own default Trusted Types policy (demo/trusted-types.ts) that admits only the
    // mock's service-worker URL, so the page is tested exactly as it ships.
    plugins: [
      {
        name: 'elements-from-cdn-file',
        setup(b) {
          b.onResolve({ filter: /^@vssid\/elements$/ }, () => ({ path: './vssid-elements.js', external: true }));
        },
      },
    ],
  });
  copyFileSync(join(root, 'demo/portal.css'), join(out, 'portal.css'));
  copyFileSync(join(root, 'demo/favicon.svg'), join(out, 'favicon.svg'));
  copyFileSync(join(root, 'mocks/public/mockServiceWorker.js'), join(out, 'mockServiceWorker.js'));
  const html = readFileSync(join(root, 'demo/index.html'), 'utf8').replace(
    /<script type="module" src="\.\/main\.ts"><\/script>/,
    '<script type="module" src="./mock.js"></script>',
  );
  assert.ok(html.includes('./mock.js'), 'demo/index.html still loads ./main.ts');
  writeFileSync(join(out, 'index.html'), html);
  return out;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` with the CSP header on every answer. */
export function serveWithCsp(dir: string, csp = CSP): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': csp,
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain', 'content-security-policy': csp }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function launch(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--lang=vi-VN'],
  });
}

interface Collected {
  violations: string[];
  errors: string[];
}

async function openDemo(browser: Browser, url: string): Promise<{ page: Page; seen: Collected }> {
  const page = await browser.newPage();
  const seen: Collected = { violations: [], errors: [] };
  await page.exposeFunction('__cspViolation', (v: string) => seen.violations.push(v));
  await page.evaluateOnNewDocument(() => {
    // composed path's first node is the offending element, even inside a shadow root
    document.addEventListener('securitypolicyviolation', (e) => {
      const target = e.composedPath()[0];
      const where =
        target instanceof Element
          ? `<${target.localName}${target.className ? ` class="${String(target.className)}"` : ''}> in ${(target.getRootNode() as ShadowRoot).host?.localName ?? 'document'}`
          : '';
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${where} ${e.sample}`.trim(),
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.errors.push(`pageerror: ${String(e)}`));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  // MSW registers its worker, then the elements module is imported (demo/main.ts)
  await page.waitForFunction(() => !!customElements.get('vss-login') && !!customElements.get('vss-profile'), {
    timeout: 20000,
  });
  return { page, seen };
}

/**
 * Visible text of a tag's shadow tree (first instance). Passed as source text: tsx would otherwise wrap
 * named inner functions in a `__name` helper that does not exist in the page.
 */
const shadowText = (page: Page, tag: string) =>
  page.evaluate(`(() => {
    const walk = (n) =>
      n instanceof Element && n.shadowRoot
        ? [...n.shadowRoot.childNodes].map(walk).join(' ') + [...n.childNodes].map(walk).join(' ')
        : n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '')
        : n instanceof HTMLStyleElement ? '' : [...n.childNodes].map(walk).join(' ');
    const el = document.querySelector(${JSON.stringify(tag)});
    return el ? walk(el).replace(/\\s+/g, ' ').trim() : '';
  })()`) as Promise<string>;

describe('strict CSP and Trusted Types: the demo portal', () => {
  let dir = '';
  let server: Server;
  let browser: Browser;
  let url = '';
  before(async () => {
    dir = await buildStaticDemo();
    server = await serveWithCsp(dir);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the server sends the policy, and a violation would be reported (inline script is refused)', async () => {
    const res = await fetch(url);
    assert.equal(res.headers.get('content-security-policy'), CSP);
    const { page, seen } = await openDemo(browser, url);
    const refused = await page.evaluate(() => {
      try {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1'; // Trusted Types refuse the plain string here
        document.body.append(s);
        return false;
      } catch {
        return true;
      }
    });
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(refused, 'Trusted Types must refuse a plain string as script text');
    assert.ok(seen.violations.length > 0, 'and the violation must be reported');
    await page.close();
  });

  it('signs in and every element fills, with no violation and no console error', async () => {
    const { page, seen } = await openDemo(browser, url);
    // the signed-out states render first
    await page.waitForFunction(
      () => document.querySelector('vss-profile')?.shadowRoot?.querySelector('.state.expired'),
      { timeout: 10000 },
    );
    await page.type('vss-login input[name="code"]', '7901234567');
    await page.type('vss-login input[name="password"]', 'VssID@2026');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        [
          'vss-profile',
          'vss-bhyt-card',
          'vss-participation-history',
          'vss-benefits',
          'vss-medical-records',
          'vss-pension-estimate',
          'vss-withdrawal-estimate',
        ].every((t) => {
          const r = document.querySelector(t)?.shadowRoot;
          return (
            r &&
            !r.querySelector('.state.loading, .state.expired, .state.error') &&
            (r.textContent ?? '').trim().length > 20
          );
        }),
      { timeout: 20000 },
    );
    const profile = await shadowText(page, 'vss-profile');
    assert.match(profile, /7901234567/);
    const card = await shadowText(page, 'vss-bhyt-card');
    assert.match(card, /DN · 4 · 79 · 7901234567/);
    assert.ok((await shadowText(page, 'vss-participation-history')).length > 50);
    assert.ok((await shadowText(page, 'vss-medical-records')).length > 50);
    assert.ok((await shadowText(page, 'vss-support')).includes('1900 9068'));
    // the estimates: their on-demand parts arrive with their stylesheets, the chart is an SVG
    assert.match(
      await shadowText(page, 'vss-pension-estimate'),
      /Nếu dừng đóng từ bây giờ.*\d{1,3}(\.\d{3})+ ₫\/tháng/,
    );
    assert.match(await shadowText(page, 'vss-household-bhyt'), /1\.366\.200 ₫|1\.263\.600 ₫/);
    assert.match(await shadowText(page, 'vss-voluntary-bhxh'), /264\.000 ₫/);
    const estimateStyled = await page.evaluate(() => {
      const el = document.querySelector('vss-pension-estimate')!;
      const svg = el.shadowRoot!.querySelector('[part~="chart"] svg');
      return el.shadowRoot!.adoptedStyleSheets.length > 1 && !!svg && getComputedStyle(svg).width !== 'auto';
    });
    assert.ok(estimateStyled, 'the pension estimate is styled and draws its chart');
    assert.ok((await shadowText(page, 'vss-registration-form')).length > 50);
    // the QR code and the card's styles are drawn (constructable stylesheets survive style-src 'self')
    const styled = await page.evaluate(() => {
      const card = document.querySelector('vss-bhyt-card')!;
      return card.shadowRoot!.adoptedStyleSheets.length > 0 && !!card.shadowRoot!.querySelector('svg');
    });
    assert.ok(styled, 'the card is styled and has its QR/status SVG');
    // open a visit detail and switch the language: more rendering under the policy
    await page.evaluate(() => {
      document
        .querySelector('vss-medical-records')!
        .shadowRoot!.querySelector<HTMLButtonElement>('button.row')
        ?.click();
    });
    await page.select('#lang', 'en');
    await page.waitForFunction(
      () => (document.querySelector('vss-profile')?.shadowRoot?.textContent ?? '').includes('Date of birth'),
      {
        timeout: 10000,
      },
    );
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(seen.violations, [], 'CSP / Trusted Types violations');
    assert.deepEqual(seen.errors, [], 'console errors');
    await page.close();
  });

  it("a proof made on the citizen's side is verified on the clinic's side, pasted and from a photo (QR decoder), under the policy", async () => {
    const { page, seen } = await openDemo(browser, url);
    await page.waitForFunction(
      () => document.querySelector('vss-share-proof')?.shadowRoot?.querySelector('.state.expired'),
      { timeout: 10000 },
    );
    await page.type('vss-login input[name="code"]', '7901234567');
    await page.type('vss-login input[name="password"]', 'VssID@2026');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('vss-share-proof')?.shadowRoot?.querySelector('#c-birth_year'),
      { timeout: 20000 },
    );
    // the demo ticks card_valid and card_benefit_level; add the year of birth and make the code
    await page.evaluate(`(() => {
      const r = document.querySelector('vss-share-proof').shadowRoot;
      r.querySelector('#c-birth_year').click();
      r.querySelector('[part="create-button"]').click();
    })()`);
    await page.waitForFunction(
      () => document.querySelector('vss-share-proof')!.shadowRoot!.querySelector('[part="qr"] svg'),
      { timeout: 10000 },
    );
    const link = (await page.evaluate(
      `document.querySelector('vss-share-proof').shadowRoot.querySelector('#token-text').value`,
    )) as string;
    assert.match(link, /#proof=[\w-]+\.[\w-]+\.[\w-]+$/);
    const verdict = () =>
      page.waitForFunction(
        () => {
          const r = document.querySelector('vss-verify-proof')!.shadowRoot!;
          return (
            r.querySelector('#verdict') &&
            !/Đang hỏi/.test(r.querySelector('.online')?.textContent ?? '') &&
            r.querySelector('#verdict')!.textContent!.trim()
          );
        },
        { timeout: 15000 },
      );
    // pasted: the link the citizen copied
    await page.evaluate(`(() => {
      const r = document.querySelector('vss-verify-proof').shadowRoot;
      const ta = r.querySelector('#paste');
      ta.value = ${JSON.stringify(link)};
      ta.dispatchEvent(new Event('input'));
      r.querySelector('[part="check-button"]').click();
    })()`);
    assert.equal(await (await verdict()).jsonValue(), 'Hợp lệ');
    const claims = (await page.evaluate(
      `document.querySelector('vss-verify-proof').shadowRoot.querySelector('[part="claims"]').textContent`,
    )) as string;
    assert.match(claims, /Năm sinh/);
    // a photo of the QR: the decoder reads it (no eval, no WebAssembly)
    await page.evaluate(`(async () => {
      const svg = document.querySelector('vss-share-proof').shadowRoot.querySelector('[part="qr"] svg');
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
      await img.decode();
      const c = document.createElement('canvas');
      c.width = c.height = 700;
      const x = c.getContext('2d');
      x.fillStyle = '#fff';
      x.fillRect(0, 0, 700, 700);
      x.drawImage(img, 100, 100, 500, 500);
      const blob = await new Promise((r) => c.toBlob(r, 'image/png'));
      const r = document.querySelector('vss-verify-proof').shadowRoot;
      r.querySelector('[part="result"] button').click();
      const dt = new DataTransfer();
      dt.items.add(new File([blob], 'ma-qr.png', { type: 'image/png' }));
      const input = r.querySelector('#photo');
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
    await page
      .waitForFunction(() => !document.querySelector('vss-verify-proof')!.shadowRoot!.querySelector('#verdict'), {
        timeout: 5000,
      })
      .catch(() => undefined);
    assert.equal(await (await verdict()).jsonValue(), 'Hợp lệ');
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(seen.violations, [], 'CSP / Trusted Types violations');
    assert.deepEqual(seen.errors, [], 'console errors');
    await page.close();
  });

  it('the registration form and the photo field work under the policy', async () => {
    const { page, seen } = await openDemo(browser, url);
    await page.type('vss-registration-form >>> #f-fullName', 'Nguyễn Văn An');
    await page.type('vss-registration-form >>> #f-dateOfBirth', '15/03/2003');
    // submitting the empty rest shows the error summary (rendered markup, focus moves)
    await page.evaluate(() =>
      document.querySelector('vss-registration-form')!.shadowRoot!.querySelector<HTMLButtonElement>('#next')!.click(),
    );
    await page.waitForFunction(
      () => !!document.querySelector('vss-registration-form')!.shadowRoot!.querySelector('#error-summary'),
      {
        timeout: 5000,
      },
    );
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(seen.violations, [], 'CSP / Trusted Types violations');
    assert.deepEqual(seen.errors, [], 'console errors');
    await page.close();
  });
});
