export * from './office-label.js';
export * from './sms.js';
