// The loader as a portal uses it: dist/cdn/vssid-loader.js (from `npm run build`), served here from /dist/cdn/,
// so every chunk is resolved against the loader's own URL, not the site root. One page for the whole file: a
// tag can be defined once per page, so each case uses tags no other case uses, and what must exist before the
// loader starts is put in place before it is imported.
import { expect } from '@esm-bundle/chai';
import { startBackend } from '../support/backend.js';
import { textIn, until } from '../dist/frame.js';

// Variables, not literals: run-time URLs of built files, not modules for the type checker.
const loaderUrl = '/dist/cdn/vssid-loader.js';
/** The loader's map as the build wrote it next to the loader (the loader carries the same one). */
const mapOf = async () => {
  const res = await fetch('/dist/cdn/vssid-loader.manifest.json');
  expect(res.ok, 'dist/cdn/vssid-loader.manifest.json (run npm run build)').to.equal(true);
  return (await res.json()) as { files: string[]; tags: Record<string, number[]> };
};

/** Files fetched from dist/cdn/elements/ so far, by path relative to it (every fetch, repeats included). */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/cdn/elements/'))
    .map((p) => p.slice('/dist/cdn/elements/'.length));

const defined = (tag: string) => until(() => customElements.get(tag), `${tag} defined`, 10000);

let map: { files: string[]; tags: Record<string, number[]> };
const filesOf = (tag: string) => map.tags[tag.replace(/^vss-/, '')].map((i) => map.files[i]);

// ---- before the loader starts: a tag in the page, one in an open shadow root, one in inert template content
const early = document.createElement('div');
early.className = 'loader-early';
early.innerHTML = `<vss-support id="present" heading-level="3"></vss-support>
  <template id="tpl"><section><vss-benefits></vss-benefits></section></template>`;
document.body.append(early);
const shadowHost = document.createElement('div');
shadowHost.attachShadow({ mode: 'open' }).innerHTML = '<vss-profile></vss-profile>';
document.body.append(shadowHost);
// and one created by a script (as a framework would) with a property and an attribute set before any code arrived
const preset = document.createElement('vss-office-picker') as HTMLElement & { value?: string; label?: string };
preset.setAttribute('name', 'office');
preset.value = '01001';

describe('loader (dist/cdn/vssid-loader.js)', () => {
  before(async () => {
    performance.setResourceTimingBufferSize(100_000);
    await startBackend();
    map = await mapOf();
    await import(/* @vite-ignore */ loaderUrl);
  });

  it('defines a tag present when it starts, keeping its attributes, and loads only that tag’s files', async () => {
    const el = document.getElementById('present')!;
    await defined('vss-support');
    await until(() => textIn(el).includes('1900 9068'), 'the support answers');
    expect(
      el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level'),
      'heading-level="3" set before the upgrade',
    ).to.equal('3');
    // nothing for tags the page does not have (the login box, the registration form)
    for (const f of filesOf('vss-login').filter(
      (f) => !filesOf('vss-support').includes(f) && !filesOf('vss-profile').includes(f),
    )) {
      expect(fetched(), `${f} (the login box's) was fetched`).to.not.include(f);
    }
    expect(customElements.get('vss-login')).to.equal(undefined);
  });

  it('requests every file of a tag, each once, and no English for a Vietnamese page', async () => {
    await defined('vss-support');
    for (const f of filesOf('vss-support')) expect(fetched(), f).to.include(f);
    const seen = fetched();
    expect(
      seen.filter((f, i) => seen.indexOf(f) !== i),
      'files fetched twice',
    ).to.deep.equal([]);
    expect(
      seen.some((f) => /english/.test(f)),
      'the English pack',
    ).to.equal(false);
  });

  it('finds a tag inside an open shadow root that existed before it started', async () => {
    await defined('vss-profile');
    const profile = shadowHost.shadowRoot!.querySelector('vss-profile')!;
    await until(() => profile.shadowRoot && textIn(profile).length > 0, 'the profile rendered');
  });

  it('defines a tag added later, and upgrades it in place with the properties set before', async () => {
    document.body.append(preset);
    await defined('vss-office-picker');
    await (preset as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(preset.getAttribute('name')).to.equal('office');
    expect(preset.value, 'a property set on the undefined element').to.equal('01001');
    expect(Object.prototype.hasOwnProperty.call(preset, 'value'), 'no own property hides the accessor').to.equal(false);
    preset.remove();
  });

  it('leaves template content alone until it is stamped, then defines what it holds', async () => {
    await new Promise((r) => setTimeout(r, 300));
    expect(customElements.get('vss-benefits'), 'inert template content').to.equal(undefined);
    const tpl = document.getElementById('tpl') as HTMLTemplateElement;
    document.body.append(tpl.content.cloneNode(true));
    await defined('vss-benefits');
  });

  it('finds tags in shadow roots attached later, open or closed, and in content put there afterwards', async () => {
    class LaterHost extends HTMLElement {
      root?: ShadowRoot;
      connectedCallback() {
        // attached now, filled a moment later
        this.root = this.attachShadow({ mode: this.getAttribute('mode') === 'closed' ? 'closed' : 'open' });
        setTimeout(() => this.root!.append(document.createElement(this.getAttribute('inner')!)), 50);
      }
    }
    customElements.define('portal-later-host', LaterHost);
    const open = document.createElement('portal-later-host');
    open.setAttribute('inner', 'vss-medical-records');
    const closed = document.createElement('portal-later-host');
    closed.setAttribute('mode', 'closed');
    closed.setAttribute('inner', 'vss-participation-history');
    document.body.append(open, closed);
    await defined('vss-medical-records');
    await defined('vss-participation-history');
    open.remove();
    closed.remove();
  });

  it('finds a tag nested deep in a subtree added at once, and in a shadow root inside it', async () => {
    const outer = document.createElement('div');
    outer.innerHTML = '<article><div><p><vss-bhyt-card></vss-bhyt-card></p></div></article>';
    const inner = document.createElement('span');
    inner.attachShadow({ mode: 'open' }).innerHTML = '<div><vss-photo-input></vss-photo-input></div>';
    outer.append(inner);
    document.body.append(outer);
    await defined('vss-bhyt-card');
    await defined('vss-photo-input');
    outer.remove();
  });

  it('ignores vss- tags it does not know (another library’s), fetching nothing for them', async () => {
    const stranger = document.createElement('vss-not-ours');
    document.body.append(stranger);
    await new Promise((r) => setTimeout(r, 300));
    const asked = performance.getEntriesByType('resource').filter((e) => /not-ours/.test(e.name));
    expect(asked.map((e) => e.name)).to.deep.equal([]);
    expect(customElements.get('vss-not-ours')).to.equal(undefined);
    stranger.remove();
  });

  it('load() defines tags a script is about to use, before they are on the page', async () => {
    const { load } = (await import(/* @vite-ignore */ loaderUrl)) as { load: (...tags: string[]) => Promise<void> };
    await load('vss-otp-input');
    expect(customElements.get('vss-otp-input')).to.not.equal(undefined);
  });

  it('the map knows every tag of the manifest, each with its own file first', async () => {
    // the elements package's manifest (dist/cem/custom-elements.json also has the mock's demo inbox)
    const res = await fetch('/dist/cem/package/custom-elements.json');
    const manifest = (await res.json()) as {
      modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
    };
    const tags = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : []));
    expect(tags.length).to.be.greaterThan(5);
    for (const t of tags) expect(map.tags, t).to.have.property(t.replace(/^vss-/, ''));
  });
});
