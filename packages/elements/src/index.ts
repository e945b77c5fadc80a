/**
 * @vssid/elements: VssID citizen functions as custom elements. Importing this module defines every tag.
 * Import `@vssid/elements/<name>` (e.g. `@vssid/elements/login`) to define only the ones a page uses.
 */
export { VssElement } from './base/vss-element.js';
export { apiContext } from './base/context.js';
export { VssProvider } from './provider/provider.js';
export { switchLocale, currentLocale, localeReady } from './i18n/localization.js';
export type { Locale } from '@vssid/core';
export { themeNames, type ThemeName } from './styles/themes.js';
export * from './otp-input/otp-input.js';
export * from './bhyt-card/bhyt-card.js';
export * from './bhyt-card/card-explain.js';
export * from './participation-history/participation-history.js';
export * from './profile/profile.js';
export * from './support/support.js';
export * from './login/login.js';
export * from './medical-records/medical-records.js';
export * from './photo-input/photo-input.js';
export * from './office-picker/office-picker.js';
export * from './registration-form/registration-form.js';
export * from './benefits/benefits.js';
export * from './pension-estimate/pension-estimate.js';
export * from './withdrawal-estimate/withdrawal-estimate.js';
export * from './household-bhyt/household-bhyt.js';
export * from './voluntary-bhxh/voluntary-bhxh.js';
