export type { YearEndTables } from './year-end.tables.js';
export { yearEndRoutes } from './routes.js';
export { closeYear } from './close-year.js';
export { previewYearEnd } from './preview-year-end.js';
export type { TYearEndClose, TYearEndComputation, TMemberStatement } from './year-end.schemas.js';
