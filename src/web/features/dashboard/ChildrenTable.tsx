// The unit's provinces, districts or groups with their figures and arrears, each linking one level
// down (a group to its own page). Sorted with a select rather than header buttons so it works the
// same in the phone card layout, where headers are hidden.
import { useState } from 'react';
import type { Dashboard } from '../../api/reports-types.js';
import { format, th } from '../../i18n/th.js';
import { Link } from '../../router.js';
import { Select } from '../../ui/Select.js';
import { Table, type Column } from '../../ui/Table.js';
import { groupPath } from '../savings/labels.js';
import { baht } from '../savings/money.js';
import { dashboardUnitName } from './DashboardCrumbs.js';
import { levelLabel } from './LevelsSection.js';
import { overviewPath } from './paths.js';

type Child = Dashboard['children'][number];
type Kind = Child['kind'];
const SORTS = ['order', 'members', 'savings', 'outstanding', 'arrears'] as const;
type Sort = (typeof SORTS)[number];

const byName = new Intl.Collator('th');
function sorted(rows: Child[], sort: Sort): Child[] {
  const desc = (f: (c: Child) => number) => [...rows].sort((a, b) => f(b) - f(a));
  switch (sort) {
    case 'order':
      // Provinces and districts come in code order from the API; groups read best by name.
      return rows[0]?.kind === 'group' ? [...rows].sort((a, b) => byName.compare(a.nameTh, b.nameTh)) : rows;
    case 'members':
      return desc((c) => c.figures.members);
    case 'savings':
      return desc((c) => c.figures.savings);
    case 'outstanding':
      return desc((c) => c.figures.outstanding);
    case 'arrears':
      return desc((c) => c.arrears.outstanding);
  }
}

export function ChildrenTable({ rows, asOf, busy }: { rows: Child[]; asOf: string; busy: boolean }) {
  const t = th.savings.overview;
  const d = th.dashboard.children;
  const kind: Kind = rows[0]?.kind ?? 'group';
  const [sort, setSort] = useState<Sort>('order');
  const label = (s: Sort) => (s === 'order' ? d.order[kind] : d[s]);
  const columns: Column<Child>[] = [
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
          {c.kind === 'group' ? c.nameTh : dashboardUnitName(c)}
        </Link>
      ),
    },
    kind === 'group'
      ? { key: 'level', header: d.colLevel, cell: (c) => <span className="nowrap">{levelLabel(c.level)}</span> }
      : { key: 'groups', header: t.groups, className: 'col-num', cell: (c) => format.number(c.figures.groups) },
    { key: 'members', header: t.members, className: 'col-num', cell: (c) => format.number(c.figures.members) },
    { key: 'savings', header: t.savings, className: 'col-num', cell: (c) => baht(c.figures.savings) },
    { key: 'borrowers', header: t.borrowers, className: 'col-num', cell: (c) => format.number(c.figures.borrowers) },
    { key: 'lent', header: t.lent, className: 'col-num', cell: (c) => baht(c.figures.lent) },
    { key: 'outstanding', header: t.outstanding, className: 'col-num', cell: (c) => baht(c.figures.outstanding) },
    {
      key: 'arrears',
      header: d.colArrears,
      className: 'col-num',
      cell: (c) =>
        c.arrears.loans > 0 ? (
          <span className="dash-arrears">
            {d.arrearsCell(format.number(c.arrears.loans), baht(c.arrears.outstanding))}
          </span>
        ) : (
          th.common.none
        ),
    },
  ];
  return (
    <>
      {rows.length > 1 && (
        <div className="toolbar toolbar--period">
          <Select
            label={d.sortBy}
            value={sort}
            onChange={(v) => setSort(v as Sort)}
            options={SORTS.map((s) => ({ value: s, label: label(s) }))}
            data-testid="children-sort"
          />
        </div>
      )}
      <Table<Child>
        caption={t.byChild[kind]}
        captionHidden
        cards
        busy={busy}
        testId="rollup-table"
        rowTestId="rollup-row"
        rows={sorted(rows, sort)}
        rowKey={(c) => c.id}
        empty={t.noGroups}
        columns={columns}
      />
    </>
  );
}
