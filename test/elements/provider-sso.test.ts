// A portal with its own sign-in (VNeID single sign-on) hands its session to <vss-provider>: its server has
// exchanged the citizen's sign-in for a VssID bearer token, and the page gives that token to the client with
// `adoptSession()`, either on the provider's own client or on a client the portal built. The elements then
// show the citizen's data with no <vss-login>, the token never reaches an event or the DOM, and a renewed
// token replaces an expired one.
import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { VssClient, type ExternalSession } from '@vssid/core';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/profile/profile.js';
import type { VssProvider } from '../../packages/elements/src/provider/provider.js';
import { advanceClock, resetBackend, startBackend } from '../support/backend.js';
import { cleanup, maybeDeep, mount, textOf, waitFor } from '../support/dom.js';

const WORKER = ['7901234567', 'VssID@2026'] as const;

/**
 * What the portal's server does after its SSO: obtains a VssID session for the citizen. Against the mock
 * backend a direct call to its login stands in for that server-to-server exchange.
 */
async function portalServerExchange(): Promise<ExternalSession> {
  const res = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ socialInsuranceCode: WORKER[0], password: WORKER[1] }),
  });
  const grant = (await res.json()) as { token: string; expiresAt: string };
  return { token: grant.token, expiresAt: grant.expiresAt, socialInsuranceCode: WORKER[0] };
}

describe('a portal hands its own session (SSO) to <vss-provider>', () => {
  before(async () => {
    await startBackend();
  });
  beforeEach(async () => {
    await resetBackend();
    sessionStorage.clear();
  });
  afterEach(() => cleanup());

  it("on the provider's client: the elements show the citizen, the token reaches no event and no DOM", async () => {
    const provider = await mount<VssProvider>(
      html`<vss-provider memory-only><vss-profile></vss-profile></vss-provider>`,
    );
    const profile = provider.querySelector('vss-profile')!;
    await waitFor(() => maybeDeep(profile, '.state.expired'), 5000, 'the signed-out state');
    const changes: unknown[] = [];
    provider.addEventListener('vss-session-change', (e) => changes.push((e as CustomEvent).detail));

    const session = await portalServerExchange();
    const info = provider.apiClient.adoptSession(session);

    expect(info).to.deep.equal({
      socialInsuranceCode: WORKER[0],
      expiresAt: session.expiresAt,
      mustChangePassword: false,
    });
    expect(changes).to.deep.equal([info]);
    await waitFor(() => textOf(profile).includes(WORKER[0]), 8000, 'the citizen record');
    expect(JSON.stringify(changes)).to.not.contain(session.token);
    expect(document.body.innerHTML).to.not.contain(session.token);
    expect(textOf(profile)).to.not.contain(session.token);
  });

  it('on a client the portal built and gave the provider, kept across its pages in sessionStorage', async () => {
    const client = new VssClient({ persistSession: true });
    client.adoptSession(await portalServerExchange());
    const provider = await mount<VssProvider>(
      html`<vss-provider .client=${client}><vss-profile></vss-profile></vss-provider>`,
    );
    expect(provider.apiClient).to.equal(client);
    const profile = provider.querySelector('vss-profile')!;
    await waitFor(() => textOf(profile).includes(WORKER[0]), 8000, 'the citizen record');
    // the next page of the portal builds its client again and is still signed in
    expect(new VssClient({ persistSession: true }).session?.socialInsuranceCode).to.equal(WORKER[0]);
  });

  it('after the session expires, a renewed token from the SSO fills the elements again', async () => {
    const provider = await mount<VssProvider>(
      html`<vss-provider memory-only><vss-profile></vss-profile></vss-provider>`,
    );
    const profile = provider.querySelector('vss-profile')!;
    // the portal renews through its own SSO whenever the VssID session ends
    let renewals = 0;
    provider.addEventListener('vss-session-expired', () => {
      renewals++;
      void portalServerExchange().then((s) => provider.apiClient.adoptSession(s));
    });
    provider.apiClient.adoptSession(await portalServerExchange());
    await waitFor(() => textOf(profile).includes(WORKER[0]), 8000, 'the citizen record');

    await advanceClock(31 * 60_000); // the mock ends sessions after 30 minutes
    // the next call with the old token finds it expired (any element's next request would)
    await provider.apiClient.me({ fresh: true }).catch(() => undefined);
    await waitFor(() => renewals === 1 && provider.apiClient.session !== null, 8000, 'the renewed session');
    await waitFor(() => textOf(profile).includes(WORKER[0]), 8000, 'the citizen record again');
  });

  it('refuses a session that is not one: no token, a malformed or past expiry', async () => {
    const client = new VssClient();
    const good = await portalServerExchange();
    expect(() => client.adoptSession({ ...good, token: '' })).to.throw(TypeError);
    expect(() => client.adoptSession({ ...good, expiresAt: 'tomorrow' })).to.throw(TypeError);
    expect(() => client.adoptSession({ ...good, expiresAt: '2001-01-01T00:00:00Z' })).to.throw(TypeError);
    expect(() => client.adoptSession({ ...good, socialInsuranceCode: '' })).to.throw(TypeError);
    expect(client.session).to.equal(null);
  });
});
