export type { ProgramsTables } from './programs.tables.js';
export { programsRoutes } from './routes.js';
export { PROGRAM_TAGS } from './tags.js';
export { ZProject, ZPlan, type TProject, type TPlan } from './programs.schemas.js';
