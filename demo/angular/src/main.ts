// The Angular page: the mock backend first (demo only), then the elements from the @vssid/elements package,
// then the app. A real app only imports '@vssid/elements' (or '@vssid/elements/login', …). Angular 22 runs
// without zone.js: signals and the template's own event bindings drive change detection.
import { bootstrapApplication } from '@angular/platform-browser';
import { worker } from '@vssid/mocks/browser';

await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: './mockServiceWorker.js' } });
await import('@vssid/elements');
const { App } = await import('./app.js');
await bootstrapApplication(App);
