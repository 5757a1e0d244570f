// งบแสดงฐานะการเงิน (as of the end of the period) and งบกำไรขาดทุน (for the period), each a list of
// accounts with totals, as the server computed them from the journal.
import type { AccountAmount, FinancialStatements } from '../../../api/reports-types.js';
import { th } from '../../../i18n/th.js';
import { thaiDate } from '../dates.js';
import { baht } from '../money.js';

interface Part {
  title: string;
  rows: AccountAmount[];
  totalLabel: string;
  total: number;
  /** An extra line after the accounts (profit not yet closed into equity). */
  extra?: { label: string; amount: number };
}

function AmountsTable({
  caption,
  parts,
  footer,
  testId,
}: {
  caption: string;
  parts: Part[];
  footer: Part;
  testId: string;
}) {
  return (
    <div className="table-wrap">
      <table className="table table--ledger" data-testid={testId}>
        <caption className="table__caption table__caption--plain">{caption}</caption>
        <tbody>
          {parts.map((p) => (
            <PartRows key={p.title} part={p} />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{footer.totalLabel}</th>
            <td className="col-num" data-testid={`${testId}-total`}>
              {baht(footer.total)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function PartRows({ part: p }: { part: Part }) {
  return (
    <>
      <tr className="table__group">
        <th scope="rowgroup" colSpan={2}>
          {p.title}
        </th>
      </tr>
      {p.rows.map((r) => (
        <tr key={r.accountCode}>
          <td>
            <span className="account-code">{r.accountCode}</span> {r.accountNameTh}
          </td>
          <td className="col-num">{baht(r.amount)}</td>
        </tr>
      ))}
      {p.extra && p.extra.amount !== 0 && (
        <tr>
          <td>{p.extra.label}</td>
          <td className="col-num">{baht(p.extra.amount)}</td>
        </tr>
      )}
      <tr className="table__subtotal">
        <td>{p.totalLabel}</td>
        <td className="col-num">{baht(p.total)}</td>
      </tr>
    </>
  );
}

export function FinancialStatementsView({ fs }: { fs: FinancialStatements }) {
  const t = th.savings.reports;
  const b = fs.balanceSheet;
  const i = fs.incomeStatement;
  // Equity as the server lists it excludes this year's profit not yet closed by a year-end.
  return (
    <div className="grid grid--wide">
      <AmountsTable
        testId="balance-sheet"
        caption={t.balanceSheet(thaiDate(fs.to))}
        parts={[
          { title: t.assets, rows: b.assets, totalLabel: t.totalAssets, total: b.totalAssets },
          { title: t.liabilities, rows: b.liabilities, totalLabel: t.totalLiabilities, total: b.totalLiabilities },
          {
            title: t.equity,
            rows: b.equity,
            totalLabel: t.totalEquity,
            total: b.totalEquity + b.unclosedProfit,
            extra: { label: t.unclosedProfit, amount: b.unclosedProfit },
          },
        ]}
        footer={{
          title: '',
          rows: [],
          totalLabel: t.liabilitiesAndEquity,
          total: b.totalLiabilities + b.totalEquity + b.unclosedProfit,
        }}
      />
      <AmountsTable
        testId="income-statement"
        caption={t.incomeStatement(thaiDate(fs.from), thaiDate(fs.to))}
        parts={[
          { title: t.income, rows: i.income, totalLabel: t.totalIncome, total: i.totalIncome },
          { title: t.expenses, rows: i.expenses, totalLabel: t.totalExpenses, total: i.totalExpenses },
        ]}
        footer={{ title: '', rows: [], totalLabel: t.netProfit, total: i.netProfit }}
      />
    </div>
  );
}
