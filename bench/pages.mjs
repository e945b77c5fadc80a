// Pages through the loader (dist/cdn/vssid-loader.js), in headless Chromium, as a portal serves them:
//   - measurePages(): what each page downloads from dist/cdn/ before its elements render (the per-page
//     budgets of bench/budget.json, checked by test/loader/pages.node-test.ts in `npm test`);
//   - slowPhone(): time to a usable login box and to the records page showing the card on a slow phone,
//     through the loader and through vssid-elements.js side by side (`npm run bench`, never a test).
// The CDN folder is served under /static/vssid/ (not the site root) next to the mock API (/api), from one
// node:http server (HTTP/1.1). puppeteer-core drives the system Chromium.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const cdnDir = join(root, 'dist/cdn');
/** Where the pages find the CDN folder: anywhere but the root, as a portal would host it. */
export const CDN_BASE = '/static/vssid/';

/**
 * The pages the budgets are set for. `tags` are what the page uses; the body puts them under a provider as a
 * portal would. Records are signed out (each record element shows its sign-in state).
 */
export const PAGES = [
  { name: 'login', title: 'Login only', body: '<vss-login></vss-login>' },
  {
    name: 'registration',
    title: 'Registration',
    body: '<vss-registration-form></vss-registration-form><vss-support></vss-support>',
  },
  {
    name: 'records',
    title: 'Records, signed out',
    body:
      '<vss-login></vss-login><vss-profile></vss-profile><vss-bhyt-card></vss-bhyt-card>' +
      '<vss-participation-history></vss-participation-history><vss-benefits></vss-benefits>' +
      '<vss-medical-records></vss-medical-records><vss-support></vss-support>',
  },
].map((p) => ({ ...p, tags: ['vss-provider', ...[...p.body.matchAll(/<(vss-[a-z-]+)>/g)].map((m) => m[1])] }));

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * The HTML of a page: the loader's stylesheet and script in the head (or, with `everything`, the one file),
 * taken from `cdn` (a path or a full URL ending in `/`).
 */
export function pageHtml(page, { everything = false, cdn = CDN_BASE } = {}) {
  const head = everything
    ? `<script type="module" src="${cdn}vssid-elements.js"></script>`
    : `<link rel="stylesheet" href="${cdn}vssid-loader.css"><script type="module" src="${cdn}vssid-loader.js"></script>`;
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${page.title}</title>${head}</head><body><main><vss-provider api-base="/api">${page.body}</vss-provider>` +
    `<p id="after">Nội dung của cổng sau các phần tử.</p></main></body></html>`
  );
}

/**
 * One node:http server (HTTP/1.1) for the pages, the CDN folder and the mock API, any of them:
 * - `pages`: serves `/<name>.html` (through the loader) and `/<name>.all.html` (through vssid-elements.js)
 *   for PAGES, taking the CDN files from `pages.cdn` (a path here or a URL of another server);
 * - `cdn`: serves dist/cdn under that path (CDN_BASE by default);
 * - `api`: the mock backend under /api.
 * With `gzip`, files go out compressed (level 9) as a static host would send them; `csp` adds that header to
 * every answer; `cors` lets pages of other origins load the CDN files (module scripts need it).
 * @param {{ pages?: { cdn: string } | false, cdn?: string | false, api?: boolean, gzip?: boolean, csp?: string, cors?: boolean }} [o]
 */
export async function serve({
  pages = { cdn: CDN_BASE },
  cdn = CDN_BASE,
  api = true,
  gzip = false,
  csp,
  cors = false,
} = {}) {
  let mock;
  if (api) {
    // the mock backend is TypeScript: tsx compiles it on the fly
    const { register } = await import('tsx/esm/api');
    const unregister = register();
    const { createMockServer } = await import('../mocks/src/node-server.ts');
    unregister();
    mock = createMockServer();
  }
  const packed = new Map();
  const send = (req, res, status, type, body) => {
    const headers = { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' };
    if (csp) headers['content-security-policy'] = csp;
    if (cors) headers['access-control-allow-origin'] = '*';
    if (gzip && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      headers['content-encoding'] = 'gzip';
      body = gzipSync(body, { level: 9 });
    }
    res.writeHead(status, headers).end(body);
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (mock && path.startsWith('/api/')) return void mock.emit('request', req, res);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const page = pages && /^\/([a-z]+)(\.all)?\.html$/.exec(path);
    const p = page && PAGES.find((x) => x.name === page[1]);
    if (p) return send(req, res, 200, 'text/html', Buffer.from(pageHtml(p, { everything: !!page[2], cdn: pages.cdn })));
    if (cdn && path.startsWith(cdn)) {
      const file = normalize(join(cdnDir, path.slice(cdn.length)));
      if (file.startsWith(cdnDir)) {
        try {
          if (!packed.has(file)) packed.set(file, readFileSync(file));
          return send(req, res, 200, types[extname(file)] ?? 'application/octet-stream', packed.get(file));
        } catch {
          // falls through to 404
        }
      }
    }
    send(req, res, 404, 'text/plain', Buffer.from('not found'));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((r) => server.close(r)) };
}

export function launch() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--lang=vi-VN'],
  });
}

/**
 * Runs in the page before anything else: notes, for every `vss-` tag in the document, the moment it first shows
 * its real content (defined, rendered, no loading placeholder: `.state.loading`, or a spinner in a status line),
 * checking on every animation frame; `window.__vssRendered` maps tag → ms since navigation.
 */
function watchRendering() {
  const seen = (window.__vssRendered = {});
  const real = (el) => {
    const root = el.shadowRoot;
    return (
      customElements.get(el.localName) &&
      el.hasUpdated &&
      root &&
      root.querySelector(':not(style)') &&
      !root.querySelector('.state.loading, [role=status] .spinner')
    );
  };
  const tick = () => {
    for (const el of document.querySelectorAll('*')) {
      if (el.localName.startsWith('vss-') && !(el.localName in seen) && real(el))
        seen[el.localName] = performance.now();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const gzipOf = new Map();
/** gzip -9 size of a file of dist/cdn, compressed on its own as a server sends it. */
export function gzipSize(rel) {
  if (!gzipOf.has(rel)) gzipOf.set(rel, gzipSync(readFileSync(join(cdnDir, rel)), { level: 9 }).length);
  return gzipOf.get(rel);
}

/**
 * Loads each page through the loader and adds up the gzip size of every script and stylesheet fetched from
 * dist/cdn/ whose download started before the last of the page's elements showed its real content.
 * @returns {Promise<{ name: string, title: string, tags: string[], renderedMs: number, files: { path: string, gzip: number }[], gzip: number, later: string[] }[]>}
 */
export async function measurePages({ pages = PAGES, width = 1280 } = {}) {
  const server = await serve();
  const browser = await launch();
  const out = [];
  try {
    for (const page of pages) {
      const tab = await browser.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(String(e)));
      await tab.setViewport({ width, height: 900 });
      await tab.setCacheEnabled(false);
      await tab.evaluateOnNewDocument(watchRendering);
      await tab.goto(`${server.origin}/${page.name}.html`);
      await tab
        .waitForFunction((tags) => tags.every((t) => t in window.__vssRendered), { timeout: 20000 }, page.tags)
        .catch(() => {
          throw new Error(`${page.name}: not every element rendered (${errors.join('; ') || 'no page error'})`);
        });
      // a moment more, so that whatever an element fetches right after its first paint is seen (and left out)
      await new Promise((r) => setTimeout(r, 300));
      const { rendered, resources } = await tab.evaluate(() => ({
        rendered: window.__vssRendered,
        resources: performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime })),
      }));
      const renderedMs = Math.max(...page.tags.map((t) => rendered[t]));
      const cdn = resources.filter((r) => new URL(r.url).pathname.startsWith(CDN_BASE));
      const rel = (r) => new URL(r.url).pathname.slice(CDN_BASE.length);
      const before = cdn.filter((r) => r.start < renderedMs);
      const files = [...new Set(before.map(rel))].map((path) => ({ path, gzip: gzipSize(path) }));
      out.push({
        ...page,
        renderedMs,
        files,
        gzip: files.reduce((s, f) => s + f.gzip, 0),
        later: [...new Set(cdn.filter((r) => r.start >= renderedMs).map(rel))],
        errors,
      });
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

/** gzip size of the loader itself, and of the one-file CDN build. */
export function fileSizes() {
  return {
    loader: gzipSize('vssid-loader.js'),
    loaderCss: gzipSize('vssid-loader.css'),
    everything: gzipSize('vssid-elements.js'),
  };
}

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

/** A citizen's phone on a slow 4G network: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower. */
export const SLOW_PHONE = { latency: 150, download: 1.6e6 / 8, upload: 750e3 / 8, cpu: 4 };

/**
 * Runs in the page before anything else: `window.__vssReady` gets the time (ms since navigation) at which the
 * login box accepts input (its password field is there: the element is defined and has rendered its form) and
 * the card shows (its `article.card`), checked on every animation frame and on every change of the document.
 */
function watchMilestones() {
  const ready = (window.__vssReady = {});
  const check = () => {
    const now = performance.now();
    if (!ready.login && document.querySelector('vss-login input[name="password"]')) ready.login = now;
    if (!ready.card && document.querySelector('vss-bhyt-card')?.shadowRoot?.querySelector('article.card'))
      ready.card = now;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  const frame = () => {
    check();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * Time from navigation to the login box accepting input (the login page) and to the records page showing the
 * card (signed in), through the loader and through vssid-elements.js, on {@link SLOW_PHONE}: files served
 * gzipped over plain HTTP/1.1, a cold cache (a fresh browser context per run), the median of `runs`.
 * @returns {Promise<{ login: { loader: number, everything: number }, card: { loader: number, everything: number }, runs: number }>}
 */
export async function slowPhone({ runs = 5 } = {}) {
  const server = await serve({ gzip: true });
  const browser = await launch();
  try {
    const account = { socialInsuranceCode: '7901234567', password: 'VssID@2026' };
    const once = async (page, everything, milestone) => {
      // a session in the tab's sessionStorage, as after signing in on the portal's previous page
      let session = null;
      if (milestone === 'card') {
        const res = await fetch(`${server.origin}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(account),
        });
        const grant = await res.json();
        session = { ...grant, socialInsuranceCode: account.socialInsuranceCode };
      }
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      try {
        await tab.setCacheEnabled(false);
        await tab.setViewport({ width: 390, height: 844 });
        await tab.emulateNetworkConditions({
          latency: SLOW_PHONE.latency,
          download: SLOW_PHONE.download,
          upload: SLOW_PHONE.upload,
        });
        await tab.emulateCPUThrottling(SLOW_PHONE.cpu);
        if (session)
          await tab.evaluateOnNewDocument((s) => sessionStorage.setItem('vssid.session', s), JSON.stringify(session));
        await tab.evaluateOnNewDocument(watchMilestones);
        await tab.goto(`${server.origin}/${page}${everything ? '.all' : ''}.html`);
        await tab.waitForFunction(
          (m) => window.__vssReady[m] !== undefined,
          { timeout: 60000, polling: 100 },
          milestone,
        );
        return await tab.evaluate((m) => window.__vssReady[m], milestone);
      } finally {
        await context.close();
      }
    };
    const measure = async (page, milestone) => {
      const loader = [];
      const everything = [];
      // alternated, so that both meet the machine in the same state
      for (let i = 0; i < runs; i++) {
        loader.push(await once(page, false, milestone));
        everything.push(await once(page, true, milestone));
      }
      return { loader: median(loader), everything: median(everything), all: { loader, everything } };
    };
    return { login: await measure('login', 'login'), card: await measure('records', 'card'), runs };
  } finally {
    await browser.close();
    await server.close();
  }
}

export const exists = (p) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};
