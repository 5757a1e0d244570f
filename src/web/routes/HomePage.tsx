import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { displayName, useSession } from '../features/auth/session.js';
import { useCurrentUnit } from '../features/org/current-unit.js';
import { format, th } from '../i18n/th.js';
import { NAV, navVisible } from '../nav.js';
import { unitName } from '../features/org/labels.js';
import { Link } from '../router.js';
import { Card, Page } from '../ui/Page.js';

export function HomePage() {
  const { me, can } = useSession();
  const { current } = useCurrentUnit();
  const [total, setTotal] = useState<number | null>(null);
  const canPeople = can('people:read');
  const unitId = current?.id ?? null;

  useEffect(() => {
    if (!canPeople) return;
    const ac = new AbortController();
    setTotal(null);
    api.people({ orgUnitId: unitId, pageSize: 1 }, ac.signal).then(
      (r) => setTotal(r.total),
      () => {},
    );
    return () => ac.abort();
  }, [canPeople, unitId]);

  const shortcuts = NAV.filter((n) => n.to !== '/' && navVisible(n, can, me));
  const position = me.person.positionNameTh;
  const homeUnit = unitName({ id: me.person.orgUnitId, kind: me.person.orgUnitKind, nameTh: me.person.orgUnitNameTh });
  return (
    <Page
      title={th.home.greeting(displayName(me))}
      description={position ? th.home.positionAt(position, homeUnit) : homeUnit}
    >
      <div className="grid">
        <Card title={th.home.currentUnit}>
          <p className="stat__label">{current ? unitName(current) : th.home.allScope}</p>
          {canPeople && (
            <p className="stat" data-testid="home-people-total">
              <span className="stat__label">{th.home.peopleCount}</span>
              <span className="stat__value">{total === null ? '…' : format.number(total)}</span>
              <span className="stat__unit">{th.home.peopleCountUnit}</span>
            </p>
          )}
        </Card>
        <Card title={th.home.rolesHeading}>
          <ul className="plain-list">
            {me.roles.map((r) => (
              <li key={`${r.role}:${r.orgUnitId}`}>
                <strong>{r.roleNameTh}</strong>
                <br />
                <span className="muted">
                  {unitName({ id: r.orgUnitId, kind: r.orgUnitKind, nameTh: r.orgUnitNameTh })}
                </span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={th.home.shortcuts}>
          <ul className="plain-list shortcuts">
            {shortcuts.map((n) => (
              <li key={n.to}>
                <Link to={n.to}>{n.label}</Link>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </Page>
  );
}
