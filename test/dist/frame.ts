// Loads a built page in an iframe and reads it as a user sees it. Nodes of another window fail `instanceof`
// checks against this window's classes, so everything here goes by nodeType and tag names.
export async function openPage(url: string): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Window }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1024px;height:900px;border:0';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow! };
}

/** Visible text of a node, shadow roots and slots included, whitespace collapsed. */
export function textIn(root: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n.nodeType !== Node.ELEMENT_NODE) return;
    const el = n as Element;
    if (el.localName === 'style' || el.localName === 'script') return;
    if (el.shadowRoot) el.shadowRoot.childNodes.forEach(walk);
    if (el.localName === 'slot') (el as HTMLSlotElement).assignedNodes({ flatten: true }).forEach(walk);
    else el.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export async function until<T>(check: () => T, what: string, timeoutMs = 8000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const v = check();
    if (v) return v as NonNullable<T>;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Signs in through a `<vss-login>` as a user would: types into its light-DOM inputs, presses "Đăng nhập". */
export async function signIn(login: Element, code: string, password: string): Promise<void> {
  const codeInput = await until(() => login.querySelector<HTMLInputElement>('input[name="code"]'), 'the code input');
  const pwInput = await until(() => login.querySelector<HTMLInputElement>('input[name="password"]'), 'the password input');
  for (const [input, value] of [[codeInput, code], [pwInput, password]] as const) {
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  const submit = await until(() => login.shadowRoot?.querySelector<HTMLButtonElement>('[part~="submit-button"]'), 'the submit button');
  submit.click();
}
