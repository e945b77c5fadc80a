// @ts-check
import { writeSync } from 'node:fs';
import { readCounts } from './scripts/test-counts.mjs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { minifyLiteralsDevServer } from './scripts/minify-literals.mjs';

// Debian's chromium (scripts/ensure-chromium.sh installs it); browser downloads do not work here.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = [
  '--no-sandbox', // required when running as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=vi-VN',
];

/**
 * Prints 'N passed, N failed[, N skipped]' as the very last line of the run, the line CI counts.
 * A test file that fails to load counts as one failure.
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
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      /** @param {any} suite */
      const walk = (suite) => {
        for (const t of suite.tests) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (!s.passed && (!s.testResults || s.errors?.length)) failed++;
      }
      // in `npm test` the node and Storybook suites ran just before and left their counts
      if (process.env.npm_lifecycle_event === 'test') {
        const other = readCounts();
        passed += other.passed;
        failed += other.failed;
        skipped += other.skipped;
      }
      const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      process.once('exit', () => writeSync(1, `\n${line}\n`));
    },
  };
}

/**
 * `executeServerCommand('clear-browser-cache')`: the runner lets the browser keep every file for a year, so
 * a module an earlier test file loaded would never reach the server again; the tests that make a download
 * fail (failNextChunk below) clear the cache first.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function browserCacheCommand() {
  return {
    name: 'vssid-clear-browser-cache',
    async executeCommand({ command, session }) {
      if (command !== 'clear-browser-cache') return undefined;
      const page = /** @type {any} */ (session.browser).getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('Network.clearBrowserCache');
      await cdp.detach();
      return true;
    },
  };
}

const group = process.env.WTR_FILES;
/** @type {Set<string>} paths whose next request fails (see failNextChunk) */
const armedChunks = new Set();

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: group ? group.split(',') : ['test/**/*.test.ts'],
  // One file at a time: Chromium gives no animation frames to background tabs, and the virtualised lists
  // and several waits need frames. Parallel files made those tests hang, not fail.
  concurrency: 1,
  // 'browser' is required: msw/browser has a "node": null export condition
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // the templates and styles as shipped (scripts/minify-literals.mjs), then TypeScript
  plugins: [minifyLiteralsDevServer(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), browserCacheCommand()],
  middleware: [
    // Tests of the parts elements load on demand arm a failure: the next request whose path ends with the
    // given one gets a 503, so the retry is tested on the browser's own import().
    function failNextChunk(ctx, next) {
      if (ctx.path === '/__test/fail-next-chunk') {
        armedChunks.add(String(ctx.query.path));
        ctx.status = 204;
        return undefined;
      }
      const armed = [...armedChunks].find((p) => ctx.path.endsWith(p));
      if (armed) {
        armedChunks.delete(armed);
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
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args } })],
  reporters: [defaultReporter(), countsReporter()],
  testFramework: { config: { timeout: 15000 } },
};
