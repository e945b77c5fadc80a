// React 19: the tags in JSX with their attributes, properties and typed `on<event>` props
// (types: @vssid/elements/jsx, named in tsconfig.json).
import { useState } from 'react';
import '@vssid/elements/login';
import '@vssid/elements/bhyt-card';
import '@vssid/elements/provider';

export function App() {
  const [code, setCode] = useState<string | null>(null);
  const [card, setCard] = useState('');
  return (
    <vss-provider api-base="/api" lang="vi" theme="auto">
      <vss-login
        compact
        hide-forgot
        onvss-login={(e) => setCode(e.detail.socialInsuranceCode)}
        onvss-logout={() => setCode(null)}
      />
      {code ? (
        <vss-bhyt-card showQr onvss-card-load={(e) => setCard(`${e.detail.cardCode} ${e.detail.status}`)} />
      ) : null}
      <p>{card}</p>
      {/* @ts-expect-error not a theme */}
      <vss-provider theme="neon" />
      {/* @ts-expect-error the detail has no token */}
      <vss-login onvss-login={(e) => e.detail.token} />
    </vss-provider>
  );
}
