// The units a form offers by default: the switcher's current unit and its children, or the user's
// scope roots when "all" is chosen.
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { OrgUnit } from '../../api/types.js';
import { useCurrentUnit } from './current-unit.js';

export function useUnitOptions(): { base: OrgUnit[]; children: OrgUnit[] } {
  const { current, scope } = useCurrentUnit();
  const [base, setBase] = useState<OrgUnit[]>([]);
  const [children, setChildren] = useState<OrgUnit[]>([]);
  const currentId = current?.id;
  useEffect(() => {
    const ac = new AbortController();
    if (!currentId) {
      setBase(scope);
      setChildren([]);
      return;
    }
    api.orgUnit(currentId, ac.signal).then(
      (u) => setBase([u]),
      () => {},
    );
    api.orgChildren(currentId, ac.signal).then(
      (r) => setChildren(r.items),
      () => {},
    );
    return () => ac.abort();
  }, [currentId, scope]);
  return { base, children };
}
