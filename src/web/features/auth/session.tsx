// The logged-in user, available to every page inside the app shell.
import { createContext, useContext } from 'react';
import type { Me, Permission } from '../../api/types.js';

export interface Session {
  me: Me;
  can: (permission: Permission) => boolean;
  /** Reload /auth/me (e.g. after changing the password). */
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}

export function displayName(me: Me): string {
  return `${me.person.title}${me.person.firstName} ${me.person.lastName}`;
}
