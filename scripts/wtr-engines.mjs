// @ts-check
// The three browser engines the browser suite runs in, all from Debian (scripts/ensure-browsers.sh installs
// them; browser downloads from the internet do not work on the project's machines):
//   Chromium  puppeteer-core over CDP (@web/test-runner-chrome)
//   Firefox   the same launcher with puppeteer-core's `browser: 'firefox'`, over WebDriver BiDi
//   WebKit    WebKitGTK's MiniBrowser driven by WebKitWebDriver (W3C WebDriver, @web/test-runner-webdriver),
//             on an Xvfb display this module starts and stops
// WTR_BROWSERS=chromium,firefox (any subset) picks engines; the default is all three.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

// Frames are entered with the classic WebDriver command (WebKitWebDriver has no BiDi); webdriverio would
// print a deprecation notice on every use.
process.env.DISABLE_WEBDRIVERIO_DEPRECATION_WARNINGS = 'true';

/** @typedef {'chromium' | 'firefox' | 'webkit'} Engine */
/** @type {Engine[]} */
export const allEngines = ['chromium', 'firefox', 'webkit'];

/** The engines this run uses (WTR_BROWSERS), in a fixed order. */
export function wantedEngines() {
  const list = (process.env.WTR_BROWSERS ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (!list.length) return allEngines;
  const unknown = list.filter((e) => !allEngines.includes(/** @type {Engine} */ (e)));
  if (unknown.length)
    throw new Error(`WTR_BROWSERS: unknown engine ${unknown.join(', ')} (use ${allEngines.join(', ')})`);
  return allEngines.filter((e) => list.includes(e));
}

/** @param {string[]} names */
function which(...names) {
  for (const name of names) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

/** @param {string} engine */
function missing(engine) {
  return new Error(
    `${engine} is not installed: run 'sh scripts/ensure-browsers.sh' as root, or leave it out with WTR_BROWSERS`,
  );
}

const chromiumArgs = [
  '--no-sandbox', // required when running as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=vi-VN',
];

/** @param {import('@web/test-runner').BrowserLauncher} launcher @param {string} name */
function named(launcher, name) {
  // the name heads each engine's progress bar and counts
  Object.defineProperty(launcher, 'name', { value: name, writable: true });
  return launcher;
}

export function chromiumLauncher() {
  const executablePath = process.env.CHROME_PATH || which('chromium', 'chromium-browser', 'google-chrome');
  if (!executablePath) throw missing('Chromium');
  return named(chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } }), 'Chromium');
}

export function firefoxLauncher() {
  const executablePath = process.env.FIREFOX_PATH || which('firefox-esr', 'firefox');
  if (!executablePath) throw missing('Firefox');
  return named(
    chromeLauncher({
      // a puppeteer of our own makes the launcher honour `browser: 'firefox'` (WebDriver BiDi, no driver binary)
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        extraPrefsFirefox: {
          // what Chromium's --lang=vi-VN does: navigator.language and Accept-Language
          'intl.accept_languages': 'vi-VN, vi',
          'intl.locale.requested': 'vi-VN',
          // every window behaves as focused, as Chromium's headless pages do: focus, :focus-visible and
          // focus events work while another window has the system focus (Firefox's own automation setting)
          'focusmanager.testmode': true,
          // no first-run pages, updates or telemetry in a test browser
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.reportingpolicy.firstRun': false,
        },
      },
    }),
    'Firefox',
  );
}

/** A free TCP port on 127.0.0.1. @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The WebKitGTK MiniBrowser the driver launches (its path differs between Debian's API versions). */
function miniBrowserPath() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  for (const dir of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      const path = `${dir}/${api}/MiniBrowser`;
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

// Test pages run in one iframe of a host page: the iframe's size is the page's viewport, so setViewport can
// go down to 320 px (MiniBrowser's window has a toolbar and will not shrink below about 450 px).
const FRAME = 'vss-test-frame';
const DEFAULT_VIEWPORT = { width: 800, height: 600 }; // what puppeteer gives the other engines

/**
 * Runs one test page at a time in an iframe (the interface @web/test-runner-webdriver's SessionManager has).
 */
class FramedSessions {
  /** @param {any} driver webdriverio's browser */
  constructor(driver) {
    this.driver = driver;
    /** @type {Map<string, string>} */
    this.urls = new Map();
    this.hostReady = false;
  }
  /** @param {string} id */
  isActive(id) {
    return this.urls.has(id);
  }
  /** @param {string} id */
  async getBrowserUrl(id) {
    return this.urls.get(id);
  }
  /** The driver's commands go to the host page. */
  async toHost() {
    await this.driver.switchToFrame(null);
  }
  /**
   * The driver's commands (keys) go to the test page, which also gets the keyboard focus: WebKit's automation
   * focuses the frame it switches to, and the host page when it switches back, so the driver stays in the
   * frame between commands.
   */
  async toFrame() {
    await this.driver.switchToFrame(await this.driver.$(`#${FRAME}`));
  }

  /** @param {string} id @param {string} url */
  async queueStartSession(id, url) {
    await this.toHost();
    if (!this.hostReady) {
      // the runner's own host page for iframes, on the test server's origin
      await this.driver.navigateTo(`${new URL(url).origin}/?mode=iframe`);
      this.hostReady = true;
    }
    this.urls.set(id, url);
    await this.driver.execute(
      (
        /** @type {string} */ frameId,
        /** @type {string} */ src,
        /** @type {{width: number, height: number}} */ size,
      ) => {
        document.getElementById(frameId)?.remove();
        const frame = document.createElement('iframe');
        frame.id = frameId;
        frame.style.cssText = `position:absolute;left:0;top:0;border:0;width:${size.width}px;height:${size.height}px`;
        frame.src = src;
        document.body.append(frame);
      },
      FRAME,
      url,
      DEFAULT_VIEWPORT,
    );
    // the test page has the keyboard focus, as a top-level page would: without it WebKit matches no :focus or
    // :focus-visible in it and Tab leaves it
    await this.toFrame();
  }
  /** @param {string} id */
  async queueStopSession(id) {
    // leave the page (stopping its timers) before the next one starts
    await this.toHost();
    await this.driver.executeAsync((/** @type {string} */ frameId, /** @type {() => void} */ done) => {
      const frame = /** @type {HTMLIFrameElement | null} */ (document.getElementById(frameId));
      if (!frame) return done();
      frame.addEventListener('load', () => done(), { once: true });
      frame.src = 'about:blank';
    }, FRAME);
    this.urls.delete(id);
    return { testCoverage: undefined };
  }
  /** @param {{ width: number, height: number }} size */
  async setViewport(size) {
    await this.toHost();
    await this.driver.execute(
      (/** @type {string} */ frameId, /** @type {number} */ width, /** @type {number} */ height) => {
        const frame = /** @type {HTMLIFrameElement} */ (document.getElementById(frameId));
        frame.style.width = `${width}px`;
        frame.style.height = `${height}px`;
        // lay out now, so the page sees its new size before the command returns
        return frame.contentWindow?.innerWidth;
      },
      FRAME,
      size.width,
      size.height,
    );
    await this.toFrame();
  }
  /** @param {string} _id @param {any[]} actions */
  async performActions(_id, actions) {
    return this.driver.performActions(actions);
  }
  /** @param {string} _id @param {string[]} keys */
  async sendKeys(_id, keys) {
    // Each key goes down and up with a short pause after it: WebKitGTK takes two identical key events in one
    // burst as one ("VssID" arrived as "VsID").
    const actions = keys.flatMap((key) => {
      const value = webdriverKeys[key] ?? key;
      return [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
        { type: 'pause', duration: 10 },
      ];
    });
    return this.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
  }
  async takeScreenshot() {
    throw new Error('WebKit: screenshots are not used by this suite');
  }
}

/**
 * WebKitGTK through WebKitWebDriver: starts Xvfb (MiniBrowser has no headless mode) and the driver on free
 * ports, points @web/test-runner-webdriver at them, and stops both when the run ends.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    const binary = miniBrowserPath();
    if (!which('WebKitWebDriver') || !binary) throw missing('WebKit (webkit2gtk-driver)');
    if (!which('Xvfb')) throw missing('Xvfb (xvfb)');
    super({
      hostname: '127.0.0.1',
      port: 0, // set once the driver is up
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only; webdriverio would otherwise ask for BiDi
        'wdio:enforceWebDriverClassic': true,
        // @ts-expect-error WebKitGTK's own capability
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      },
    });
    this.name = 'WebKit';
    /** @type {import('node:child_process').ChildProcess[]} */
    this.children = [];
    this.kill = () => {
      for (const child of this.children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
      this.children = [];
    };
  }

  /** @param {string} id @param {string} url */
  async startSession(id, url) {
    // how many test files this browser has run (the cache command's guard in the config)
    this.sessionsStarted = (this.sessionsStarted ?? 0) + 1;
    return super.startSession(id, url);
  }

  /** @param {any} config @param {string[]} files */
  async initialize(config, files) {
    await super.initialize(config);
    this.name = 'WebKit';
    void files;
  }

  /** Starts Xvfb on a free display (it reports the number itself) and returns ':N'. */
  async startDisplay() {
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    this.children.push(xvfb);
    const display = await new Promise((resolve, reject) => {
      let out = '';
      xvfb.stdout?.on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before reporting its display`)));
    });
    return /** @type {string} */ (display);
  }

  async startDriver() {
    const display = await this.startDisplay();
    const port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: {
        ...process.env,
        DISPLAY: display,
        LANG: 'vi_VN.UTF-8',
        LANGUAGE: 'vi_VN:vi',
        // no GPU under Xvfb: WebKit's accelerated compositing would only emulate one in software
        WEBKIT_DISABLE_COMPOSITING_MODE: process.env.WEBKIT_DISABLE_COMPOSITING_MODE ?? '1',
      },
    });
    this.children.push(driver);
    process.once('exit', this.kill);
    for (let i = 0; ; i++) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/status`);
        if (res.ok) break;
      } catch {
        // not listening yet
      }
      if (i > 100 || driver.exitCode !== null) throw new Error('WebKitWebDriver did not start');
      await sleep(100);
    }
    this.options.port = port;
  }

  async createDriverManager() {
    await this.startDriver();
    await super.createDriverManager();
    const manager = new FramedSessions(this.driver);
    this.driverManager = /** @type {any} */ (manager);
    // room for the largest viewport a test asks for (1280 x 900) inside the window
    await this.driver?.setWindowSize(1500, 1100);
    return /** @type {any} */ (manager);
  }

  async stop() {
    await super.stop();
    this.kill();
  }

  /** @param {string} _sessionId @param {{ width: number, height: number }} size */
  async setViewport(_sessionId, size) {
    await /** @type {FramedSessions} */ (/** @type {unknown} */ (this.driverManager)).setViewport(size);
  }

  /**
   * Presses or releases one key and keeps it down across commands (W3C actions keep input state).
   * @param {string} sessionId @param {'keyDown' | 'keyUp'} type @param {string} key
   */
  async keyAction(sessionId, type, key) {
    const value = webdriverKeys[key] ?? key;
    await /** @type {any} */ (this.driverManager).performActions(sessionId, [
      { type: 'key', id: 'keyboard', actions: [{ type, value }] },
    ]);
  }
}

/** WebDriver's code points of the named keys the tests press or hold down. @type {Record<string, string>} */
const webdriverKeys = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

export function webkitLauncher() {
  return new WebKitLauncher();
}

/** @param {Engine} engine */
export function launcherFor(engine) {
  if (engine === 'chromium') return chromiumLauncher();
  if (engine === 'firefox') return firefoxLauncher();
  return webkitLauncher();
}

/**
 * The commands the runner's own plugins do not offer over WebDriver, under names of our own
 * (test/support/commands.ts picks them in WebKit): the viewport (the test frame's size), and holding a key
 * down across commands.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function webkitCommands() {
  return {
    name: 'vssid-webkit-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('vss-webkit-')) return undefined;
      const browser = /** @type {any} */ (session.browser);
      if (!(browser instanceof WebKitLauncher)) throw new Error(`${command}: only for WebKit`);
      const p = /** @type {any} */ (payload);
      if (command === 'vss-webkit-viewport') await browser.setViewport(session.id, p);
      else if (command === 'vss-webkit-key')
        await browser.keyAction(session.id, p.down ? 'keyDown' : 'keyUp', p.down ?? p.up);
      else return undefined;
      return true;
    },
  };
}
