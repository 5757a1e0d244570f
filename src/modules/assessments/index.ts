// Assessments (seed 004, SMART Saving Group): versioned instruments with dimensions and indicators,
// target selection per province, the district's forum with answers (some read from the ledger),
// results and levels, development plans with their support budget, and roll-ups with the 60 %
// indicator.
export type { AssessmentsTables } from './assessments.tables.js';
export { assessmentsRoutes } from './routes.js';
export { ZInstrument, ZInstrumentInput, type TInstrument, type TInstrumentInput } from './instrument.schemas.js';
export { SAMPLE_GOVERNANCE, SAMPLE_SSG } from './sample-instruments.js';
