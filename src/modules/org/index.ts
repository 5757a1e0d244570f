export type { OrgTables, OrgUnitKind } from './org.tables.js';
export { orgRoutes } from './routes.js';
export { DEPARTMENT_ID, officialUnitCount, seedOfficialUnits } from './seed-official-units.js';
export { findUnit } from './org.repository.js';
export { ORG_UNIT_KINDS } from './org.schemas.js';
export { areaName } from './area-name.js';
