export type { Actor, Grant } from './actor.js';
export { canAt, hasPermission, inScope, requireRecordAccess, requireUnitAccess, scopePaths } from './check.js';
export { isRole, PERMISSIONS, ROLE_NAMES, ROLES, type Permission, type Role } from './permissions.js';
