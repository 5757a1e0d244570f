// /requests/:id/edit: the form builder opened on a draft request; once sent it cannot be edited.
import { requestsApi } from '../api/requests.js';
import { RequestBuilder } from '../features/requests/RequestBuilder.js';
import { thRequests } from '../i18n/th-requests.js';
import { Link } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function RequestEditPage({ id }: { id: string }) {
  const { data: r, error, reload } = useLoad((signal) => requestsApi.get(id, signal), [id]);
  if (error) return <LoadError message={error} onRetry={reload} />;
  if (!r) return <Spinner />;
  return (
    <Page title={thRequests.builder.editTitle} before={<Link to={`/requests/${id}`}>{r.title}</Link>}>
      {r.status === 'draft' ? (
        <RequestBuilder issuer={r.issuingUnit} initial={r} />
      ) : (
        <Alert tone="info">{thRequests.builder.notDraft}</Alert>
      )}
    </Page>
  );
}
