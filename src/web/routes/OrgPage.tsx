import { useEffect, useState } from 'react';
import { api, errorMessageTh } from '../api/client.js';
import type { OrgUnit, OrgUnitDetail } from '../api/types.js';
import { useSession } from '../features/auth/session.js';
import { AddVillageForm } from '../features/org/AddVillageForm.js';
import { toRef, useCurrentUnit } from '../features/org/current-unit.js';
import { kindLabel, unitDetail, unitName } from '../features/org/labels.js';
import { OrgUnitTable } from '../features/org/OrgUnitTable.js';
import { th } from '../i18n/th.js';
import { Link, navigate } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { Button } from '../ui/Button.js';
import { Page, Spinner } from '../ui/Page.js';

/** /org: the user's scope roots. /org/:id: one unit, its ancestors and its children. */
export function OrgPage({ id }: { id?: string }) {
  const { can } = useSession();
  const { scope, scopeLoaded, current, setCurrent } = useCurrentUnit();
  const [unit, setUnit] = useState<OrgUnitDetail | null>(null);
  const [children, setChildren] = useState<OrgUnit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadKey, setLoadKey] = useState(0);

  useEffect(() => {
    if (!id) return;
    const ac = new AbortController();
    setError(null);
    Promise.all([api.orgUnit(id, ac.signal), api.orgChildren(id, ac.signal)]).then(
      ([u, c]) => {
        setUnit(u);
        setChildren(c.items);
      },
      (e: unknown) => !ac.signal.aborted && setError(errorMessageTh(e)),
    );
    return () => ac.abort();
  }, [id, loadKey]);

  if (!id) {
    return (
      <Page title={th.org.title} description={th.org.scopeHeading}>
        {scopeLoaded ? <OrgUnitTable units={scope} caption={th.org.scopeHeading} /> : <Spinner />}
      </Page>
    );
  }

  if (error || !unit || !children) {
    return (
      <Page title={th.org.title} before={<Crumbs unit={null} scopeIds={new Set()} />}>
        {error ? (
          <Alert
            tone="error"
            actions={
              <Button small onClick={() => setLoadKey((k) => k + 1)}>
                {th.common.retry}
              </Button>
            }
          >
            {error}
          </Alert>
        ) : (
          <Spinner />
        )}
      </Page>
    );
  }

  const scopeIds = new Set(scope.map((u) => u.id));
  const detail = [unit.kind === 'village' && unit.villageNo ? th.org.villageNo(unit.villageNo) : '', unitDetail(unit)]
    .filter(Boolean)
    .join(' · ');
  const isCurrent = current?.id === unit.id;
  const nextVillageNo = Math.min(99, Math.max(0, ...children.map((c) => c.villageNo ?? 0)) + 1);
  const childKinds = [...new Set(children.map((c) => kindLabel(c)))];

  return (
    <Page
      title={unitName(unit)}
      before={<Crumbs unit={unit} scopeIds={scopeIds} />}
      description={
        <p className="unit-meta">
          {unit.nameEn && (
            <span className="name-en" lang="en">
              {unit.nameEn}
            </span>
          )}
          <span>
            {[detail, th.org.code(unit.id), unit.hasOffice ? th.org.hasOffice : ''].filter(Boolean).join(' · ')}
          </span>
        </p>
      }
      actions={
        <>
          {isCurrent ? (
            <span className="badge" data-testid="org-is-current">
              ✓ {th.org.isCurrent}
            </span>
          ) : (
            <Button onClick={() => setCurrent(toRef(unit))} data-testid="org-use-current">
              {th.org.useAsCurrent}
            </Button>
          )}
          {can('people:read') && (
            <Button
              onClick={() => {
                setCurrent(toRef(unit));
                navigate('/people');
              }}
            >
              {th.org.viewPeople}
            </Button>
          )}
        </>
      }
    >
      <section aria-labelledby="children-h">
        <h2 id="children-h" className="section-title">
          {childKinds.length === 1 && childKinds[0] ? th.org.childrenHeading(childKinds[0]) : th.org.subunits}
        </h2>
        <OrgUnitTable units={children} caption={th.org.subunits} />
      </section>
      {unit.kind === 'subdistrict' && can('org:write') && (
        <AddVillageForm
          key={children.length}
          subdistrictId={unit.id}
          suggestedNo={nextVillageNo}
          onAdded={() => setLoadKey((k) => k + 1)}
        />
      )}
    </Page>
  );
}

function Crumbs({ unit, scopeIds }: { unit: OrgUnitDetail | null; scopeIds: Set<string> }) {
  // Ancestors above the user's scope are shown as plain text: their pages would be refused.
  let inScope = false;
  return (
    <nav aria-label={th.org.breadcrumb} className="crumbs">
      <ol>
        <li>
          <Link to="/org">{th.org.title}</Link>
        </li>
        {unit?.ancestors.map((a) => {
          inScope ||= scopeIds.has(a.id);
          const text = unitName(a);
          return (
            <li key={a.id}>
              {inScope ? <Link to={`/org/${encodeURIComponent(a.id)}`}>{text}</Link> : <span>{text}</span>}
            </li>
          );
        })}
        {unit && (
          <li aria-current="page">
            <span>{unitName(unit)}</span>
          </li>
        )}
      </ol>
    </nav>
  );
}
