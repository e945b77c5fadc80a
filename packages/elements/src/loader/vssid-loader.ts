/**
 * The one script tag a portal adds (`dist/cdn/vssid-loader.js`): it defines each `vss-` tag when the tag first
 * appears, loading only that element's code and the shared chunks it needs, once.
 *
 * The build (scripts/build.mjs) writes the loader as this module plus a call to {@link startLoader} with the
 * map it generated from the element folders: for every tag, the whole set of files its definition needs. So a
 * tag costs one round trip after the loader: every file of the set is requested at once, never one import level
 * at a time.
 *
 * Where tags are found: in the document when the loader starts, in every node added later, inside open shadow
 * roots that exist when it starts (declarative ones included) or are attached later (and closed ones attached
 * later: the loader sees them as they are made), and in `<template>` content once it is stamped into the page
 * (content still inside a `<template>` is inert and loads nothing). A tag met before its code arrives upgrades
 * in place; what the page set on it meanwhile is kept (attributes by the platform, properties by the elements'
 * base class). Tags the map does not know (another library's `vss-` tags) are left alone: nothing is fetched
 * for them. A download that fails is tried again on the next sighting of the tag and after a pause.
 * @packageDocumentation
 */

/** The map the build generates: file paths (relative to the chunk folder) and, per tag, the indexes of its files. */
export interface LoaderMap {
  /** Every file a tag may need, relative to `base`. */
  files: string[];
  /** Tag without its `vss-` prefix → indexes into `files`; all of them are requested together. */
  tags: Record<string, number[]>;
}

/** What the running loader offers a portal's script (exported by `vssid-loader.js`). */
export interface Loader {
  /**
   * Loads the code of these tags now, whether or not they are on the page yet (for a script that creates them
   * later and wants them defined at once). Resolves when all are defined; unknown tags are ignored.
   */
  load(...tags: string[]): Promise<void>;
}

/**
 * Starts discovering tags in `doc` and loading their code from `base`.
 * @param map The generated map (see {@link LoaderMap}).
 * @param base The URL the map's files are relative to, resolved from the loader's own URL, so the CDN folder can be hosted anywhere.
 */
export function startLoader(map: LoaderMap, base: string, doc: Document = document): Loader {
  const { files, tags } = map;
  const registry = customElements;
  /** Tags whose files are on their way or loaded. */
  const started = new Set<string>();
  /** Roots (the document, shadow roots) already observed. */
  const watched = new WeakSet<Node>();
  const ours = (name: string) => name.startsWith('vss-') && Object.hasOwn(tags, name.slice(4));

  const load = (tag: string, attempt = 0): void => {
    if (started.has(tag) || registry.get(tag)) return;
    started.add(tag);
    Promise.all(tags[tag.slice(4)].map((i) => import(/* @vite-ignore */ new URL(files[i], base).href))).catch(() => {
      // Forget it, so the next sighting of the tag tries again; and try again by itself a few times.
      started.delete(tag);
      if (attempt < 3) setTimeout(() => load(tag, attempt + 1), 2000 << attempt);
    });
  };

  const visit = (el: Element): void => {
    const name = el.localName;
    if (ours(name)) load(name);
    // Our own elements bring the elements they render: their shadow roots need no watching.
    else if (el.shadowRoot) watch(el.shadowRoot);
  };

  const scan = (root: ParentNode): void => {
    for (const el of root.querySelectorAll('*')) visit(el);
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType === 1) {
          visit(n as Element);
          scan(n as Element);
        }
      }
    }
  });

  const watch = (root: Document | ShadowRoot): void => {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
    scan(root);
  };

  // Shadow roots attached from now on are watched from the moment they exist, before anything is put in them.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attach.call(this, init);
    if (!ours(this.localName)) watch(root);
    return root;
  };

  watch(doc);

  return {
    load(...wanted: string[]): Promise<void> {
      const known = wanted.filter(ours);
      known.forEach((t) => load(t));
      return Promise.all(known.map((t) => registry.whenDefined(t))).then(() => undefined);
    },
  };
}
