// /requests: the reports this user's units must send (with reminders) and, for an issuing office,
// the requests it has sent with how many units have reported.
import { requestsApi } from '../api/requests.js';
import type { RequestSummary } from '../api/requests-types.js';
import { useSession } from '../features/auth/session.js';
import { InboxList } from '../features/requests/InboxList.js';
import { thaiDate } from '../features/savings/dates.js';
import { thRequests } from '../i18n/th-requests.js';
import { Link } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { LinkButton } from '../ui/Button.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

export function RequestsPage() {
  const t = thRequests.list;
  const { can } = useSession();
  const inbox = useLoad((signal) => (can('programs:respond') ? requestsApi.inbox(signal) : Promise.resolve(null)), []);
  const issued = useLoad((signal) => requestsApi.list(signal), []);
  const reminders = inbox.data?.items.filter((i) => i.reminder || i.overdue).length ?? 0;
  return (
    <Page
      title={t.title}
      actions={
        can('programs:manage') && (
          <LinkButton to="/requests/new" variant="primary" data-testid="new-request">
            {t.create}
          </LinkButton>
        )
      }
    >
      {reminders > 0 && (
        <Alert tone="warning" testId="reminders">
          {t.reminders(reminders)}
        </Alert>
      )}
      {can('programs:respond') && (
        <Card title={t.inboxTitle}>
          {inbox.error ? (
            <LoadError message={inbox.error} onRetry={inbox.reload} />
          ) : inbox.data ? (
            <InboxList items={inbox.data.items} />
          ) : (
            <Spinner />
          )}
        </Card>
      )}
      {issued.error ? (
        <LoadError message={issued.error} onRetry={issued.reload} />
      ) : issued.data ? (
        issued.data.items.length > 0 || can('programs:manage') ? (
          <Card title={t.issuedTitle}>
            <Table<RequestSummary>
              caption={t.issuedTitle}
              captionHidden
              cards
              rows={issued.data.items}
              rowKey={(r) => r.id}
              rowTestId="issued-row"
              empty={t.issuedEmpty}
              columns={[
                {
                  key: 'title',
                  header: thRequests.builder.requestTitle,
                  cell: (r) => <Link to={`/requests/${r.id}`}>{r.title}</Link>,
                },
                { key: 'unit', header: thRequests.builder.issuer, cell: (r) => r.issuingUnit.nameTh },
                { key: 'deadline', header: t.deadline, cell: (r) => thaiDate(r.deadline) },
                { key: 'status', header: t.status, cell: (r) => thRequests.requestStatus[r.status] },
                { key: 'progress', header: t.progress, cell: (r) => t.progressOf(r.submitted, r.expected) },
              ]}
            />
          </Card>
        ) : null
      ) : (
        <Spinner />
      )}
    </Page>
  );
}
