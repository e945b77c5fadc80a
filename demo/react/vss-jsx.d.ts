// JSX typing of the tags this page uses. React 19 sets a prop as a property when the element has one
// (else as an attribute) and turns `on<event-name>` props into addEventListener('<event-name>').
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { VssBhytCard, VssLogin, VssOtpInput, VssProvider } from '@vssid/elements';

type Tag<E extends HTMLElement, P> = DetailedHTMLProps<HTMLAttributes<E>, E> & Partial<P>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'vss-provider': Tag<VssProvider, Pick<VssProvider, 'apiBase' | 'theme'>>;
      'vss-login': Tag<VssLogin, Pick<VssLogin, 'code' | 'compact' | 'hideForgot'>> & {
        'onvss-login'?: (e: HTMLElementEventMap['vss-login']) => void;
        'onvss-logout'?: (e: HTMLElementEventMap['vss-logout']) => void;
      };
      'vss-bhyt-card': Tag<VssBhytCard, Pick<VssBhytCard, 'showQr' | 'compact'>> & {
        'onvss-card-load'?: (e: HTMLElementEventMap['vss-card-load']) => void;
      };
      // a form control: `value` in, React's own onInput/onChange (the element fires native input and change)
      'vss-otp-input': Tag<VssOtpInput, Pick<VssOtpInput, 'value' | 'name' | 'required' | 'disabled' | 'label'>>;
    }
  }
}
