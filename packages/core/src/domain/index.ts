export * from './provinces.js';
export * from './benefit-levels.js';
export * from './bhyt-groups.js';
export * from './phone.js';
export * from './money.js';
export * from './dates.js';
export * from './card-code.js';
