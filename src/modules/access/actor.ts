import type { Permission, Role } from './permissions.js';

/** One role held over the subtree rooted at `orgPath`, or over one savings group there. */
export interface Grant {
  role: Role;
  orgUnitId: string;
  orgPath: string;
  /** Set when the grant covers a single savings group (a group officer), not the whole subtree. */
  groupId: string | null;
  permissions: readonly Permission[];
}

/** Who is making a request, loaded once per request from the session. */
export interface Actor {
  userId: string;
  personId: string;
  username: string;
  /** Set for accounts created by an administrator: only 'authenticated' routes work until changed. */
  mustChangePassword: boolean;
  grants: readonly Grant[];
}
