// /assessments/:id/forums/:groupId: the district officer's page for one target group — record the
// forum, assess with each instrument (indicators the books know are prefilled), sign off, write and
// adopt the development plan, report to the province within the week; the province reads it.
import { useEffect, useState } from 'react';
import { assessmentsApi } from '../api/assessments.js';
import type { Forum } from '../api/assessments-types.js';
import { errorMessageTh } from '../api/client.js';
import { ForumDetailsForm } from '../features/assessments/ForumDetailsForm.js';
import { InstrumentAnswers } from '../features/assessments/InstrumentAnswers.js';
import { PlanCard } from '../features/assessments/PlanCard.js';
import { ForumBadge, ReportBadge } from '../features/assessments/StateBadge.js';
import { thaiDate } from '../features/savings/dates.js';
import { format } from '../i18n/th.js';
import { thAssessments } from '../i18n/th-assessments.js';
import { Link } from '../router.js';
import { Alert, useToast } from '../ui/Alert.js';
import { Button } from '../ui/Button.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { Fact, Facts } from '../ui/Facts.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

type Action = 'sign' | 'report';

export function AssessmentForumPage({ programId, groupId }: { programId: string; groupId: string }) {
  const t = thAssessments;
  const toast = useToast();
  const loaded = useLoad((signal) => assessmentsApi.forum(programId, groupId, signal), [programId, groupId]);
  const [f, setF] = useState<Forum | null>(null);
  const [confirm, setConfirm] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setF(loaded.data), [loaded.data]);
  if (loaded.error) return <LoadError message={loaded.error} onRetry={loaded.reload} />;
  if (!f) return <Spinner />;
  const act = async (a: Action) => {
    setBusy(true);
    setError(null);
    try {
      setF(
        a === 'sign' ? await assessmentsApi.sign(programId, groupId) : await assessmentsApi.report(programId, groupId),
      );
      toast(a === 'sign' ? t.sign.done : t.report.done);
      setConfirm(null);
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };
  const editable = f.can.edit && f.forum !== null;
  return (
    <Page
      title={t.forum.title(f.target.groupNameTh)}
      before={<Link to={`/assessments/${programId}`}>{f.program.titleTh}</Link>}
      description={
        <>
          {f.target.district.nameTh}, {f.target.province.nameTh} · <ForumBadge status={f.target.forumStatus} />{' '}
          <ReportBadge report={f.report} />
        </>
      }
    >
      <Card>
        <Facts>
          <Fact label={t.forum.reason} value={f.target.reasonTh} />
          {f.forum?.signedAt && <Fact label={t.sign.signedAt} value={format.dateTime(f.forum.signedAt)} />}
          {f.report.reportedOn && <Fact label={t.report.done} value={thaiDate(f.report.reportedOn)} />}
        </Facts>
      </Card>
      <ForumDetailsForm key={f.forum?.version ?? 0} f={f} onSaved={setF} />
      {f.forum === null ? (
        <Alert>{t.forum.recordFirst}</Alert>
      ) : (
        f.instruments.map((r) => (
          <InstrumentAnswers
            key={`${r.instrument.id}:${f.forum!.status}`}
            f={f}
            r={r}
            editable={editable}
            onSaved={setF}
          />
        ))
      )}
      {error && !confirm && <Alert tone="error">{error}</Alert>}
      {f.forum?.status === 'draft' && f.can.edit && (
        <Button variant="primary" onClick={() => setConfirm('sign')} disabled={!f.can.sign} data-testid="forum-sign">
          {t.sign.button}
        </Button>
      )}
      <PlanCard f={f} onSaved={setF} />
      {f.can.report && (
        <Button variant="primary" onClick={() => setConfirm('report')} data-testid="forum-report">
          {t.report.button}
        </Button>
      )}
      <ConfirmDialog
        open={confirm !== null}
        title={confirm === 'report' ? t.report.button : t.sign.button}
        confirmLabel={confirm === 'report' ? t.report.button : t.sign.button}
        busy={busy}
        error={error}
        onConfirm={() => void act(confirm!)}
        onCancel={() => setConfirm(null)}
        testId="forum-confirm"
      >
        {confirm === 'report' ? t.report.confirm(thaiDate(f.report.dueOn)) : t.sign.confirm}
      </ConfirmDialog>
    </Page>
  );
}
