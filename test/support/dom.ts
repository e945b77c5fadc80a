// Rendering and querying helpers for element tests: mount into the document, reach into shadow roots,
// wait for what a user would see.
import { render, type TemplateResult } from 'lit';

const mounted: HTMLElement[] = [];

/** Renders `template` into a fresh container in `document.body`; returns its first element, updated. */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const host = document.createElement('div');
  host.className = 'test-fixture';
  document.body.append(host);
  mounted.push(host);
  render(template, host);
  const el = host.firstElementChild as T | null;
  if (!el) throw new Error('mount: template rendered no element');
  await settle(el);
  return el;
}

/** Removes everything `mount` added. Call in `afterEach`. */
export function cleanup(): void {
  for (const host of mounted.splice(0)) host.remove();
}

/** Waits for the element (and Lit children) to finish rendering. */
export async function settle(el: Element): Promise<void> {
  const u = (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  if (u) await u;
  // A frame lets layout-dependent children (virtualizers, observers) render. Chromium gives no frames to a
  // page in the background, which is where a test file runs while another one has the foreground.
  await new Promise((r) => {
    requestAnimationFrame(() => r(undefined));
    setTimeout(r, 50);
  });
}

/** `querySelector` that pierces shadow roots along a path: `deep(el, 'vss-otp-input', 'input')`. */
export function deep<T extends Element = HTMLElement>(root: Element | ShadowRoot, ...selectors: string[]): T {
  let node: Element | ShadowRoot = root;
  for (const sel of selectors) {
    const scope: ParentNode = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
    const found = scope.querySelector(sel) ?? (node instanceof Element ? node.querySelector(sel) : null);
    if (!found) throw new Error(`deep: "${sel}" not found`);
    node = found;
  }
  return node as T;
}

/** Like `deep` but returns null instead of throwing. */
export function maybeDeep<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T | null {
  try {
    return deep<T>(root, ...selectors);
  } catch {
    return null;
  }
}

/** Polls `check` until it returns a truthy value (or stops throwing), then returns it. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const start = performance.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (performance.now() - start > timeoutMs) {
      throw new Error(`waitFor(${what}) timed out${last ? `: ${String(last)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Types into an input as a user would: sets the value and fires `input`, then `change` and `blur` if asked. */
export function typeInto(
  input: HTMLInputElement | HTMLTextAreaElement,
  text: string,
  opts: { blur?: boolean } = {},
): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  if (opts.blur) {
    input.dispatchEvent(new FocusEvent('blur', { composed: true }));
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    input.blur();
  }
}

/** Visible text of an element including its shadow content, whitespace collapsed. */
export function textOf(el: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element) {
      if (n instanceof HTMLStyleElement || n instanceof HTMLScriptElement) return;
      if (n.shadowRoot) n.shadowRoot.childNodes.forEach(walk);
      if (n instanceof HTMLSlotElement) n.assignedNodes({ flatten: true }).forEach(walk);
      else n.childNodes.forEach(walk);
    }
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
