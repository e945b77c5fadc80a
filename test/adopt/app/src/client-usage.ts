// A client generated from the served contract (`openapi-ts`, into src/api), used against the mock: the
// functions are named by the contract's operationIds, and the bearer session goes where it is declared.
import { client } from './api/client.gen';
import { getCard, listProvinces, loginWithPassword } from './api';

client.setConfig({ baseUrl: import.meta.env.VITE_MOCK_ORIGIN });
const provinces = await listProvinces({ throwOnError: true });
const session = await loginWithPassword({
  body: { socialInsuranceCode: '7901234567', password: 'VssID@2026' },
  throwOnError: true,
});
const denied = await getCard(); // no session: the documented 401, typed as the contract's Error
const card = await getCard({ auth: session.data.token, throwOnError: true });
const cardCode: string = card.data.cardCode;
const deniedCode: string | undefined = denied.error?.code;
console.log(JSON.stringify({ provinces: provinces.data.length, denied: deniedCode, cardCode }));
