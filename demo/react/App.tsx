import { useState } from 'react';

type Lang = 'vi' | 'en';
const text = {
  vi: { title: 'VssID Elements trong React 19', other: 'English', signedIn: 'Đã đăng nhập:', signedOut: 'Chưa đăng nhập.', card: 'Thẻ BHYT đã tải:' },
  en: { title: 'VssID Elements in React 19', other: 'Tiếng Việt', signedIn: 'Signed in:', signedOut: 'Not signed in.', card: 'Health insurance card loaded:' },
} as const;

/** Properties in (`lang`, `compact`, `showQr`), typed events out (`vss-login`, `vss-logout`, `vss-card-load`). */
export function App() {
  const [lang, setLang] = useState<Lang>('vi');
  const [code, setCode] = useState<string | null>(null);
  const [card, setCard] = useState<string | null>(null);
  const t = text[lang];
  const switchLang = () => {
    const next: Lang = lang === 'vi' ? 'en' : 'vi';
    document.documentElement.lang = next;
    setLang(next);
  };
  return (
    <vss-provider lang={lang} theme="auto">
      <div className="wrap">
        <div className="bar">
          <h1>{t.title}</h1>
          <button type="button" lang={lang === 'vi' ? 'en' : 'vi'} onClick={switchLang}>
            {t.other}
          </button>
        </div>
        <p role="status" id="status">
          {code ? `${t.signedIn} ${code}` : t.signedOut}
          {card ? ` ${t.card} ${card}` : ''}
        </p>
        <div className="columns">
          <vss-login
            compact
            onvss-login={(e) => setCode(e.detail.socialInsuranceCode)}
            onvss-logout={() => {
              setCode(null);
              setCard(null);
            }}
          />
          {code ? <vss-bhyt-card showQr onvss-card-load={(e) => setCard(e.detail.cardCode)} /> : null}
        </div>
      </div>
    </vss-provider>
  );
}
