// สรุปรายการรายวัน: for each day with postings, what came in and went out, and the period's totals.
import type { ActivitySummary, ActivityTotals } from '../../../api/reports-types.js';
import { format, th } from '../../../i18n/th.js';
import { Table, type Column } from '../../../ui/Table.js';
import { thaiDate } from '../dates.js';
import { baht } from '../money.js';

type Day = ActivitySummary['days'][number];

const FIELDS: (keyof ActivityTotals)[] = [
  'pledge',
  'specialDeposit',
  'specialWithdrawal',
  'loanDisbursed',
  'loanPrincipal',
  'loanInterest',
  'loanPenalty',
  'fines',
  'cashIn',
  'cashOut',
];

export function ActivityView({ summary }: { summary: ActivitySummary }) {
  const t = th.savings.reports;
  const amount = (k: keyof ActivityTotals) => (d: Day) => (d.totals[k] ? baht(d.totals[k]) : '');
  const columns: Column<Day>[] = [
    {
      key: 'date',
      header: t.colDate,
      className: 'col-mono col-primary',
      // The last row holds the period's totals.
      cell: (d) => (d.postedOn ? thaiDate(d.postedOn) : <strong>{t.total}</strong>),
    },
    { key: 'entries', header: t.colEntries, className: 'col-num', cell: (d) => format.number(d.entries) },
    ...FIELDS.map((k) => ({ key: k, header: t.activity[k], className: 'col-num', cell: amount(k) })),
  ];
  const totalDay: Day = {
    postedOn: '',
    entries: summary.days.reduce((a, d) => a + d.entries, 0),
    totals: summary.totals,
  };
  return (
    <Table<Day>
      caption={t.activityCaption(thaiDate(summary.from), thaiDate(summary.to))}
      captionHidden
      cards
      testId="activity"
      rowTestId="activity-row"
      rows={summary.days.length ? [...summary.days, totalDay] : []}
      rowKey={(d) => d.postedOn || 'total'}
      empty={t.noMovements}
      columns={columns}
    />
  );
}
