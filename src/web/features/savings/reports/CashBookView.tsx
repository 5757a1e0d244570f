// สมุดเงินสด: cash brought forward, every cash movement in the period with the running balance, and
// the cash carried forward.
import type { CashBook } from '../../../api/reports-types.js';
import { th } from '../../../i18n/th.js';
import { Table } from '../../../ui/Table.js';
import { thaiDate } from '../dates.js';
import { baht } from '../money.js';

type Row = CashBook['rows'][number];

export function CashBookView({ book }: { book: CashBook }) {
  const t = th.savings.reports;
  return (
    <>
      <p className="statement-balances" data-testid="cash-opening">
        <strong>{t.cashOpening(thaiDate(book.from))}</strong>{' '}
        <span className="num">{th.savings.bahtN(baht(book.opening))}</span>
      </p>
      <Table<Row>
        caption={t.cashBookCaption(thaiDate(book.from), thaiDate(book.to))}
        captionHidden
        cards
        testId="cash-book"
        rowTestId="cash-row"
        rows={book.rows}
        rowKey={(r) => String(r.entryNo)}
        empty={t.noMovements}
        columns={[
          { key: 'date', header: t.colDate, className: 'col-mono', cell: (r) => thaiDate(r.postedOn) },
          {
            key: 'memo',
            header: t.colMemo,
            className: 'col-primary',
            cell: (r) => (
              <>
                {r.memo}
                <span className="name-en">{th.savings.journal.entryNo(r.entryNo)}</span>
              </>
            ),
          },
          { key: 'in', header: t.colIn, className: 'col-num', cell: (r) => (r.cashIn ? baht(r.cashIn) : '') },
          { key: 'out', header: t.colOut, className: 'col-num', cell: (r) => (r.cashOut ? baht(r.cashOut) : '') },
          { key: 'balance', header: t.colBalance, className: 'col-num col-balance', cell: (r) => baht(r.balance) },
        ]}
      />
      <p className="statement-balances" data-testid="cash-closing">
        <strong>{t.cashClosing(thaiDate(book.to))}</strong>{' '}
        <span className="num">{th.savings.bahtN(baht(book.closing))}</span>
        <span>{t.cashTotals(baht(book.totalIn), baht(book.totalOut))}</span>
      </p>
    </>
  );
}
