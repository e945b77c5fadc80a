// Layout and pointer/keyboard affordances of every element: targets of at least 24×24 CSS px (WCAG
// 2.5.8, with its spacing and inline-link exceptions), a visible focus indicator on everything reachable
// with Tab, no horizontal overflow at 320 px, and nothing overflowing or clipped at 200 % zoom.
import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '../support/commands.js';
import { resetBackend, startBackend } from '../support/backend.js';
import {
  ACCOUNTS,
  clearCardCopies,
  frames,
  mountTag,
  publicTags,
  recordElements,
  shadowElements,
  unmountAll,
  watchUncaught,
  whenSettled,
} from './harness.js';

interface Case {
  tag: string;
  account?: readonly [string, string];
}
const cases: Case[] = [
  ...recordElements.map((r) => ({ tag: r.tag, account: ACCOUNTS.worker })),
  ...publicTags.map((tag) => ({ tag })),
];

const TARGETS =
  'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [role=tab], [role=option], [role=checkbox], [role=radio], [role=link]';

const visible = (el: Element) => {
  const r = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
  // visually-hidden inputs (custom checkboxes, file inputs behind a label) are not what is clicked
  return r.width > 1 && r.height > 1 && cs.visibility !== 'hidden' && cs.display !== 'none' && cs.opacity !== '0';
};

/** A link inside a sentence is exempt (2.5.8 "inline"): its block has text besides the link. */
function inlineLink(el: Element): boolean {
  if (el.localName !== 'a') return false;
  const block = el.parentElement;
  if (!block) return false;
  const own = (block.textContent ?? '').replace(el.textContent ?? '', '').trim();
  return own.length > 0 && getComputedStyle(el).display === 'inline';
}

/** Undersized targets whose 24 px circle (here: square, stricter) around the centre overlaps another target. */
function tooSmall(host: Element): string[] {
  const targets = shadowElements(host).filter((e) => e.matches(TARGETS) && visible(e));
  // a target's clickable area is its label too when the label wraps it (checkbox/radio rows)
  const boxOf = (e: Element) => {
    const label = e.closest('label');
    return (label && visible(label) ? label : e).getBoundingClientRect();
  };
  const bad: string[] = [];
  for (const t of targets) {
    if (inlineLink(t)) continue;
    const r = boxOf(t);
    if (r.width >= 24 && r.height >= 24) continue;
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const clash = targets.some((o) => {
      if (o === t || o.contains(t) || t.contains(o)) return false;
      const q = boxOf(o);
      return q.left < cx + 12 && q.right > cx - 12 && q.top < cy + 12 && q.bottom > cy - 12;
    });
    if (clash)
      bad.push(
        `${t.localName}${t.id ? '#' + t.id : ''}${t.getAttribute('part') ? `[part=${t.getAttribute('part')}]` : ''} ${Math.round(r.width)}×${Math.round(r.height)} "${(t.textContent ?? '').trim().slice(0, 30)}"`,
      );
  }
  return bad;
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

function focusIndicator(el: Element): string | null {
  const cs = getComputedStyle(el);
  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
  const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
  // a focused light-DOM input may show its ring on its wrapper via :focus-within
  const wrap = el.parentElement ? getComputedStyle(el.parentElement) : null;
  const within =
    !!wrap &&
    ((wrap.outlineStyle !== 'none' && parseFloat(wrap.outlineWidth) >= 2) ||
      (wrap.boxShadow !== 'none' && wrap.boxShadow !== ''));
  return outline || shadow || within
    ? null
    : `${el.localName}${el.id ? '#' + el.id : ''} outline ${cs.outlineStyle} ${cs.outlineWidth}, box-shadow ${cs.boxShadow}`;
}

/** Clipped text: an element that hides overflow and is narrower than its content (visually-hidden excepted). */
function clipped(host: Element): string[] {
  return shadowElements(host)
    .filter((e) => {
      const cs = getComputedStyle(e);
      if (!['hidden', 'clip'].includes(cs.overflowX) || e.clientWidth <= 1) return false;
      if (cs.textOverflow === 'ellipsis') return false; // shortened on purpose, full text elsewhere
      return e.scrollWidth > e.clientWidth + 1;
    })
    .map((e) => `${e.localName}.${[...e.classList].join('.')} ${e.scrollWidth}>${e.clientWidth}`);
}

describe('layout: target size, focus visible, 320 px, 200 % zoom', function () {
  this.timeout(30000);
  const uncaught = watchUncaught();
  before(async () => {
    await startBackend();
    uncaught.start();
  });
  after(() => uncaught.stop());
  beforeEach(async () => {
    await resetBackend();
    clearCardCopies();
  });
  afterEach(async () => {
    unmountAll();
    document.documentElement.style.removeProperty('zoom');
    await setViewport({ width: 800, height: 600 });
    expect(uncaught.take()).to.deep.equal([]);
  });

  it('the target-size check can fail', async () => {
    const probe = document.createElement('div');
    probe.attachShadow({ mode: 'open' }).innerHTML =
      '<div><button style="width:16px;height:16px;padding:0">a</button><button style="width:16px;height:16px;padding:0">b</button></div>';
    document.body.append(probe);
    expect(tooSmall(probe).length).to.equal(2);
    probe.remove();
  });

  for (const c of cases) {
    describe(c.tag, () => {
      it('every target is at least 24×24 px or spaced (2.5.8)', async () => {
        await setViewport({ width: 1024, height: 800 });
        const { el } = await mountTag(c.tag, { account: c.account });
        await whenSettled(el);
        expect(tooSmall(el)).to.deep.equal([]);
      });

      it('shows a focus indicator on every Tab stop', async () => {
        await setViewport({ width: 1024, height: 800 });
        const { el } = await mountTag(c.tag, { account: c.account });
        await whenSettled(el);
        const start = document.createElement('button');
        start.textContent = 'start';
        el.parentElement!.before(start);
        // Tab past the last stop of a page leaves the page in Firefox (to the browser's own controls), and the
        // page then has no focus for the tests after this one: a stop after the element keeps it in the page.
        const end = document.createElement('button');
        end.textContent = 'end';
        el.parentElement!.after(end);
        start.focus();
        const problems: string[] = [];
        let stops = 0;
        for (let i = 0; i < 25; i++) {
          await sendKeys({ press: 'Tab' });
          const a = deepActive();
          if (!a || !(el.contains(a) || el.shadowRoot!.contains(a) || shadowElements(el).includes(a))) break;
          stops++;
          await frames(1);
          const p = focusIndicator(a);
          if (p) problems.push(p);
        }
        start.remove();
        end.remove();
        if (!['vss-card-explain'].includes(c.tag)) expect(stops, 'Tab stops inside').to.be.greaterThan(0);
        expect(problems).to.deep.equal([]);
      });

      it('fits 320 px without horizontal scrolling', async () => {
        await setViewport({ width: 320, height: 800 });
        const { el } = await mountTag(c.tag, { account: c.account });
        await whenSettled(el);
        await frames(2);
        expect(el.scrollWidth, 'element scrollWidth').to.be.at.most(el.clientWidth + 1);
        expect(document.documentElement.scrollWidth, 'page scrollWidth').to.be.at.most(320);
      });

      it('works at 200 % zoom (1280 px window, zoom 2): no overflow, no clipped text', async () => {
        await setViewport({ width: 1280, height: 900 });
        document.documentElement.style.setProperty('zoom', '2');
        const { el } = await mountTag(c.tag, { account: c.account });
        await whenSettled(el);
        await frames(2);
        expect(el.scrollWidth, 'element scrollWidth').to.be.at.most(el.clientWidth + 1);
        expect(document.documentElement.scrollWidth, 'page scrollWidth').to.be.at.most(
          document.documentElement.clientWidth + 1,
        );
        expect(clipped(el)).to.deep.equal([]);
      });
    });
  }
});
