// /awards/:id: one call — its description, deadlines and rules, each category's eligibility and
// rubric, the committee, the actions open to this viewer, the nominations their side may see and
// the winners with certificates once they may be seen.
import { useEffect, useState } from 'react';
import { awardsApi } from '../api/awards.js';
import type { AwardCall, Certificate } from '../api/awards-types.js';
import { CallActions } from '../features/awards/CallActions.js';
import { CategoryCard } from '../features/awards/CategoryCard.js';
import { CommitteeTable } from '../features/awards/CommitteeTable.js';
import { CallStatusBadge } from '../features/awards/labels.js';
import { NominationsCard } from '../features/awards/NominationsCard.js';
import { WinnersCard } from '../features/awards/WinnersCard.js';
import { thaiDate } from '../features/savings/dates.js';
import { thAwards } from '../i18n/th-awards.js';
import { Link } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { Fact, Facts } from '../ui/Facts.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function AwardCallPage({ id }: { id: string }) {
  const t = thAwards.call;
  const { data, error, reload } = useLoad((signal) => awardsApi.get(id, signal), [id]);
  const [call, setCall] = useState<AwardCall | null>(null);
  const [certificates, setCertificates] = useState<Certificate[] | null>(null);
  useEffect(() => setCall(data), [data]);
  if (error)
    return (
      <Page title={thAwards.list.title}>
        <LoadError message={error} onRetry={reload} />
      </Page>
    );
  if (!call) return <Spinner />;
  const showNominations = call.viewer.organiser || call.viewer.nominatingUnits.length > 0;
  return (
    <Page
      title={call.title}
      before={<Link to="/awards">{t.back}</Link>}
      description={<CallStatusBadge status={call.status} />}
    >
      <div className="aw-layout aw-layout--call">
        <div className="aw-main">
          <Card title={t.facts}>
            <Facts>
              <Fact label={t.organiser} value={call.organiserUnit.nameTh} />
              <Fact label={t.namesDeadline} value={t.endOfDay(thaiDate(call.namesDeadline))} />
              <Fact label={t.dossierDeadline} value={t.endOfDay(thaiDate(call.dossierDeadline))} />
              {call.decidedOn && <Fact label={t.decidedOn} value={thaiDate(call.decidedOn)} />}
            </Facts>
            {call.description && <p className="aw-description">{call.description}</p>}
            <Facts>
              <Fact label={t.aggregation} value={call.aggregationRuleTh} />
              <Fact label={t.spread} value={thAwards.rubric.totalOf(call.spreadThreshold)} />
              {call.tieBreaks.length > 0 && (
                <Fact
                  label={t.tieBreaks}
                  value={
                    <ol className="aw-rules">
                      {call.tieBreaks.map((r, i) => (
                        <li key={i}>{t.tieBreakN(i + 1, r.labelTh)}</li>
                      ))}
                    </ol>
                  }
                />
              )}
            </Facts>
            {call.closeForcedReason && (
              <Alert tone="warning">
                {t.forcedClose}: {call.closeForcedReason}
              </Alert>
            )}
          </Card>
          {showNominations && <NominationsCard call={call} />}
          {call.categories.map((k) => (
            <CategoryCard key={k.id} category={k} />
          ))}
          <Card title={thAwards.committee.title}>
            <CommitteeTable members={call.committee} />
          </Card>
        </div>
        <div className="aw-side">
          <CallActions call={call} onChange={setCall} onCertificates={setCertificates} />
          <WinnersCard call={call} certificates={certificates} onCertificates={setCertificates} />
        </div>
      </div>
    </Page>
  );
}
