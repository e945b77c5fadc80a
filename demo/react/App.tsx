import { useState } from 'react';

type Lang = 'vi' | 'en';
const text = {
  vi: {
    title: 'VssID Elements trong React 19',
    other: 'English',
    signedIn: 'Đã đăng nhập:',
    signedOut: 'Chưa đăng nhập.',
    card: 'Thẻ BHYT đã tải:',
    bound: 'Ràng buộc giá trị',
    code: 'Mã OTP trong trạng thái của trang:',
    fill: 'Điền mã 246810',
    none: '(trống)',
  },
  en: {
    title: 'VssID Elements in React 19',
    other: 'Tiếng Việt',
    signedIn: 'Signed in:',
    signedOut: 'Not signed in.',
    card: 'Health insurance card loaded:',
    bound: 'Bound values',
    code: 'OTP in the page state:',
    fill: 'Fill in 246810',
    none: '(empty)',
  },
} as const;

/**
 * Properties in (`lang`, `compact`, `showQr`), typed events out (`vss-login`, `vss-logout`, `vss-card-load`),
 * and a controlled form control: `<vss-otp-input>`'s `value` comes from React state and its native `input`
 * event writes the state back, as for an `<input>`.
 */
export function App() {
  const [lang, setLang] = useState<Lang>('vi');
  const [code, setCode] = useState<string | null>(null);
  const [card, setCard] = useState<string | null>(null);
  const [otp, setOtp] = useState('');
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
        <section className="bound" aria-labelledby="bound-title">
          <h2 id="bound-title">{t.bound}</h2>
          <vss-otp-input name="otp" value={otp} onInput={(e) => setOtp(e.currentTarget.value)} />
          <p id="bound-value">
            {t.code} {otp || t.none}
          </p>
          <button type="button" id="bound-fill" onClick={() => setOtp('246810')}>
            {t.fill}
          </button>
        </section>
      </div>
    </vss-provider>
  );
}
