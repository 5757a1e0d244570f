// /fund/:id/households/new and /fund/:id/households/:householdId: a district registers a household
// it surveyed, and it (or the province's fund officers) reads it; the owning district corrects it.
// The citizen ID is shown masked here too, as in every list.
import { useEffect, useState } from 'react';
import { fundApi } from '../api/fund.js';
import type { Household } from '../api/fund-types.js';
import { HouseholdForm } from '../features/fund/HouseholdForm.js';
import { thaiDate } from '../features/savings/dates.js';
import { thFund } from '../i18n/th-fund.js';
import { Link, navigate } from '../router.js';
import { useToast } from '../ui/Alert.js';
import { Button } from '../ui/Button.js';
import { Fact, Facts } from '../ui/Facts.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function FundHouseholdPage({ fundId, householdId }: { fundId: string; householdId?: string }) {
  const t = thFund.household;
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const { data, error, reload } = useLoad(
    (signal) => (householdId ? fundApi.household(householdId, signal) : Promise.resolve(null)),
    [householdId],
  );
  const [h, setH] = useState<Household | null>(null);
  useEffect(() => setH(data), [data]);
  const crumbs = (
    <p className="crumbs">
      <Link to={`/fund/${fundId}`}>‹ {thFund.nav}</Link>
    </p>
  );
  if (!householdId) {
    return (
      <Page title={t.newTitle} before={crumbs} description={t.intro} narrow>
        <HouseholdForm
          fundId={fundId}
          household={null}
          onSaved={(saved) => {
            toast(t.saved, 'success');
            navigate(`/fund/${fundId}/households/${saved.id}`, { replace: true });
          }}
          onCancel={() => navigate(`/fund/${fundId}`)}
        />
      </Page>
    );
  }
  return (
    <Page
      title={h ? t.title(h.householdNo) : t.newTitle}
      before={crumbs}
      description={h?.district.nameTh}
      narrow
      actions={
        h?.canEdit &&
        !editing && (
          <Button variant="primary" onClick={() => setEditing(true)} data-testid="edit-household">
            {t.edit}
          </Button>
        )
      }
    >
      {error && <LoadError message={error} onRetry={reload} />}
      {!h && !error && <Spinner />}
      {h && editing && (
        <HouseholdForm
          key={h.version}
          fundId={fundId}
          household={h}
          onSaved={(saved) => {
            toast(t.saved, 'success');
            setH(saved);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {h && !editing && <HouseholdView h={h} />}
    </Page>
  );
}

function HouseholdView({ h }: { h: Household }) {
  const t = thFund.household;
  const f = t.facts;
  const hh = thFund.households;
  const target = [h.tpmap ? hh.tpmap : '', h.vulnerability ? hh.vulnerability[h.vulnerability] : '']
    .filter(Boolean)
    .join(', ');
  return (
    <div data-testid="household-view">
      <Card>
        <Facts>
          <Fact label={f.head} value={h.headName} />
          <Fact label={f.thaiId} value={<span data-testid="household-thai-id">{h.headThaiIdMasked}</span>} />
          <Fact label={f.address} value={hh.address_(h.houseNo, h.village.villageNo, h.village.nameTh)} />
          <Fact label={f.district} value={h.district.nameTh} />
          {h.phone && <Fact label={f.phone} value={h.phone} />}
          <Fact label={f.target} value={target} />
          <Fact label={f.surveyedOn} value={thaiDate(h.surveyedOn)} />
        </Facts>
      </Card>
      {h.tpmap && h.failedIndicators.length > 0 && (
        <Card title={t.indicators}>
          <ul className="plain-list" data-testid="household-indicators">
            {h.failedIndicators.map((i, k) => (
              <li key={k}>
                {t.dimensions[i.dimension] ?? i.dimension}: {i.indicatorTh}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title={`${t.sectionMembers} (${t.people(h.memberList.length + 1)})`}>
        <ul className="plain-list" data-testid="household-members">
          <li>
            {h.headName} · {t.sectionHead}
          </li>
          {h.memberList.map((m, k) => (
            <li key={k}>
              {m.title}
              {m.firstName} {m.lastName} · {m.relation}
              {m.birthYearBe !== null && ` · ${t.birthYear} ${m.birthYearBe}`}
            </li>
          ))}
        </ul>
      </Card>
      <Card title={f.needs}>
        <p className="fund-prose">{h.needsTh}</p>
      </Card>
      {!h.canEdit && <p className="muted">{t.readOnly}</p>}
    </div>
  );
}
