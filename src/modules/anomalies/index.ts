// Anomaly flags for a group's audit committee and the district (issue 9): rules over the books,
// each flag explained in Thai and resolvable with an audited note.
export type { AnomaliesTables } from './anomalies.tables.js';
export { detectAnomalies } from './detect-anomalies.js';
export { anomalyRoutes } from './routes.js';
export { RULES as ANOMALY_RULES } from './rules.js';
