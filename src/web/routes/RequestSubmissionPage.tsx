// /requests/submissions/:id: one unit's report. The unit fills and submits it while it is open;
// the issuing side reads it and accepts it or sends it back.
import { useEffect, useState } from 'react';
import { requestsApi } from '../api/requests.js';
import type { Submission } from '../api/requests-types.js';
import { AnswerForm } from '../features/requests/AnswerForm.js';
import { AnswerView } from '../features/requests/AnswerView.js';
import { ReviewPanel } from '../features/requests/ReviewPanel.js';
import { StatusBadge } from '../features/requests/StatusBadge.js';
import { thaiDate } from '../features/savings/dates.js';
import { format } from '../i18n/th.js';
import { thRequests } from '../i18n/th-requests.js';
import { Link } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { LinkButton } from '../ui/Button.js';
import { Fact, Facts } from '../ui/Facts.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function RequestSubmissionPage({ id }: { id: string }) {
  const t = thRequests;
  const { data, error, reload } = useLoad((signal) => requestsApi.submission(id, signal), [id]);
  // The latest known state: loaded, or returned by a save; the fill form remounts only on a save,
  // so a file upload (which refreshes just the files) keeps what has been typed.
  const [s, setS] = useState<Submission | null>(null);
  const [formKey, setFormKey] = useState(0);
  useEffect(() => setS(data), [data]);
  if (error) return <LoadError message={error} onRetry={reload} />;
  if (!s) return <Spinner />;
  const r = s.request;
  const onSaved = (next: Submission) => {
    setS(next);
    setFormKey((k) => k + 1);
  };
  const onFilesChanged = () =>
    requestsApi
      .submission(id)
      .then(
        (fresh) => setS((cur) => (cur ? { ...cur, files: fresh.files, updatedAt: fresh.updatedAt } : fresh)),
        reload,
      );
  const waiting = s.status === 'expected' || s.status === 'draft' || s.status === 'returned';
  return (
    <Page
      title={r.title}
      before={
        s.canReview ? (
          <Link to={`/requests/${r.id}`}>{t.review.backToMatrix}</Link>
        ) : (
          <Link to="/requests">{t.list.title}</Link>
        )
      }
      description={
        <>
          {s.unit.nameTh} · <StatusBadge status={s.matrixStatus} />
        </>
      }
    >
      <Card>
        <Facts>
          <Fact label={t.builder.issuer} value={r.issuingUnit.nameTh} />
          <Fact label={t.list.deadline} value={thaiDate(r.deadline)} />
          <Fact
            label={t.matrix.firstSubmitted}
            value={s.firstSubmittedAt ? format.dateTime(s.firstSubmittedAt) : t.fill.empty}
          />
          <Fact label={t.matrix.updated} value={s.updatedAt ? format.dateTime(s.updatedAt) : t.fill.empty} />
        </Facts>
        {r.instructions && <p className="rq-instructions">{r.instructions}</p>}
      </Card>
      {s.status === 'returned' && s.returnComment && (
        <Alert tone="warning" title={t.fill.returned} testId="return-note">
          {s.returnComment}
        </Alert>
      )}
      {s.status === 'draft' && <Alert tone="info">{t.draftSaved}</Alert>}
      {waiting && s.locked && !s.canReview && <Alert tone="error">{t.fill.locked}</Alert>}
      {r.status === 'closed' && waiting && <Alert tone="info">{t.list.closed}</Alert>}
      {r.answeredVia && !s.canReview && (
        <Alert
          tone="info"
          testId="answered-via"
          actions={
            waiting && (
              <LinkButton to={r.answeredVia.path} variant="primary" data-testid="answer-via">
                {t.fill.goAnswer(r.answeredVia.labelTh)}
              </LinkButton>
            )
          }
        >
          {t.fill.answeredVia(r.answeredVia.labelTh)}
        </Alert>
      )}
      {s.canFill ? (
        <Card>
          <AnswerForm key={formKey} s={s} onSaved={onSaved} onFilesChanged={onFilesChanged} />
        </Card>
      ) : (
        <Card>
          {!waiting && !s.canReview && <p className="muted">{t.fill.readOnly}</p>}
          <AnswerView s={s} onChanged={onFilesChanged} />
        </Card>
      )}
      {s.canReview && <ReviewPanel s={s} onDone={onSaved} />}
    </Page>
  );
}
