import type { Permission, Role } from './permissions.js';

/** One role held over the subtree rooted at `orgPath`. */
export interface Grant {
  role: Role;
  orgUnitId: string;
  orgPath: string;
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
