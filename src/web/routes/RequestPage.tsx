// /requests/:id: one request as its issuer sees it: details, the completeness matrix with totals
// and sums, the Excel download, and sending or closing it.
import { useState } from 'react';
import { errorMessageTh } from '../api/client.js';
import { requestsApi } from '../api/requests.js';
import { useSession } from '../features/auth/session.js';
import { MatrixTable, MatrixTotals } from '../features/requests/MatrixTable.js';
import { thaiDate } from '../features/savings/dates.js';
import { format } from '../i18n/th.js';
import { thRequests } from '../i18n/th-requests.js';
import { Link } from '../router.js';
import { useToast } from '../ui/Alert.js';
import { Button, LinkButton } from '../ui/Button.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { Fact, Facts } from '../ui/Facts.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function RequestPage({ id }: { id: string }) {
  const t = thRequests.matrix;
  const toast = useToast();
  const { can } = useSession();
  const { data: m, error, reload } = useLoad((signal) => requestsApi.matrix(id, signal), [id]);
  const [busy, setBusy] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  if (error) return <LoadError message={error} onRetry={reload} />;
  if (!m) return <Spinner />;
  const r = m.request;
  const act = async (call: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setActionError(null);
    try {
      await call();
      toast(done);
      setConfirmClose(false);
      reload();
    } catch (e) {
      setActionError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page
      title={r.title}
      before={<Link to="/requests">{thRequests.list.title}</Link>}
      actions={
        <>
          <a className="btn btn--secondary" href={requestsApi.matrixXlsxUrl(id)} download data-testid="matrix-xlsx">
            {t.excel}
          </a>
          {r.status === 'draft' && can('programs:manage') && (
            <LinkButton to={`/requests/${id}/edit`} data-testid="request-edit">
              {thRequests.builder.edit}
            </LinkButton>
          )}
          {r.status === 'draft' && (
            <Button
              variant="primary"
              busy={busy}
              onClick={() => act(() => requestsApi.send(id), thRequests.builder.sent)}
            >
              {t.send}
            </Button>
          )}
          {r.status === 'sent' && (
            <Button variant="danger" onClick={() => setConfirmClose(true)}>
              {t.close}
            </Button>
          )}
        </>
      }
    >
      <Card>
        <Facts>
          <Fact label={thRequests.builder.issuer} value={r.issuingUnit.nameTh} />
          <Fact label={thRequests.list.status} value={thRequests.requestStatus[r.status]} />
          <Fact label={t.sentOn} value={r.sentOn ? thaiDate(r.sentOn) : thRequests.fill.empty} />
          <Fact label={thRequests.list.deadline} value={thaiDate(r.deadline)} />
          {r.lockAfterDeadline && <Fact label={t.lockOn} value="✓" />}
        </Facts>
        {r.instructions && <p className="rq-instructions">{r.instructions}</p>}
        {actionError && !confirmClose && <p className="field__error">{actionError}</p>}
      </Card>
      <MatrixTotals m={m} />
      <MatrixTable m={m} />
      <p className="muted">{format.dateTime(m.asOf)}</p>
      <ConfirmDialog
        open={confirmClose}
        title={t.close}
        confirmLabel={t.close}
        tone="danger"
        busy={busy}
        error={actionError}
        onConfirm={() => act(() => requestsApi.close(id), t.close)}
        onCancel={() => setConfirmClose(false)}
      >
        {t.closeConfirm}
      </ConfirmDialog>
    </Page>
  );
}
