// Renders every story of the built Storybook (dist/storybook) in Chromium and fails on a story that does not
// render, logs a console error or an uncaught exception, or has an axe violation (WCAG 2.x A/AA, 2.2
// included). Each story counts as one test in the closing "N passed, N failed" line of `npm test`.
// Usage: node test/storybook/smoke.mjs [--build] [--only=<substring of story id>] [--shots=<dir>] [--width=<px>]
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { writeCounts } from '../../scripts/test-counts.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(root, 'dist/storybook');
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
/** --shots=<dir>: also save a PNG of each story (for looking at them, not for the verdict). */
const shots = args.find((a) => a.startsWith('--shots='))?.slice(8);
const width = Number(args.find((a) => a.startsWith('--width='))?.slice(8) ?? 1024);
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
/** Time a story gets to finish its requests before axe runs; Loading stories never finish, by design. */
const SETTLE_MS = 1500;
const PAGES = Number(process.env.SMOKE_PAGES ?? 2); // the machine has 2 cores

if (args.includes('--build')) {
  const t0 = Date.now();
  execFileSync('npm', ['run', '--silent', 'build-storybook', '--', '--quiet'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(`storybook: built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
if (!existsSync(join(dir, 'index.json'))) {
  console.error('storybook: dist/storybook is missing; run `npm run build-storybook` or pass --build');
  process.exit(1);
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};
// A static server on loopback: service workers need http(s), not file://.
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/favicon.ico') return void res.writeHead(204).end(); // Chromium asks for it on its own
  let file = normalize(join(dir, decodeURIComponent(url.pathname)));
  if (!file.startsWith(dir)) return void res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
// Stories, and the docs pages (autodocs and the guides' MDX) too: a docs page that throws is a broken page.
const stories = Object.values(index.entries).filter(
  (e) => (e.type === 'story' || e.type === 'docs') && (!only || e.id.includes(only)),
);
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  protocolTimeout: 60_000,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--lang=vi-VN'],
});

/** First story of a page: a full load of iframe.html; done when the root has content or the error display shows. */
async function load(page, story, rootSelector) {
  const viewMode = story.type === 'docs' ? 'docs' : 'story';
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=${viewMode}`, {
    waitUntil: 'load',
  });
  const phase = await page.waitForFunction(
    (sel) => {
      const b = document.body.classList;
      if (b.contains('sb-show-errordisplay')) return 'errored';
      if (b.contains('sb-show-main') && document.querySelector(sel)?.childElementCount) return 'rendered';
      return false;
    },
    { timeout: 20_000, polling: 50 },
    rootSelector,
  );
  return phase.jsonValue();
}

/**
 * Next stories: Storybook's own navigation (the channel event the manager sends when a story is picked),
 * which skips reloading the 1.5 MB preview for each story. Each story still runs its loaders (mock reset,
 * sign-in, faults) and renders into a fresh root.
 */
async function switchTo(page, story) {
  return page.evaluate(
    (id, viewMode) =>
      new Promise((resolve) => {
        // @ts-expect-error Storybook's preview global
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const events = {
          storyRendered: 'rendered',
          docsRendered: 'rendered',
          storyErrored: 'errored',
          storyThrewException: 'errored',
          playFunctionThrewException: 'play function threw',
          storyMissing: 'missing',
        };
        const handlers = Object.entries(events).map(([name, result]) => {
          const h = (payload) => {
            if (typeof payload === 'string' && payload !== id) return; // an event of the story being left
            done(result);
          };
          channel.on(name, h);
          return [name, h];
        });
        const timer = setTimeout(() => done('timed out'), 20_000);
        function done(result) {
          clearTimeout(timer);
          for (const [name, h] of handlers) channel.off(name, h);
          resolve(result);
        }
        channel.emit('setCurrentStory', { storyId: id, viewMode });
      }),
    story.id,
    story.type === 'docs' ? 'docs' : 'story',
  );
}

/** Requests in flight per page (puppeteer's own waitForNetworkIdle overran its timeout under load). */
const inflight = new WeakMap();
function track(page) {
  const started = new Map();
  inflight.set(page, started);
  page.on('request', (r) => started.set(r, Date.now()));
  for (const ev of ['requestfinished', 'requestfailed']) page.on(ev, (r) => started.delete(r));
}
/**
 * Waits until none of the story's own requests has been in flight for 250 ms, or SETTLE_MS at most. A
 * Loading story's request outlives its story (it hangs on purpose): requests older than `since` are ignored.
 */
async function settle(page, since) {
  const started = inflight.get(page);
  const end = Date.now() + SETTLE_MS;
  let quietSince = Date.now();
  while (Date.now() < end) {
    if ([...started.values()].some((t) => t >= since)) quietSince = Date.now();
    else if (Date.now() - quietSince >= 250) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Renders one story; returns the list of problems (empty = pass). */
async function check(page, story, fresh) {
  const problems = [];
  const onConsole = (m) => {
    if (m.type() !== 'error') return;
    // The browser's own log line for an API answer the story asked for (a 500 fault, a wrong password's
    // 401) is not a script error; a failed asset or anything else is.
    if (/^Failed to load resource/.test(m.text()) && (m.location()?.url ?? '').includes('/api/')) return;
    problems.push(`console error: ${m.text()}${m.location()?.url ? ` (${m.location().url})` : ''}`);
  };
  const onError = (e) => problems.push(`uncaught: ${e.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  const begun = Date.now();
  try {
    const docs = story.type === 'docs';
    const rootSelector = docs ? '#storybook-docs .sbdocs-content' : '#storybook-root';
    const outcome = fresh ? await load(page, story, rootSelector) : await switchTo(page, story);
    if (outcome !== 'rendered') {
      const text = await page.$eval('#error-message', (e) => e.textContent ?? '').catch(() => '');
      problems.push(`story threw: ${outcome === 'errored' ? '' : `${outcome} `}${text.trim().slice(0, 300)}`);
      return problems;
    }
    // An autodocs page repeats the component's stories (each checked on its own) inside Storybook's docs
    // UI: it must render without errors, but axe over it would only re-check the same stories, slowly.
    if (docs && !story.importPath.endsWith('.mdx')) return problems;
    await settle(page, begun);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(
      async (rootSelector) => {
        // @ts-expect-error axe is injected above
        const r = await window.axe.run(document.querySelector(rootSelector), {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          rules: {
            region: { enabled: false },
            'page-has-heading-one': { enabled: false },
            'landmark-one-main': { enabled: false },
          },
        });
        return r.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
        );
      },
      docs ? '#storybook-docs .sbdocs-content' : '#storybook-root',
    );
    problems.push(...violations.map((v) => `axe: ${v}`));
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, `${story.id}.png`), fullPage: true });
    }
  } catch (e) {
    problems.push(`did not render: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
  return problems;
}

const t0 = Date.now();
const results = [];
// Watchdog: a smoke test that hangs must fail, not hold up `npm test` (and CI) until its time limit.
let lastProgress = Date.now();
const watchdog = setInterval(() => {
  if (Date.now() - lastProgress < 120_000) return;
  console.error(`storybook: no story finished for 2 minutes; ${queue.length} not run. Giving up.`);
  if (!only)
    writeCounts('storybook', {
      passed: results.filter((r) => !r.problems.length).length,
      failed: results.length + queue.length + 1,
    });
  process.exit(1);
}, 5000);
watchdog.unref();
const queue = [...stories];
await Promise.all(
  Array.from({ length: Math.min(PAGES, queue.length) }, async () => {
    // One browser context per tab: each has its own service worker and storage, as two visitors would.
    // (Two tabs of one context share the MSW worker, and a story's hanging mock request stalled the other.)
    const context = await browser.createBrowserContext();
    const open = async () => {
      const p = await context.newPage();
      track(p);
      await p.setViewport({ width, height: 800 });
      return p;
    };
    let page = await open();
    let fresh = true;
    for (let story = queue.shift(); story; story = queue.shift()) {
      const started = Date.now();
      let problems = await check(page, story, fresh);
      // A failure is confirmed on a new tab (a story cannot fail the next one, nor a tab starved of CPU
      // by the machine's other work).
      if (problems.length) {
        await Promise.race([page.close(), new Promise((r) => setTimeout(r, 5000))]).catch(() => undefined);
        page = await open();
        problems = await check(page, story, true);
      }
      fresh = false;
      results.push({ story, problems });
      const mark = problems.length ? '✗' : '✓';
      lastProgress = Date.now();
      const ms = Date.now() - started;
      console.log(`  ${mark} ${story.title} › ${story.name} (${ms} ms)${problems.map((p) => `\n      ${p}`).join('')}`);
    }
    await page.close();
  }),
);
await browser.close();
server.close();

const failed = results.filter((r) => r.problems.length).length;
const passed = results.length - failed;
// The counts join the closing line of `npm test` (the browser runner's reporter sums every suite's).
if (!only) writeCounts('storybook', { passed, failed });
console.log(
  `storybook: ${results.length} stories in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${passed} passed, ${failed} failed`,
);
if (results.length === 0 && !only) {
  console.error('storybook: no story found in dist/storybook/index.json');
  process.exit(1);
}
process.exit(failed ? 1 : 0);
