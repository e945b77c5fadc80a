/// <reference types="vite/client" />
// Every story runs against the MSW mock backend, inside a <vss-provider> whose language, theme and injected
// fault come from the toolbar. A story can also sign in as a demo account and pin a fault of its own:
//   parameters: { vssAccount: 'pensioner', vssFault: 'malformed' }
import type { Decorator, Loader, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import { html } from 'lit';
import { VssClient } from '@vssid/core';
import { handlers } from '@vssid/mocks';
import '@vssid/elements';
// demo-only: the mock's SMS outbox (not part of @vssid/elements)
import '@vssid/mocks/sms-inbox';
import {
  accountFor,
  expiredSessionFetch,
  faultFor,
  faultyFetch,
  storyClientTimeout,
  type VssFaultName,
  type VssStoryParameters,
} from './vss-story.js';

// Written by `node scripts/build-cem.mjs` (run before `storybook` and `build-storybook`); the docs pages'
// attribute, property, event, slot, part and CSS property tables come from it. A glob keeps a missing
// file from breaking the build: the tables are then simply empty.
const manifests = import.meta.glob<{ default: unknown }>('../dist/cem/custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

// One worker for the whole preview; msw-storybook-addon resets it to `parameters.msw` before each story.
const startMsw = mswLoader(async () => {
  const worker = setupWorker();
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  return worker;
});

async function dev(path: string, body?: unknown, method = 'POST'): Promise<void> {
  const res = await fetch(`/api/dev/${path}`, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`mock backend: ${method} /api/dev/${path} answered ${res.status}`);
}

let docsPage: { title: string; reset: Promise<void> } | undefined;

/**
 * Storybook runs loaders of one level in parallel, so the steps that depend on each other (worker up, mock
 * state reset, sign-in, fault) are one loader. It hands the signed-in client to the provider decorator.
 *
 * A story view has the mock backend to itself: it is reset, and faults and the session expiry are made on
 * the server (/api/dev/faults, /api/dev/clock), as a real outage would be. A docs page renders all of a
 * component's stories at once on one backend, where a server fault or a clock jump would hit every story:
 * there the backend is reset once per page and each story's client carries its own fault instead.
 */
const vssLoader: Loader = async (context) => {
  await startMsw(context);
  const params = context.parameters as VssStoryParameters;
  const docs = context.viewMode === 'docs';
  if (!docs) {
    docsPage = undefined;
    await dev('reset');
  } else {
    if (docsPage?.title !== context.title) docsPage = { title: context.title, reset: dev('reset') };
    await docsPage.reset;
  }
  sessionStorage.removeItem('vssid.session');

  const fault = faultFor(params.vssFault ?? (context.globals['fault'] as VssFaultName | undefined));
  let clientFetch: typeof fetch | undefined;
  const client = new VssClient({
    baseUrl: '/api',
    persistSession: false,
    timeoutMs: storyClientTimeout(fault),
    // looked up per call, so the story's own fault applies from the moment it is set below
    fetch: (input, init) => (clientFetch ?? fetch)(input, init),
  });
  const wanted = (context.args['vssAccount'] as string | undefined) ?? params.vssAccount;
  if (wanted) {
    const account = accountFor(wanted);
    await client.login(account.code, account.password);
    if (params.vssSessionExpired) {
      // The server's clock jumps past the 30-minute session lifetime: the next signed-in call answers session_expired.
      if (docs) clientFetch = expiredSessionFetch(fetch);
      else await dev('clock', { advanceMs: 31 * 60 * 1000 });
    }
  }
  // Signed in first, then broken: a fault on '/api/*' would otherwise stop the sign-in itself.
  if (fault) {
    if (docs) clientFetch = faultyFetch(fault, clientFetch ?? fetch);
    else await dev('faults', fault);
  }
  return { vssClient: client };
};

const withProvider: Decorator = (story, context) => {
  const lang = (context.globals['lang'] as string | undefined) ?? 'vi';
  const theme = (context.globals['theme'] as string | undefined) ?? 'auto';
  // The canvas around the elements follows the theme's colour scheme (see preview-head.html).
  document.documentElement.lang = lang;
  document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : theme === 'auto' ? 'light dark' : 'light';
  return html`<vss-provider lang=${lang} theme=${theme} .client=${context.loaded['vssClient']}>${story()}</vss-provider>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [vssLoader],
  decorators: [withProvider],
  parameters: {
    msw: { handlers: { vssid: handlers } },
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  globalTypes: {
    lang: {
      description: 'Ngôn ngữ của các phần tử',
      toolbar: {
        title: 'Ngôn ngữ',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'vi', title: 'Tiếng Việt', right: 'vi' },
          { value: 'en', title: 'English', right: 'en' },
        ],
      },
    },
    theme: {
      description: 'Giao diện (theme của vss-provider)',
      toolbar: {
        title: 'Giao diện',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'Tự động (theo hệ thống)' },
          { value: 'light', title: 'Sáng' },
          { value: 'dark', title: 'Tối' },
          { value: 'lotus', title: 'Sen (đỏ vàng)' },
          { value: 'contrast', title: 'Tương phản cao' },
        ],
      },
    },
    fault: {
      description: 'Lỗi giả lập cho mọi yêu cầu /api/*',
      toolbar: {
        title: 'Lỗi giả lập',
        icon: 'alert',
        dynamicTitle: true,
        items: [
          { value: 'none', title: 'Không có lỗi' },
          { value: 'latency', title: 'Chậm 3 giây' },
          { value: 'network', title: 'Mất kết nối' },
          { value: 'status500', title: 'Lỗi máy chủ 500' },
          { value: 'malformed', title: 'JSON hỏng' },
          { value: 'schema', title: 'Sai cấu trúc dữ liệu' },
        ],
      },
    },
  },
  initialGlobals: { lang: 'vi', theme: 'auto', fault: 'none' },
};

export default preview;
