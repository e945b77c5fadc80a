/** Pure analyses of the citizen's records (participation, benefits) and CSV building. */
export * from './months.js';
export * from './participation.js';
export * from './csv.js';
export * from './benefits.js';
