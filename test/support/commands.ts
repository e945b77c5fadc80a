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

// Key names WebDriver BiDi and WebDriver know by the character they type, not by the key's code
const byCharacter: Record<string, string> = { Space: ' ', KeyA: 'a' };

export async function sendKeys(keys: Keys): Promise<void> {
  if ('press' in keys && byCharacter[keys.press] && engine !== 'chromium') keys = { press: byCharacter[keys.press]! };
  if (engine === 'webkit' && ('down' in keys || 'up' in keys)) {
    await executeServerCommand('vss-webkit-key', keys);
    return;
  }
  return runnerSendKeys(keys);
}

/** Why print media cannot be emulated in this engine, or '' where it can (Chromium, over CDP). */
export const noPrintEmulation =
  engine === 'chromium'
    ? ''
    : `no print-media emulation over WebDriver${engine === 'firefox' ? ' BiDi' : ''} (${engine})`;

/**
 * Switches the page's media type. Only Chromium can (CDP); elsewhere the page is always on screen, so asking
 * for 'screen' is a no-op and anything else throws (skip such a test with `skipIn(..., noPrintEmulation)`).
 */
export async function emulateMedia(media: Parameters<typeof runnerEmulateMedia>[0]): Promise<void> {
  if (engine === 'chromium') return runnerEmulateMedia(media);
  const others = Object.keys(media).filter((k) => k !== 'media');
  if (media.media === 'screen' && !others.length) return;
  throw new Error(`emulateMedia: ${noPrintEmulation}`);
}
