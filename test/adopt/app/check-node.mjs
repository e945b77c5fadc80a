// Node, no bundler: the data layer's entries import and validate a code.
import { VssClient, ApiError } from '@vssid/core';
import { validateSocialInsuranceCode } from '@vssid/core/validators';

const good = validateSocialInsuranceCode('79 0123 4567');
const bad = validateSocialInsuranceCode('12345');
console.log(JSON.stringify({ good, bad, client: typeof VssClient, error: typeof ApiError }));
