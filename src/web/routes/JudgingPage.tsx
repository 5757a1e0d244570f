// /awards/:id/judging: a committee member's own work list — each submitted dossier with the state
// of their sheet (or the conflict that keeps them off it). The chair and secretary also see who
// has handed in what (never the points), and the chair closes scoring from here.
import { useEffect, useState } from 'react';
import { awardsApi } from '../api/awards.js';
import type { AwardCall, JudgingDossier } from '../api/awards-types.js';
import { CallActions } from '../features/awards/CallActions.js';
import { CallStatusBadge, NomineeList, SheetBadge } from '../features/awards/labels.js';
import { ProgressCard } from '../features/awards/ProgressCard.js';
import { thAwards } from '../i18n/th-awards.js';
import { Link } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

export function JudgingPage({ id }: { id: string }) {
  const t = thAwards.judging;
  const [tick, setTick] = useState(0);
  const { data, error, reload } = useLoad(
    async (signal) => {
      const [call, judging] = await Promise.all([awardsApi.get(id, signal), awardsApi.judging(id, signal)]);
      return { call, judging };
    },
    [id, tick],
  );
  const [call, setCall] = useState<AwardCall | null>(null);
  useEffect(() => setCall(data?.call ?? null), [data]);
  if (error)
    return (
      <Page title={t.title}>
        <LoadError message={error} onRetry={reload} />
      </Page>
    );
  if (!data || !call) return <Spinner />;
  const { judging } = data;
  const m = judging.member;
  const oversees = m.role === 'chair' || m.role === 'secretary';
  return (
    <Page
      title={t.title}
      before={<Link to={`/awards/${id}`}>{call.title}</Link>}
      description={
        <>
          {t.as(thAwards.memberRole[m.role], m.titleTh)} · <CallStatusBadge status={call.status} />
        </>
      }
    >
      {!m.scores && <Alert tone="info">{t.noScore}</Alert>}
      {call.status === 'open' && <Alert tone="info">{t.notScoring}</Alert>}
      {call.status === 'scoring' && <Alert tone="info">{t.sealed}</Alert>}
      <div className="aw-layout">
        <div className="aw-main">
          <Card title={t.caption}>
            <Table<JudgingDossier>
              caption={t.caption}
              captionHidden
              cards
              rows={judging.dossiers}
              rowKey={(d) => d.nominationId}
              rowTestId="judging-row"
              empty={t.empty}
              columns={[
                {
                  key: 'unit',
                  header: t.unit,
                  className: 'col-primary',
                  cell: (d) => (
                    <Link to={`/awards/${id}/judging/${d.nominationId}`} data-testid="open-sheet">
                      {d.unit.nameTh}
                      {d.entryName && ` — ${d.entryName}`}
                    </Link>
                  ),
                },
                {
                  key: 'nominees',
                  header: t.nominees,
                  cell: (d) => <NomineeList nominees={d.nominees} entryName={d.entryName} />,
                },
                {
                  key: 'state',
                  header: t.state,
                  cell: (d) => (
                    <div>
                      <SheetBadge state={d.state} />
                      {d.conflictReason && <span className="muted aw-note">{d.conflictReason}</span>}
                    </div>
                  ),
                },
                { key: 'scored', header: thAwards.sheet.title, cell: (d) => t.scored(d.scoredItems, d.items) },
              ]}
            />
          </Card>
        </div>
        <div className="aw-side">
          {m.role === 'chair' && (
            <CallActions
              call={call}
              here="judging"
              onChange={(next) => {
                setCall(next);
                setTick((n) => n + 1);
              }}
              onCertificates={() => {}}
            />
          )}
          {oversees && ['scoring', 'open'].includes(call.status) && <ProgressCard callId={id} refresh={tick} />}
        </div>
      </div>
    </Page>
  );
}
