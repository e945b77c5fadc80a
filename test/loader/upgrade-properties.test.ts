// A tag used before its code arrives (the loader's case, and a framework that creates elements before their
// definition): what the page set on it meanwhile must survive the upgrade. Attributes always do; a property set
// on the undefined element is an own property of the instance that hides the class's accessor, so the base
// class takes it back off and sets it through the accessor.
import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VssElement } from '../../packages/elements/src/base/vss-element.js';
import { cleanup } from '../support/dom.js';

let n = 0;
/** A fresh tag for each test: a definition cannot be undone. */
const freshTag = () => `vss-upgrade-probe-${++n}-${Math.random().toString(36).slice(2, 7)}`;

/** An element with the three kinds of member a page sets: a reactive property, a plain accessor, a method's input. */
function defineProbe(tag: string) {
  class Probe extends VssElement {
    @property() label = 'mặc định';
    @state() private _file: string | null = null;
    /** Not reactive by declaration: a setter that does work, like `<vss-photo-input>`'s `file`. */
    get file(): string | null {
      return this._file;
    }
    set file(v: string | null) {
      this._file = v === null ? null : `đã nhận ${v}`;
    }
    protected override render() {
      return html`<p>${this.label}</p><p class="file">${this._file ?? ''}</p>`;
    }
  }
  customElements.define(tag, Probe);
  return Probe;
}

describe('base class: properties set before the tag is defined', () => {
  afterEach(() => cleanup());

  it('keeps a reactive property, a plain accessor and an attribute set while the tag was undefined', async () => {
    const tag = freshTag();
    const el = document.createElement(tag) as HTMLElement & { label?: string; file?: string | null };
    el.setAttribute('class', 'test-fixture');
    el.label = 'đặt trước';
    el.file = 'ảnh.jpg';
    el.setAttribute('data-x', '1');
    document.body.append(el);
    // now the code arrives
    defineProbe(tag);
    await (el as unknown as VssElement).updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('đặt trước');
    // through the setter, not a leftover own property
    expect(el.file).to.equal('đã nhận ảnh.jpg');
    expect(Object.prototype.hasOwnProperty.call(el, 'file'), 'own property left on the instance').to.equal(false);
    expect(el.shadowRoot!.querySelector('.file')!.textContent).to.equal('đã nhận ảnh.jpg');
    expect(el.getAttribute('data-x')).to.equal('1');
    el.remove();
  });

  it('an element created before the definition and connected after it gets its properties too', async () => {
    const tag = freshTag();
    const el = document.createElement(tag) as HTMLElement & { file?: string | null };
    el.file = 'giấy tờ.png';
    defineProbe(tag);
    // not in the document yet: not upgraded until it is connected
    expect(Object.prototype.hasOwnProperty.call(el, 'file')).to.equal(true);
    document.body.append(el);
    await (el as unknown as VssElement).updateComplete;
    expect(el.file).to.equal('đã nhận giấy tờ.png');
    el.remove();
  });
});
