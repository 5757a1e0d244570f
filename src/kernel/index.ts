// The pure kernel: no I/O, no framework. Modules import from here or from the individual files.
export * from './errors.js';
export * from './money.js';
export * from './dates.js';
export * from './thai-digits.js';
export * from './thai-id.js';
export * from './random.js';
