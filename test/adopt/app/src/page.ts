// The portal's page: two tags from their entries; the elements talk to /api (proxied to the mock).
import '@vssid/elements/login';
import '@vssid/elements/bhyt-card';

const status = document.getElementById('status')!;
document.querySelector('vss-login')!.addEventListener('vss-login', (e) => {
  status.textContent = `Đã đăng nhập: ${e.detail.socialInsuranceCode}`;
});
document.querySelector('vss-bhyt-card')!.addEventListener('vss-card-load', (e) => {
  status.dataset.card = e.detail.cardCode;
});
