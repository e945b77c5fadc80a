import type { VssApi } from '@vssid/core';
import { getDefaultClient } from '@vssid/core/on-demand';
import { forgetCardsOnLogout } from '../shared/card-copies.js';

let announced = false;
/**
 * The shared `/api` client used by an element outside any `<vss-provider>`, so a lone tag still works.
 * Its session expiry is announced on `document`, as a provider would, and a logout removes the offline
 * card copies, as under a provider.
 */
export function fallbackClient(): VssApi {
  const client = getDefaultClient();
  if (!announced && typeof document !== 'undefined') {
    announced = true;
    forgetCardsOnLogout(client);
    client.addEventListener('session-expired', () => {
      document.dispatchEvent(new CustomEvent('vss-session-expired', { detail: {}, bubbles: true, composed: true }));
    });
  }
  return client;
}
