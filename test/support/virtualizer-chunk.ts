// The list elements (history, visits) import @lit-labs/virtualizer on demand through a protected
// `loadVirtualizer()`. Tests define a subclass whose import goes through `virtualizerChunk.load(real)`, so a
// test can hold that import back or make it fail, and mount it under a signed-in provider.
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { VssProvider } from '../../packages/elements/src/provider/provider.js';
import { mount, settle } from './dom.js';

type Load = (real: () => Promise<unknown>) => Promise<unknown>;

/** What stands for the virtualizer's dynamic import in the subclasses; `reset()` between tests. */
export const virtualizerChunk = {
  load: ((real) => real()) as Load,
  reset(): void {
    this.load = (real) => real();
  },
};

/** Defines `tag` as `Base` with its virtualizer import under `virtualizerChunk`'s control. */
export function defineChunkControlled(Base: CustomElementConstructor, tag: string): void {
  // loadVirtualizer is protected in the elements: reached through a structural type here
  const Lists = Base as unknown as new () => HTMLElement & { loadVirtualizer(): Promise<unknown> };
  customElements.define(
    tag,
    class extends Lists {
      override loadVirtualizer(): Promise<unknown> {
        return virtualizerChunk.load(() => super.loadVirtualizer());
      }
    },
  );
}

/** Mounts `<tag>` under a memory-only provider signed in as `account`. */
export async function mountChunkControlled<E extends HTMLElement>(tag: string, account: readonly [string, string]) {
  const provider = await mount<VssProvider>(html`<vss-provider memory-only>${staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`}</vss-provider>`);
  await provider.apiClient.login(account[0], account[1]);
  const el = provider.querySelector<E>(tag)!;
  await settle(el);
  return { el, api: provider.apiClient };
}
