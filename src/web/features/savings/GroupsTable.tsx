import type { GroupSummary } from '../../api/savings-types.js';
import { format, th } from '../../i18n/th.js';
import { Link } from '../../router.js';
import { Table } from '../../ui/Table.js';
import { unitNameById } from '../org/labels.js';
import { thaiDate } from './dates.js';

interface Props {
  rows: GroupSummary[];
  busy: boolean;
  caption: string;
  emptyText: string;
}

export function GroupsTable({ rows, busy, caption, emptyText }: Props) {
  const t = th.savings.groups;
  return (
    <Table
      caption={caption}
      captionHidden
      cards
      busy={busy}
      testId="groups-table"
      rowTestId="group-row"
      rows={rows}
      rowKey={(g) => g.id}
      empty={emptyText}
      columns={[
        {
          key: 'name',
          header: t.colName,
          className: 'col-primary',
          cell: (g) => (
            <Link to={`/groups/${encodeURIComponent(g.id)}`} className="strong-link">
              {g.nameTh}
            </Link>
          ),
        },
        { key: 'location', header: t.colLocation, cell: (g) => unitNameById(g.orgUnitId, g.orgUnitNameTh) },
        { key: 'district', header: t.colDistrict, cell: (g) => unitNameById(g.districtId, g.districtNameTh) },
        { key: 'level', header: t.colLevel, cell: (g) => (g.level ? t.level(g.level) : th.common.none) },
        {
          key: 'members',
          header: t.colMembers,
          className: 'col-num',
          cell: (g) => format.number(g.activeMembers),
        },
        { key: 'founded', header: t.colFounded, className: 'col-mono', cell: (g) => thaiDate(g.foundedOn) },
      ]}
    />
  );
}
