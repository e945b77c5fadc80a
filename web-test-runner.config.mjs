// @ts-check
import { writeSync } from 'node:fs';
import { readCounts } from './scripts/test-counts.mjs';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { minifyLiteralsDevServer } from './scripts/minify-literals.mjs';
import { launcherFor, wantedEngines, webkitCommands } from './scripts/wtr-engines.mjs';

/** Why tests were skipped in an engine (test/support/engine.ts `skipIn` reports them). */
/** @type {{ browser: string, test: string, reason: string }[]} */
const engineSkips = [];

/**
 * Records the reason of an engine-specific skip, printed with the counts at the end.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function engineSkipCommand() {
  return {
    name: 'vssid-engine-skip',
    async executeCommand({ command, payload, session }) {
      if (command !== 'vss-engine-skip') return undefined;
      const p = /** @type {{ test: string, reason: string }} */ (payload);
      const entry = { browser: session.browser.name, test: p.test, reason: p.reason };
      if (!engineSkips.some((s) => s.browser === entry.browser && s.test === entry.test)) engineSkips.push(entry);
      return true;
    },
  };
}

/**
 * Prints each engine's counts, the reason of every engine-specific skip, and then, as the very last line
 * of the run, 'N passed, N failed[, N skipped]' over all engines (the line CI counts). A test file that
 * fails to load counts as one failure.
 * @returns {import('@web/test-runner').Reporter}
 */
function countsReporter() {
  /** @type {any[]} */
  let sessions = [];
  return {
    onTestRunFinished(a) {
      sessions = a.sessions;
    },
    stop() {
      /** @type {Map<string, { passed: number, failed: number, skipped: number }>} */
      const byEngine = new Map();
      for (const s of sessions) {
        const name = s.browser.name;
        const c = byEngine.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        byEngine.set(name, c);
        /** @param {any} suite */
        const walk = (suite) => {
          for (const t of suite.tests) t.skipped ? c.skipped++ : t.passed ? c.passed++ : c.failed++;
          suite.suites.forEach(walk);
        };
        if (s.testResults) walk(s.testResults);
        if (!s.passed && (!s.testResults || s.errors?.length)) c.failed++;
      }
      // in `npm test` the node and Storybook suites ran just before and left their counts
      if (process.env.npm_lifecycle_event === 'test') byEngine.set('Node and Storybook', readCounts());
      /** @param {{ passed: number, failed: number, skipped: number }} c */
      const format = (c) => `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;
      const total = { passed: 0, failed: 0, skipped: 0 };
      const lines = [''];
      for (const [name, c] of byEngine) {
        total.passed += c.passed;
        total.failed += c.failed;
        total.skipped += c.skipped;
        lines.push(`${name}: ${format(c)}`);
      }
      for (const skip of engineSkips) lines.push(`Skipped in ${skip.browser}: ${skip.test} (${skip.reason})`);
      lines.push('', format(total));
      process.once('exit', () => writeSync(1, `\n${lines.join('\n')}\n`));
    },
  };
}

/**
 * `executeServerCommand('clear-browser-cache')`: the runner lets the browser keep every file for a year, so
 * a module an earlier test file loaded would never reach the server again; the tests that make a download
 * fail (failNextChunk below) clear the cache first. Chromium clears its HTTP cache (CDP); Firefox has no
 * such command over WebDriver BiDi, so the page bypasses the cache from then on (network.setCacheBehavior);
 * WebKit's WebDriver has neither, so there that file runs first, before anything is cached (see `files`).
 * Making WebKit fetch every file again for every test file instead cost minutes.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function browserCacheCommand() {
  return {
    name: 'vssid-clear-browser-cache',
    async executeCommand({ command, session }) {
      if (command !== 'clear-browser-cache') return undefined;
      const browser = /** @type {any} */ (session.browser);
      if (browser.type === 'webdriver') {
        if (browser.sessionsStarted === 1) return true;
        throw new Error('clear-browser-cache: WebKit cannot clear its cache over WebDriver; run this file first');
      }
      const page = browser.getPage(session.id);
      if (browser.name === 'Firefox') {
        await page.setCacheEnabled(false);
        return true;
      }
      const cdp = await page.createCDPSession();
      await cdp.send('Network.clearBrowserCache');
      await cdp.detach();
      return true;
    },
  };
}

const group = process.env.WTR_FILES;
/**
 * Paths whose next request fails (see failNextChunk), per browser (its user agent): the engines run side by
 * side on one server, and one engine's armed failure must not meet another engine's request.
 * @type {Map<string, Set<string>>}
 */
const armedChunks = new Map();

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  // the chunk-retry file first: in WebKit it needs a browser that has cached nothing yet
  files: group ? group.split(',') : ['test/faults/chunk-retry.test.ts', 'test/**/*.test.ts'],
  // One file at a time in each engine: Chromium gives no animation frames to background tabs, and the
  // virtualised lists and several waits need frames. Parallel files made those tests hang, not fail.
  concurrency: 1,
  // the engines run side by side (WTR_CONCURRENT_BROWSERS=1 runs them one after the other)
  concurrentBrowsers: Number(process.env.WTR_CONCURRENT_BROWSERS) || 3,
  // 'browser' is required: msw/browser has a "node": null export condition
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // the templates and styles as shipped (scripts/minify-literals.mjs), then TypeScript
  plugins: [
    minifyLiteralsDevServer(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    browserCacheCommand(),
    engineSkipCommand(),
    webkitCommands(),
  ],
  middleware: [
    // Tests of the parts elements load on demand arm a failure: the next request whose path ends with the
    // given one gets a 503, so the retry is tested on the browser's own import().
    function failNextChunk(ctx, next) {
      const browser = ctx.get('user-agent');
      const armedHere = armedChunks.get(browser) ?? new Set();
      armedChunks.set(browser, armedHere);
      if (ctx.path === '/__test/fail-next-chunk') {
        armedHere.add(String(ctx.query.path));
        ctx.status = 204;
        return undefined;
      }
      const armed = [...armedHere].find((p) => ctx.path.endsWith(p));
      if (armed) {
        armedHere.delete(armed);
        ctx.status = 503;
        // the test runner marks every answer cacheable for a year on the way out; `Vary: *` keeps the
        // browser from ever reusing this one
        ctx.set('vary', '*');
        return undefined;
      }
      return next();
    },
    // MSW's worker must be served from "/" so that its scope covers the test pages
    function mswWorker(ctx, next) {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/mocks/public/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: wantedEngines().map(launcherFor),
  reporters: [defaultReporter(), countsReporter()],
  // a test's own time: 30 s, as some of WebKit's mock-backend tests took over 15 s beside the other two engines
  // on a 2-core machine that other work kept busy
  testFramework: { config: { timeout: 30000 } },
  // a whole test file's time: the 10,000-visit, axe and element-fuzz files take minutes in WebKit when the three
  // engines share a busy 2-core machine (element-fuzz: 33 s alone, over 300 s beside the other two engines)
  testsFinishTimeout: 600000,
};
