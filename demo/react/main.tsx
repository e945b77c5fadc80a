// The React page: the mock backend first (demo only), then the elements from the @vssid/elements package,
// then the app. A real app only imports '@vssid/elements' (or '@vssid/elements/login', …).
import { createRoot } from 'react-dom/client';
import { worker } from '@vssid/mocks/browser';

await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: './mockServiceWorker.js' } });
await import('@vssid/elements');
const { App } = await import('./App.js');
createRoot(document.getElementById('root')!).render(<App />);
