import { createContext } from '@lit/context';
import type { VssApi } from '@vssid/core';

/** The API client a `<vss-provider>` hands to every element inside it. */
export const apiContext = createContext<VssApi | undefined>(Symbol.for('vssid.api'));
