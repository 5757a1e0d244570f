// The nominations the viewer's side may see: a district its own (with the way to name a new one
// while the call is open), the organising office all of them.
import { awardsApi } from '../../api/awards.js';
import type { AwardCall, NominationSummary } from '../../api/awards-types.js';
import { thAwards } from '../../i18n/th-awards.js';
import { Link } from '../../router.js';
import { LinkButton } from '../../ui/Button.js';
import { LoadError } from '../../ui/LoadError.js';
import { Card, Spinner } from '../../ui/Page.js';
import { Table } from '../../ui/Table.js';
import { useLoad } from '../../ui/useLoad.js';
import { NominationBadge, NomineeList } from './labels.js';

export function NominationsCard({ call }: { call: AwardCall }) {
  const t = thAwards.nominations;
  const { data, error, reload } = useLoad((signal) => awardsApi.nominations(call.id, signal), [call.id]);
  const canNominate = call.status === 'open' && call.viewer.nominatingUnits.length > 0;
  return (
    <Card title={t.title}>
      {error ? (
        <LoadError message={error} onRetry={reload} />
      ) : !data ? (
        <Spinner />
      ) : (
        <Table<NominationSummary>
          caption={t.caption}
          captionHidden
          cards
          rows={data.items}
          rowKey={(n) => n.id}
          rowTestId="nomination-row"
          empty={t.empty}
          columns={[
            {
              key: 'unit',
              header: t.unit,
              className: 'col-primary',
              cell: (n) => (
                <Link to={`/awards/nominations/${n.id}`} data-testid="nomination-link">
                  {n.unit.nameTh}
                  {n.entryName && ` — ${n.entryName}`}
                </Link>
              ),
            },
            { key: 'category', header: t.category, cell: (n) => n.category.nameTh },
            {
              key: 'nominees',
              header: t.nominees,
              cell: (n) => <NomineeList nominees={n.nominees} entryName={n.entryName} />,
            },
            { key: 'status', header: t.status, cell: (n) => <NominationBadge status={n.status} /> },
          ]}
        />
      )}
      {canNominate && (
        <p>
          <LinkButton to={`/awards/${call.id}/nominate`} variant="primary" data-testid="nominate">
            {t.add}
          </LinkButton>
        </p>
      )}
    </Card>
  );
}
