// /awards: the calls this user organises, judges or may nominate for, with their role, deadlines
// (Buddhist era) and status.
import { awardsApi } from '../api/awards.js';
import type { CallSummary } from '../api/awards-types.js';
import { CallStatusBadge, RoleBadge } from '../features/awards/labels.js';
import { thaiDate } from '../features/savings/dates.js';
import { thAwards } from '../i18n/th-awards.js';
import { Link } from '../router.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

export function AwardsPage() {
  const t = thAwards.list;
  const { data, error, reload } = useLoad((signal) => awardsApi.list(signal), []);
  return (
    <Page title={t.title}>
      {error ? (
        <LoadError message={error} onRetry={reload} />
      ) : !data ? (
        <Spinner />
      ) : (
        <Table<CallSummary>
          caption={t.caption}
          captionHidden
          cards
          rows={data.items}
          rowKey={(c) => c.id}
          rowTestId="call-row"
          empty={t.empty}
          columns={[
            {
              key: 'title',
              header: t.call,
              className: 'col-primary',
              cell: (c) => (
                <Link to={`/awards/${c.id}`} className="strong-link">
                  {c.title}
                </Link>
              ),
            },
            { key: 'organiser', header: t.organiser, cell: (c) => c.organiserUnit.nameTh },
            { key: 'role', header: t.role, cell: (c) => <RoleBadge role={c.role} /> },
            { key: 'names', header: t.namesDeadline, cell: (c) => thaiDate(c.namesDeadline) },
            { key: 'dossier', header: t.dossierDeadline, cell: (c) => thaiDate(c.dossierDeadline) },
            { key: 'status', header: t.status, cell: (c) => <CallStatusBadge status={c.status} /> },
          ]}
        />
      )}
    </Page>
  );
}
