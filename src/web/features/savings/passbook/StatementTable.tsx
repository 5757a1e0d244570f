// The passbook statement: every entry touching the member, oldest first, with running balances.
import { th } from '../../../i18n/th.js';
import { Table } from '../../../ui/Table.js';
import { thaiDate } from '../dates.js';
import { entryKindLabel } from '../labels.js';
import { baht } from '../money.js';
import type { StatementLine } from './statement.js';

const change = (n: number) => (n === 0 ? '' : n > 0 ? `+${baht(n)}` : `−${baht(-n)}`);

export function StatementTable({ lines }: { lines: StatementLine[] }) {
  const t = th.savings.passbook;
  return (
    <Table
      caption={t.statementCaption(lines.length)}
      captionHidden
      cards
      testId="statement-table"
      rowTestId="statement-row"
      rows={lines}
      rowKey={(l) => String(l.entryNo)}
      empty={t.noEntries}
      columns={[
        { key: 'date', header: t.colDate, className: 'col-mono', cell: (l) => thaiDate(l.postedOn) },
        {
          key: 'what',
          header: t.colWhat,
          className: 'col-primary',
          cell: (l) => (
            <>
              <span className="kind">{entryKindLabel(l.kind)}</span> {l.memo}
              <span className="name-en">{th.savings.journal.entryNo(l.entryNo)}</span>
              {l.reason && <span className="entry-note">{th.savings.journal.reasonWas(l.reason)}</span>}
            </>
          ),
        },
        { key: 'pledged', header: t.colPledged, className: 'col-num', cell: (l) => change(l.pledged) },
        {
          key: 'pledgedBalance',
          header: t.colPledgedBalance,
          className: 'col-num col-balance',
          cell: (l) => baht(l.pledgedBalance),
        },
        { key: 'special', header: t.colSpecial, className: 'col-num', cell: (l) => change(l.special) },
        {
          key: 'specialBalance',
          header: t.colSpecialBalance,
          className: 'col-num col-balance',
          cell: (l) => baht(l.specialBalance),
        },
        { key: 'loan', header: t.colLoan, className: 'col-num', cell: (l) => change(l.loan) },
        {
          key: 'loanBalance',
          header: t.colLoanBalance,
          className: 'col-num col-balance',
          cell: (l) => baht(l.loanBalance),
        },
      ]}
    />
  );
}
