// The org unit chosen in the top-bar switcher. It is the default filter for lists and is kept
// per user in localStorage. `null` means "my whole scope".
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../../api/client.js';
import type { OrgUnit, OrgUnitKind } from '../../api/types.js';

export interface UnitRef {
  id: string;
  kind: OrgUnitKind;
  nameTh: string;
}

interface CurrentUnit {
  /** Top units of the user's scope (from /org-units/scope). */
  scope: OrgUnit[];
  scopeLoaded: boolean;
  current: UnitRef | null;
  setCurrent: (unit: UnitRef | null) => void;
}

const Context = createContext<CurrentUnit | null>(null);
const storageKey = (userId: string) => `chumchon.orgUnit.${userId}`;

function readStored(userId: string): UnitRef | null {
  try {
    const raw = localStorage.getItem(storageKey(userId));
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<UnitRef>;
    return typeof v.id === 'string' && typeof v.nameTh === 'string' && typeof v.kind === 'string'
      ? { id: v.id, nameTh: v.nameTh, kind: v.kind }
      : null;
  } catch {
    return null;
  }
}

export const toRef = (u: { id: string; kind: OrgUnitKind; nameTh: string }): UnitRef => ({
  id: u.id,
  kind: u.kind,
  nameTh: u.nameTh,
});

export function CurrentUnitProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const [scope, setScope] = useState<OrgUnit[]>([]);
  const [scopeLoaded, setScopeLoaded] = useState(false);
  const [current, setCurrentState] = useState<UnitRef | null>(() => readStored(userId));

  const setCurrent = useCallback(
    (unit: UnitRef | null) => {
      setCurrentState(unit);
      try {
        if (unit) localStorage.setItem(storageKey(userId), JSON.stringify(unit));
        else localStorage.removeItem(storageKey(userId));
      } catch {
        // Private browsing: the choice simply is not remembered.
      }
    },
    [userId],
  );

  useEffect(() => {
    let live = true;
    api
      .orgScope()
      .then(({ items }) => {
        if (!live) return;
        setScope(items);
        setScopeLoaded(true);
        const stored = readStored(userId);
        if (stored) {
          // Still visible to this user? (Roles may have changed since it was stored.)
          api.orgUnit(stored.id).then(
            (u) => live && setCurrent(toRef(u)),
            () => live && setCurrent(items.length === 1 && items[0] ? toRef(items[0]) : null),
          );
        } else if (items.length === 1 && items[0]) {
          setCurrent(toRef(items[0]));
        }
      })
      .catch(() => live && setScopeLoaded(true));
    return () => {
      live = false;
    };
  }, [userId, setCurrent]);

  const value = useMemo(() => ({ scope, scopeLoaded, current, setCurrent }), [scope, scopeLoaded, current, setCurrent]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useCurrentUnit(): CurrentUnit {
  const v = useContext(Context);
  if (!v) throw new Error('useCurrentUnit outside CurrentUnitProvider');
  return v;
}
