export type { Actor, Grant } from './actor.js';
export {
  canAt,
  canAtGroup,
  hasPermission,
  inGroupScope,
  inScope,
  requireGroupAccess,
  requireRecordAccess,
  requireUnitAccess,
  scopeGroupIds,
  scopePaths,
} from './check.js';
export { isRole, PERMISSIONS, ROLE_NAMES, ROLES, type Permission, type Role } from './permissions.js';
