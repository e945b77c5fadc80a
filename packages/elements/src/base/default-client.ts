import { getDefaultClient, type VssApi } from '@vssid/core';

let announced = false;
/**
 * The shared `/api` client used by an element outside any `<vss-provider>`, so a lone tag still works.
 * Its session expiry is announced on `document`, as a provider would.
 */
export function fallbackClient(): VssApi {
  const client = getDefaultClient();
  if (!announced && typeof document !== 'undefined') {
    announced = true;
    client.addEventListener('session-expired', () => {
      document.dispatchEvent(new CustomEvent('vss-session-expired', { detail: {}, bubbles: true, composed: true }));
    });
  }
  return client;
}
