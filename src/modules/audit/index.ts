export { recordAudit, recordAudits, type AuditEvent } from './record-audit.js';
export type { AuditTables } from './audit.tables.js';
export { auditRoutes } from './routes.js';
