// Which browser engine a test runs in, and the one way to skip a test in an engine that cannot do what it
// checks: the reason reaches the runner, which prints it with the engine's counts at the end of the run.
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/**
 * The engine of this page, from its user agent: headless Chromium says `HeadlessChrome/`, WebKitGTK's
 * MiniBrowser says Safari without Chrome.
 */
export const engine: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\/|Chromium\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * Skips the current test in the given engines, telling the runner why. Call at the start of a test
 * (`skipIn(this, ['webkit'], 'WebDriver cannot emulate print media')`); elsewhere it does nothing.
 */
export async function skipIn(ctx: Mocha.Context, engines: Engine[], reason: string): Promise<void> {
  if (!engines.includes(engine)) return;
  await executeServerCommand('vss-engine-skip', { test: ctx.test?.fullTitle() ?? '', reason });
  ctx.skip();
}

/**
 * Leaves one check of a test out in the given engines, telling the runner why (printed with the skips);
 * returns whether the check runs here: `if (await checkIn(this, ['webkit'], 'reason')) expect(…)`.
 */
export async function checkIn(ctx: Mocha.Context, notIn: Engine[], reason: string): Promise<boolean> {
  if (!notIn.includes(engine)) return true;
  await executeServerCommand('vss-engine-skip', {
    test: ctx.test?.fullTitle() ?? '',
    reason: `one check left out: ${reason}`,
  });
  return false;
}
