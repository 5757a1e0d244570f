import type { PersonSummary, Reference } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { Link } from '../../router.js';
import { Table, type Column } from '../../ui/Table.js';
import { unitName } from '../org/labels.js';

interface PeopleTableProps {
  rows: PersonSummary[];
  reference: Reference | null;
  busy: boolean;
  caption: string;
  emptyText: string;
}

/** The people list; stacked as cards on a phone. */
export function PeopleTable({ rows, reference, busy, caption, emptyText }: PeopleTableProps) {
  const networkName = new Map(reference?.networks.map((n) => [n.code, n] as const) ?? []);
  const columns: Column<PersonSummary>[] = [
    {
      key: 'name',
      header: th.people.colName,
      className: 'col-primary',
      cell: (p) => (
        <Link to={`/people/${encodeURIComponent(p.id)}`} className="strong-link">
          {p.fullName}
        </Link>
      ),
    },
    { key: 'position', header: th.people.colPosition, cell: (p) => p.positionNameTh ?? th.common.none },
    {
      key: 'unit',
      header: th.people.colUnit,
      cell: (p) => unitName({ id: p.orgUnitId, kind: p.orgUnitKind, nameTh: p.orgUnitNameTh }),
    },
    {
      key: 'networks',
      header: th.people.colNetworks,
      cell: (p) =>
        p.networks.length ? (
          <ul className="tags">
            {p.networks.map((code) => {
              const n = networkName.get(code);
              return (
                <li key={code} className="tag" title={n?.nameTh}>
                  {n?.abbrTh ?? code}
                </li>
              );
            })}
          </ul>
        ) : (
          th.common.none
        ),
    },
    {
      key: 'thaiId',
      header: th.people.colThaiId,
      className: 'col-mono',
      cell: (p) => p.thaiIdMasked ?? th.common.none,
    },
  ];
  return (
    <Table
      caption={caption}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(p) => p.id}
      rowTestId="person-row"
      testId="people-table"
      busy={busy}
      empty={busy ? null : emptyText}
      cards
    />
  );
}
