// The runner's browser commands, the same in every engine. Over CDP and WebDriver BiDi (Chromium, Firefox) the
// runner's own commands do it; over WebKit's classic WebDriver they have no viewport and no held keys, so the
// config's WebKit plugin (scripts/wtr-engines.mjs) does those: the viewport is the size of the frame the test
// page runs in, and a held key is a W3C key action.
import {
  emulateMedia as runnerEmulateMedia,
  sendKeys as runnerSendKeys,
  setViewport as runnerSetViewport,
  executeServerCommand,
} from '@web/test-runner-commands';
import { engine } from './engine.js';

type Viewport = Parameters<typeof runnerSetViewport>[0];
type Keys = Parameters<typeof runnerSendKeys>[0];

export async function setViewport(size: Viewport): Promise<void> {
  if (engine !== 'webkit') return runnerSetViewport(size);
  await executeServerCommand('vss-webkit-viewport', { width: size.width, height: size.height });
  // the frame's new size is laid out; let the page's resize observers run
  await new Promise((r) => requestAnimationFrame(r));
}

export async function sendKeys(keys: Keys): Promise<void> {
  if (engine === 'webkit' && ('down' in keys || 'up' in keys)) {
    await executeServerCommand('vss-webkit-key', keys);
    return;
  }
  return runnerSendKeys(keys);
}

/** Whether `emulateMedia` can switch to print media here (WebDriver has no media emulation). */
export const canEmulateMedia = engine !== 'webkit';

export const emulateMedia = runnerEmulateMedia;
