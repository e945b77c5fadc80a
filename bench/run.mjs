// `npm run bench`: sizes (bench/size.mjs) and speed in headless Chromium, printed as a Markdown table.
// Never fails on a number (the size budget is enforced by scripts/check-budget.mjs in `npm test`).
// Speed: bench/page.ts is bundled with esbuild (MSW worker + elements), served by a tiny node server and
// driven by puppeteer-core (the one @web/test-runner-chrome uses) on /usr/bin/chromium. Each speed figure
// is the median of RUNS runs, with a baseline measured in the same run.
// Pages (bench/pages.mjs): each budget page loaded through the built loader (dist/cdn, rebuilt first unless
// --no-build), what it downloads before its elements render; and the slow-phone timings, through the loader
// and through vssid-elements.js side by side.
// Usage: node bench/run.mjs [--runs 5] [--json bench/results.json] [--no-speed] [--no-build]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { kB, measureSizes, root } from './size.mjs';
import { fileSizes, measurePages, slowPhone, SLOW_PHONE } from './pages.mjs';
import { minifyLiteralsEsbuild } from '../scripts/minify-literals.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const RUNS = Number(opt('runs', 5));
const jsonOut = opt('json', null);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (n) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
const budget = JSON.parse(readFileSync(join(root, 'bench/budget.json'), 'utf8'));

// ---- sizes ------------------------------------------------------------------------------------------
const sizes = await measureSizes({ top: 6 });
const limitOf = (r) => budget.gzip[r.name] ?? budget.gzip[r.kind];
const lines = [];
const out = (s = '') => {
  lines.push(s);
  console.log(s);
};
out(`## Sizes (minified ES2022, everything inside; gzip -9 / brotli 11; kB = 1,000 bytes)`);
out();
out('| Bundle | raw | gzip | brotli | budget (gzip) | loaded on demand (gzip) |');
out('|---|---:|---:|---:|---:|---:|');
for (const r of sizes) {
  const over = r.gzip > limitOf(r) ? ' **over**' : '';
  out(
    `| ${r.name} | ${kB(r.raw)} | ${kB(r.gzip)} | ${kB(r.brotli)} | ${kB(limitOf(r))}${over} | ${r.lazyGzip ? kB(r.lazyGzip) : '–'} |`,
  );
}
const cdn = sizes.find((r) => r.name === 'cdn');
const login = sizes.find((r) => r.name === 'login');
out();
out(
  `The one file must reach ${kB(budget.issueCeiling.cdn)} kB (goal ${kB(budget.goal.cdn)}; now ${kB(cdn.gzip)}); ` +
    `the loader ${kB(budget.issueCeiling.loader)} (goal ${kB(budget.goal.loader)}; now ${kB(sizes.find((r) => r.name === 'loader').gzip)}); ` +
    `the login box's entry with its data layer has the goal ${kB(budget.goal.login)} kB (now ${login ? kB(login.gzip) : '–'}).`,
);
out();
out('Largest contributors (minified bytes before compression):');
out();
for (const r of sizes.filter((r) => ['cdn', 'core', 'login'].includes(r.name))) {
  out(`- ${r.name}: ${r.top.map((t) => `${t.module} ${kB(t.bytes)} kB`).join(', ')}`);
}

// ---- pages through the loader -----------------------------------------------------------------------
if (!args.includes('--no-build'))
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet', '--no-types'], { stdio: 'inherit' });
const pages = await measurePages();
const files = fileSizes();
out();
out(
  '## Pages through the loader (gzip -9 of each file fetched from dist/cdn/ before the elements rendered; kB = 1,000 bytes)',
);
out();
out('| Page | files | gzip | enforced | must reach | goal |');
out('|---|---:|---:|---:|---:|---:|');
for (const p of pages) {
  out(
    `| ${p.title} (${p.tags.join(', ')}) | ${p.files.length} | ${kB(p.gzip)} | ${kB(budget.pages[p.name])} | ${kB(budget.issueCeiling.pages[p.name])} | ${kB(budget.goal.pages[p.name])} |`,
  );
}
out(
  `| The loader itself (vssid-loader.js; its stylesheet ${kB(files.loaderCss)}) | 1 | ${kB(files.loader)} | ${kB(budget.gzip.loader)} | ${kB(budget.issueCeiling.loader)} | ${kB(budget.goal.loader)} |`,
);
out(
  `| vssid-elements.js, everything | 1 | ${kB(files.everything)} | ${kB(budget.gzip.cdn)} | ${kB(budget.issueCeiling.cdn)} | ${kB(budget.goal.cdn)} |`,
);
out();
for (const p of pages)
  out(
    `- ${p.title}: ${p.files.map((f) => `${f.path} ${kB(f.gzip)}`).join(', ')}${p.later.length ? `; after: ${p.later.join(', ')}` : ''}`,
  );

// ---- speed ------------------------------------------------------------------------------------------
const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  sizes,
  pages,
  speed: {},
};

if (!args.includes('--no-speed')) {
  const dir = mkdtempSync(join(tmpdir(), 'vssid-bench-'));
  await build({
    absWorkingDir: root,
    entryPoints: { page: 'bench/page.ts' },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(root, 'tsconfig.json'),
    // the templates as shipped
    plugins: [minifyLiteralsEsbuild()],
    outdir: dir,
    logLevel: 'warning',
  });
  copyFileSync(join(root, 'mocks/public/mockServiceWorker.js'), join(dir, 'mockServiceWorker.js'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="vi"><meta charset="utf-8"><title>bench</title><body><div id="stage"></div><script type="module" src="./page.js"></script></body></html>',
  );
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    try {
      const body = readFileSync(file);
      const type = { '.html': 'text/html', '.js': 'text/javascript' }[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--lang=vi-VN'],
  });
  const errors = [];
  /** A fresh page per run, so no run inherits another's caches, DOM or heap. */
  async function run(fn) {
    const page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.ready === '1', { timeout: 30000 });
    await page.evaluate(() => window.bench.start());
    try {
      return await page.evaluate((f) => window.bench[f](), fn);
    } finally {
      await page.close();
    }
  }
  async function medianOf(fn, runs = RUNS) {
    const rs = [];
    for (let i = 0; i < runs; i++) rs.push(await run(fn));
    const keys = Object.keys(rs[0]).filter((k) => typeof rs[0][k] === 'number');
    return Object.fromEntries(keys.map((k) => [k, median(rs.map((r) => r[k]))]));
  }
  const s = results.speed;
  s.card = await medianOf('card');
  s.history = await medianOf('history');
  s.visits = await medianOf('visits');
  s.parse = await medianOf('parseVisits');
  s.scroll = await medianOf('scrollVisits', Math.min(RUNS, 3));
  s.shared = await run('sharedRequests');
  s.proof = await medianOf('verifyProof');
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });

  out();
  out(`## Speed (headless Chromium, median of ${RUNS} runs; ratio = element / baseline in the same run)`);
  out();
  out('| Measure | Element | Baseline | Ratio | Rows in DOM (element / baseline) |');
  out('|---|---:|---:|---:|---|');
  const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
  out(
    `| BHYT card: cached data → painted | ${ms(s.card.ms)} | ${ms(s.card.baselineMs)} (plain Lit fields) | ${ratio(s.card.ms, s.card.baselineMs)} | 1 card / ${s.card.baselineRows} fields |`,
  );
  out(
    `| History, ${s.history.periods} periods: data → painted | ${ms(s.history.ms)} | ${ms(s.history.baselineMs)} (every row, no virtualiser) | ${ratio(s.history.ms, s.history.baselineMs)} | ${s.history.domRows} / ${s.history.baselineRows} |`,
  );
  out(
    `| Visits, ${s.visits.visits}: data → first rows painted | ${ms(s.visits.ms)} | ${ms(s.visits.baselineMs)} (all rows, no virtualiser) | ${ratio(s.visits.ms, s.visits.baselineMs)} | ${s.visits.domRows} / ${s.visits.baselineRows} |`,
  );
  out(
    `| Parse ${s.parse.visits} visits (${s.parse.kB} kB JSON) with the schema | ${ms(s.parse.ms)} | ${ms(s.parse.baselineMs)} (JSON.parse alone) | ${ratio(s.parse.ms, s.parse.baselineMs)} | – |`,
  );
  out();
  out(
    `Scrolling the 10,000-visit list end to end (every page of 200 loaded on the way): ${ms(s.scroll.ms)}, ` +
      `${s.scroll.longTasks} long tasks totalling ${ms(s.scroll.longTaskMs)} (worst ${ms(s.scroll.worstLongTaskMs)}), ` +
      `at most ${s.scroll.maxRowsInDom} rows in the DOM, ${s.scroll.loaded ?? '?'} visits loaded.`,
  );
  out();
  const counts = Object.entries(s.shared.counts)
    .map(([p, n]) => `${p} ×${n}`)
    .join(', ');
  const extra = Object.values(s.shared.counts).some((n) => n > 1);
  out(
    `Requests with ${s.shared.elements} record elements under one provider (two of them duplicated): ${counts} — ${extra ? '**more than one per resource**' : 'one per resource'}.`,
  );
  out();
  const fine = (n) => `${n < 1 ? n.toFixed(2) : n.toFixed(1)} ms`;
  out(
    `Verifying a proof of all seven claims (${s.proof.tokenChars}-character token, ES256 in WebCrypto): ${fine(s.proof.firstMs)} ` +
      `the first time (the key import included), then ${fine(s.proof.ms)} (median of 200).`,
  );
  if (errors.length) {
    out();
    out(`Page errors during the bench: ${errors.length} (first: ${errors[0]})`);
  }

  // ---- a citizen's phone: through the loader vs the one file ----------------------------------------
  const phone = (results.speed.slowPhone = await slowPhone({ runs: RUNS }));
  const x = (a, b) => `${(a / b).toFixed(2)}×`;
  out();
  out(
    `## A slow phone (${SLOW_PHONE.latency} ms round trip, ${(SLOW_PHONE.download * 8) / 1e6} Mbit/s down, CPU ${SLOW_PHONE.cpu}× slower; ` +
      `cold cache, gzip over HTTP/1.1, median of ${RUNS})`,
  );
  out();
  out('| From navigation to | through the loader | through vssid-elements.js | ratio |');
  out('|---|---:|---:|---:|');
  out(
    `| the login box accepting input (login page) | ${ms(phone.login.loader)} | ${ms(phone.login.everything)} | ${x(phone.login.loader, phone.login.everything)} |`,
  );
  out(
    `| the card shown (records page, signed in) | ${ms(phone.card.loader)} | ${ms(phone.card.everything)} | ${x(phone.card.loader, phone.card.everything)} |`,
  );
}

out();
out(`Measured ${results.date.slice(0, 10)} on ${results.machine}.`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n');
