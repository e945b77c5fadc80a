export * from './intl.js';
export * from './numbers.js';
export * from './dates.js';
export * from './codes.js';
export * from './search.js';
export * from './otp.js';
