// XSS payloads for the injection suite. Each one calls `window.__xss(n)` if it ever runs, and those that
// create markup carry `data-xss`, so a test can tell "executed" from "rendered as markup" from "shown as
// text" (the only acceptable outcome). Classic vectors from the OWASP filter-evasion cheat sheet and
// PortSwigger's XSS cheat sheet, adapted to call the canary, plus template-engine and attribute breakouts
// aimed at Lit's bindings.

const raw = [
  `<script data-xss>__xss(0)</script>`,
  `<img src=x onerror=__xss(1) data-xss>`,
  `<svg onload=__xss(2) data-xss>`,
  `<svg><script data-xss>__xss(3)</script></svg>`,
  `"><img src=x onerror=__xss(4) data-xss>`,
  `'><img src=x onerror=__xss(5) data-xss>`,
  `</textarea><img src=x onerror=__xss(6) data-xss>`,
  `</title><img src=x onerror=__xss(7) data-xss>`,
  `</style><img src=x onerror=__xss(8) data-xss>`,
  `</script><script data-xss>__xss(9)</script>`,
  `<iframe srcdoc="<script>parent.__xss(10)</script>" data-xss></iframe>`,
  `<iframe src="javascript:parent.__xss(11)" data-xss></iframe>`,
  `<a href="javascript:__xss(12)" data-xss>bấm vào đây</a>`,
  `<body onload=__xss(13) data-xss>`,
  `<details open ontoggle=__xss(14) data-xss>`,
  `<input autofocus onfocus=__xss(15) data-xss>`,
  `<video><source onerror=__xss(16) data-xss></video>`,
  `<audio src=x onerror=__xss(17) data-xss>`,
  `<object data="javascript:__xss(18)" data-xss></object>`,
  `<embed src="javascript:__xss(19)" data-xss>`,
  `<math><mtext><img src=x onerror=__xss(20) data-xss></mtext></math>`,
  `<marquee onstart=__xss(21) data-xss>`,
  `<div style="animation-name:x" onanimationstart=__xss(22) data-xss></div>`,
  `<select autofocus onfocus=__xss(23) data-xss>`,
  `<textarea autofocus onfocus=__xss(24) data-xss>`,
  `<keygen autofocus onfocus=__xss(25) data-xss>`,
  `<form><button formaction=javascript:__xss(26) data-xss>x</button></form>`,
  `<isindex action=javascript:__xss(27) type=image data-xss>`,
  `<img src=x:x onerror="window['__x'+'ss'](28)" data-xss>`,
  `<img src=x onerror=&#95;&#95;xss(29) data-xss>`,
  `<img src=x onerror="eval(atob('X194c3MoMzAp'))" data-xss>`,
  `<IMG SRC=x OnErRoR=__xss(31) data-xss>`,
  `<img/src=x/onerror=__xss(32)/data-xss>`,
  `<img src=x onerror=\u0009__xss(33) data-xss>`,
  `<svg><animate onbegin=__xss(34) attributeName=x dur=1s data-xss>`,
  `<svg><a xlink:href="javascript:__xss(35)" data-xss><text y="20">x</text></a></svg>`,
  `<svg><foreignObject><img src=x onerror=__xss(36) data-xss></foreignObject></svg>`,
  `<noscript><p title="</noscript><img src=x onerror=__xss(37) data-xss>">`,
  `<template><img src=x onerror=__xss(38) data-xss></template>`,
  `<base href="javascript:__xss(39)//" data-xss>`,
  `<link rel=import href="data:text/html,<script>__xss(40)</script>" data-xss>`,
  `<meta http-equiv="refresh" content="0;url=javascript:__xss(41)" data-xss>`,
  `javascript:__xss(42)`,
  `data:text/html,<script>__xss(43)</script>`,
  `\${__xss(44)}`,
  `{{constructor.constructor('__xss(45)')()}}`,
  `<!--<img src="--><img src=x onerror=__xss(46) data-xss>`,
  `<![CDATA[<img src=x onerror=__xss(47) data-xss>]]>`,
  `" onmouseover="__xss(48)" data-xss="`,
  `' onfocus='__xss(49)' autofocus data-xss='`,
  `\`><img src=x onerror=__xss(50) data-xss>`,
  `<img src="x" onerror="__xss(51)" data-xss`,
  `<scr<script>ipt data-xss>__xss(52)</scr</script>ipt>`,
  `%3Cimg%20src%3Dx%20onerror%3D__xss(53)%20data-xss%3E`,
  `&lt;img src=x onerror=__xss(54) data-xss&gt;`,
  `<div popover id=p data-xss onbeforetoggle=__xss(55)></div><button popovertarget=p>x</button>`,
  `<style>@import 'javascript:__xss(56)';</style><b data-xss>`,
  `Nguyễn <b data-xss onclick=__xss(57)>Văn</b> An`,
  `Bệnh viện <img src=x onerror=__xss(58) data-xss> Quận 1`,
  `\u202e<img src=x onerror=__xss(59) data-xss>`,
];

/** The payloads (60), each a distinct vector. */
export const xssPayloads: readonly string[] = raw;

declare global {
  interface Window {
    __xss?: (n: number) => void;
  }
}

/** Installs the canary; returns the list of payload numbers that executed. */
export function installCanary(): number[] {
  const fired: number[] = [];
  window.__xss = (n: number) => {
    fired.push(n);
  };
  return fired;
}

/** Attributes whose value the browser treats as a URL to load or navigate to. */
const urlAttributes = new Set([
  'href',
  'xlink:href',
  'src',
  'srcdoc',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
]);

/**
 * Markup from a payload anywhere in `roots` and their nested shadow trees: a `data-xss` element, an
 * inline handler attribute (Lit binds listeners as properties, so a legitimate `on*` attribute never
 * appears), a script/iframe/object/embed/base/meta, or a `javascript:` URL.
 */
export function injectedMarkup(...roots: (Element | ShadowRoot)[]): string[] {
  const found: string[] = [];
  const visit = (scope: Element | ShadowRoot) => {
    for (const el of scope.querySelectorAll('*')) {
      const tag = el.localName;
      if (el.hasAttribute('data-xss')) found.push(`<${tag} data-xss>`);
      for (const a of el.getAttributeNames()) {
        if (a.startsWith('on')) found.push(`<${tag} ${a}>`);
        const v = el.getAttribute(a) ?? '';
        if (/^\s*(javascript|data:text\/html)/i.test(v) && urlAttributes.has(a)) found.push(`<${tag} ${a}="${v}">`);
      }
      if (
        ['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'marquee', 'isindex', 'keygen'].includes(tag)
      ) {
        found.push(`<${tag}>`);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  for (const r of roots) {
    visit(r);
    if (r instanceof Element && r.shadowRoot) visit(r.shadowRoot);
  }
  return found;
}
