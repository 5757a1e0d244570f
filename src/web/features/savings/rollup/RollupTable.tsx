// An area's figures broken down by child unit (provinces, districts, or the groups themselves),
// each name linking one level down.
import type { Rollup } from '../../../api/reports-types.js';
import { format, th } from '../../../i18n/th.js';
import { href, Link } from '../../../router.js';
import { Table } from '../../../ui/Table.js';
import { unitNameById } from '../../org/labels.js';
import { groupPath } from '../labels.js';
import { baht } from '../money.js';

type Child = Rollup['children'][number];

export const overviewPath = (unit: string | null, asOf?: string) => href('/groups/overview', { unit, asOf });

export function RollupTable({ rollup, asOf, busy }: { rollup: Rollup; asOf: string; busy: boolean }) {
  const t = th.savings.overview;
  const kind = rollup.children[0]?.kind ?? 'group';
  return (
    <Table<Child>
      caption={t.byChild[kind]}
      captionHidden
      cards
      busy={busy}
      testId="rollup-table"
      rowTestId="rollup-row"
      rows={rollup.children}
      rowKey={(c) => c.id}
      empty={t.noGroups}
      columns={[
        {
          key: 'name',
          header: t.colName[kind],
          className: 'col-primary',
          cell: (c) => (
            <Link
              to={c.kind === 'group' ? groupPath(c.id) : overviewPath(c.id, asOf)}
              className="strong-link"
              data-testid="rollup-link"
            >
              {c.kind === 'group' ? c.nameTh : unitNameById(c.id, c.nameTh)}
            </Link>
          ),
        },
        { key: 'groups', header: t.groups, className: 'col-num', cell: (c) => format.number(c.figures.groups) },
        { key: 'members', header: t.members, className: 'col-num', cell: (c) => format.number(c.figures.members) },
        { key: 'savings', header: t.savings, className: 'col-num', cell: (c) => baht(c.figures.savings) },
        {
          key: 'borrowers',
          header: t.borrowers,
          className: 'col-num',
          cell: (c) => format.number(c.figures.borrowers),
        },
        { key: 'lent', header: t.lent, className: 'col-num', cell: (c) => baht(c.figures.lent) },
        { key: 'outstanding', header: t.outstanding, className: 'col-num', cell: (c) => baht(c.figures.outstanding) },
      ]}
    />
  );
}
