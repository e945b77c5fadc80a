// Plain TypeScript (tsc --strict) on the shipped types: tags by name, typed properties and event details.
import '@vssid/elements/login';
import type { VssLogin } from '@vssid/elements/login';
import { validateSocialInsuranceCode } from '@vssid/core/validators';

const login = document.querySelector('vss-login');
if (login) {
  const same: VssLogin = login;
  same.code = '7901234567';
  same.compact = true;
  login.addEventListener('vss-login', (e) => {
    const until: string = e.detail.expiresAt;
    const mustChange: boolean = e.detail.mustChangePassword;
    // @ts-expect-error the token never leaves the client, so the detail has none
    console.log(until, mustChange, e.detail.token);
  });
  // @ts-expect-error compact is a boolean
  login.compact = 'yes';
}
const card = document.querySelector('vss-bhyt-card');
card?.addEventListener('vss-card-load', (e) => {
  const status: 'valid' | 'expiring' | 'expired' | 'suspended' = e.detail.status;
  console.log(status);
});
const checked = validateSocialInsuranceCode('79 0123 4567');
if (checked.ok) console.log(checked.value);
