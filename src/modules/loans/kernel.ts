// The loans module's pure calculation kernel (no database, no I/O), for the module's use cases and index.
export * from './aging.js';
export * from './allocate-repayment.js';
export * from './loan-limits.js';
export * from './loan-schedule.js';
export * from './loan-state.js';
