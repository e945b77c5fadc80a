// Every control built on VssFormElement passes the one shared contract suite (test/support/form-control-contract.ts).
import '../../packages/elements/src/otp-input/otp-input.js';
import '../../packages/elements/src/office-picker/office-picker.js';
import '../../packages/elements/src/photo-input/photo-input.js';
import type { VssOtpInput } from '../../packages/elements/src/otp-input/otp-input.js';
import type { VssOfficePicker } from '../../packages/elements/src/office-picker/office-picker.js';
import type { VssPhotoInput } from '../../packages/elements/src/photo-input/photo-input.js';
import { resetBackend, startBackend } from '../support/backend.js';
import { runFormControlTests } from '../support/form-control-contract.js';

describe('form controls keep the form-control contract', () => {
  // the office picker loads its province list
  before(async () => {
    await startBackend();
  });
  beforeEach(async () => {
    await resetBackend();
  });

  runFormControlTests<VssOtpInput>({
    tag: 'vss-otp-input',
    fill: (el) => (el.value = '615204'),
    inner: (el) => el.querySelector('input')!,
    restorable: '615204',
  });

  runFormControlTests<VssOfficePicker>({
    tag: 'vss-office-picker',
    fill: (el) => (el.value = '01027'),
    inner: (el) => el.shadowRoot!.querySelector<HTMLSelectElement>('#province')!,
    restorable: '01027',
  });

  runFormControlTests<VssPhotoInput>({
    tag: 'vss-photo-input',
    // a photo uploaded earlier, as a form restores it from its draft
    fill: (el) =>
      el.restore({ upload: { id: 'upl-contract-1', mediaType: 'image/jpeg', size: 48_000 }, preview: null }),
    inner: (el) => el.shadowRoot!.querySelector<HTMLInputElement>('#file')!,
  });
});
