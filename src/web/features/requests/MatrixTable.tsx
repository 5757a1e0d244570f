// The completeness matrix: one row per addressed unit with a coloured, worded status, when it
// first reported and last changed, and its figures in the "sum" fields; a total row under them.
import type { Matrix, MatrixRow } from '../../api/requests-types.js';
import { format } from '../../i18n/th.js';
import { thRequests } from '../../i18n/th-requests.js';
import { Link } from '../../router.js';
import { Table, type Column } from '../../ui/Table.js';
import { baht } from '../savings/money.js';
import { StatusBadge } from './StatusBadge.js';

const figure = (type: 'number' | 'money', v: number | undefined) =>
  v === undefined ? thRequests.fill.empty : type === 'money' ? baht(v) : format.number(v);

export function MatrixTotals({ m }: { m: Matrix }) {
  const t = thRequests;
  const items: [string, number, string][] = [
    [t.matrix.expected, m.totals.expected, 'expected'],
    [t.matrixStatus.on_time, m.totals.onTime, 'on_time'],
    [t.matrixStatus.late, m.totals.late, 'late'],
    [t.matrixStatus.missing, m.totals.missing, 'missing'],
    [t.matrixStatus.returned, m.totals.returned, 'returned'],
    [t.matrixStatus.accepted, m.totals.accepted, 'accepted'],
  ];
  return (
    <ul className="rq-totals" aria-label={t.matrix.totals} data-testid="matrix-totals">
      {items.map(([label, n, key]) => (
        <li key={key} data-total={key}>
          <strong>{format.number(n)}</strong>
          {label}
        </li>
      ))}
    </ul>
  );
}

export function MatrixTable({ m }: { m: Matrix }) {
  const t = thRequests.matrix;
  const total: MatrixRow = {
    submissionId: '',
    unit: { id: '', nameTh: t.total },
    status: 'missing',
    firstSubmittedAt: null,
    updatedAt: null,
    lockException: false,
    sums: m.sums,
  };
  const columns: Column<MatrixRow>[] = [
    {
      key: 'unit',
      header: thRequests.list.unit,
      className: 'col-primary',
      cell: (r) =>
        r.submissionId ? (
          <Link to={`/requests/submissions/${r.submissionId}`}>{r.unit.nameTh}</Link>
        ) : (
          <strong>{r.unit.nameTh}</strong>
        ),
    },
    {
      key: 'status',
      header: thRequests.list.status,
      cell: (r) =>
        r.submissionId ? (
          <>
            <StatusBadge status={r.status} />
            {r.lockException && <span className="muted"> ({t.exception})</span>}
          </>
        ) : null,
    },
    {
      key: 'first',
      header: t.firstSubmitted,
      cell: (r) => (r.firstSubmittedAt ? format.dateTime(r.firstSubmittedAt) : ''),
    },
    { key: 'updated', header: t.updated, cell: (r) => (r.updatedAt ? format.dateTime(r.updatedAt) : '') },
    ...m.sumFields.map((s): Column<MatrixRow> => ({
      key: `sum-${s.key}`,
      header: s.type === 'money' ? `${s.labelTh} (บาท)` : s.labelTh,
      className: 'num',
      cell: (r) => (r.submissionId || m.rows.length ? figure(s.type, r.sums[s.key]) : ''),
    })),
  ];
  return (
    <div className="rq-matrix">
      <Table
        caption={t.caption}
        columns={columns}
        rows={[...m.rows, total]}
        rowKey={(r) => r.submissionId || 'total'}
        rowTestId="matrix-row"
        testId="matrix"
        cards
      />
    </div>
  );
}
