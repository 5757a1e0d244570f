// /awards/:id/judging/:nominationId: the dossier read-only beside the judge's own sheet (stacked on
// a phone, with a jump to the sheet). Before close a judge sees only their own points.
import { useEffect, useState } from 'react';
import { awardsApi } from '../api/awards.js';
import type { Sheet } from '../api/awards-types.js';
import { ConflictButton } from '../features/awards/ConflictButton.js';
import { DossierView } from '../features/awards/DossierView.js';
import { NomineeList, SheetBadge } from '../features/awards/labels.js';
import { ScoreSheet } from '../features/awards/ScoreSheet.js';
import { format } from '../i18n/th.js';
import { thAwards } from '../i18n/th-awards.js';
import { Link } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function ScoreSheetPage({ callId, nominationId }: { callId: string; nominationId: string }) {
  const t = thAwards.sheet;
  const [tick, setTick] = useState(0);
  const { data, error, reload } = useLoad(
    async (signal) => {
      const [call, n, sheet, conflicts] = await Promise.all([
        awardsApi.get(callId, signal),
        awardsApi.nomination(nominationId, signal),
        awardsApi.mySheet(nominationId, signal),
        awardsApi.conflicts(callId, signal),
      ]);
      return { call, n, sheet, conflicts: conflicts.items };
    },
    [callId, nominationId, tick],
  );
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [sheetKey, setSheetKey] = useState(0);
  useEffect(() => setSheet(data?.sheet ?? null), [data]);
  if (error)
    return (
      <Page title={t.title}>
        <LoadError message={error} onRetry={reload} />
      </Page>
    );
  if (!data || !sheet) return <Spinner />;
  const { call, n, conflicts } = data;
  const rubric = call.categories.find((k) => k.code === n.category.code)?.rubric;
  const mine = conflicts.find((c) => c.nominationId === nominationId && c.memberId === sheet.member.id);
  const canDeclare = !mine && ['open', 'scoring'].includes(call.status) && sheet.state !== 'submitted';
  return (
    <Page
      title={`${t.title} · ${n.unit.nameTh}`}
      before={<Link to={`/awards/${callId}/judging`}>{t.back}</Link>}
      description={
        <>
          {n.category.nameTh} · <SheetBadge state={sheet.state} />
          {sheet.submittedAt && ` · ${t.submittedAt(format.dateTime(sheet.submittedAt))}`}
        </>
      }
    >
      <p className="aw-skip">
        <a href="#score-sheet">{t.toSheet}</a>
      </p>
      <div className="aw-layout aw-layout--sheet">
        <div className="aw-main">
          <Card title={t.dossier}>
            <div className="aw-block">
              <NomineeList nominees={n.nominees} entryName={n.entryName} />
            </div>
            <DossierView n={n} />
          </Card>
        </div>
        <div className="aw-side" id="score-sheet">
          <Card title={t.title}>
            {mine && (
              <Alert tone="warning" testId="conflict-note">
                {thAwards.conflict.yours(mine.reason)}
              </Alert>
            )}
            {!sheet.editable && !mine && <p className="muted">{t.readOnly}</p>}
            <ScoreSheet
              key={sheetKey}
              sheet={sheet}
              statedTotal={rubric?.statedTotal ?? 0}
              onChange={(next) => {
                setSheet(next);
                setSheetKey((k) => k + 1);
              }}
            />
            {canDeclare && (
              <ConflictButton callId={callId} nominationId={nominationId} onDone={() => setTick((k) => k + 1)} />
            )}
          </Card>
        </div>
      </div>
    </Page>
  );
}
