// The passbook statement as the server computes it: balances brought forward, every entry touching
// the member in the period with running balances, and the balances at the end.
import type { MemberStatement, StatementBalances } from '../../../api/savings-types.js';
import { th } from '../../../i18n/th.js';
import { Table } from '../../../ui/Table.js';
import { thaiDate } from '../dates.js';
import { baht } from '../money.js';

type Row = MemberStatement['rows'][number];

const change = (n: number) => (n === 0 ? '' : n > 0 ? `+${baht(n)}` : `−${baht(-n)}`);

export function StatementTable({ statement: s }: { statement: MemberStatement }) {
  const t = th.savings.passbook;
  return (
    <>
      <BalancesLine testId="statement-opening" label={t.openingOn(thaiDate(s.from))} balances={s.opening} />
      <Table<Row>
        caption={t.statementCaption(s.rows.length)}
        captionHidden
        cards
        testId="statement-table"
        rowTestId="statement-row"
        rows={s.rows}
        rowKey={(r) => String(r.entryNo)}
        empty={t.noEntries}
        columns={[
          { key: 'date', header: t.colDate, className: 'col-mono', cell: (r) => thaiDate(r.postedOn) },
          {
            key: 'what',
            header: t.colWhat,
            className: 'col-primary',
            cell: (r) => (
              <>
                {r.descriptionTh}
                <span className="name-en">{th.savings.journal.entryNo(r.entryNo)}</span>
              </>
            ),
          },
          { key: 'pledged', header: t.colPledged, className: 'col-num', cell: (r) => change(r.pledged) },
          {
            key: 'pledgedBalance',
            header: t.colPledgedBalance,
            className: 'col-num col-balance',
            cell: (r) => baht(r.balances.pledged),
          },
          { key: 'special', header: t.colSpecial, className: 'col-num', cell: (r) => change(r.special) },
          {
            key: 'specialBalance',
            header: t.colSpecialBalance,
            className: 'col-num col-balance',
            cell: (r) => baht(r.balances.special),
          },
          { key: 'loan', header: t.colLoan, className: 'col-num', cell: (r) => change(r.loanPrincipal) },
          {
            key: 'loanBalance',
            header: t.colLoanBalance,
            className: 'col-num col-balance',
            cell: (r) => baht(r.balances.loans),
          },
          {
            key: 'interest',
            header: t.colInterest,
            className: 'col-num',
            cell: (r) => (r.interestPaid || r.penaltyPaid ? baht(r.interestPaid + r.penaltyPaid) : ''),
          },
        ]}
      />
      <BalancesLine testId="statement-closing" label={t.closingOn(thaiDate(s.to))} balances={s.closing} />
      {(s.totals.interestPaid > 0 || s.totals.penaltyPaid > 0) && (
        <p className="muted" data-testid="statement-interest">
          {t.interestTotals(baht(s.totals.interestPaid), baht(s.totals.penaltyPaid))}
        </p>
      )}
    </>
  );
}

function BalancesLine({ label, balances, testId }: { label: string; balances: StatementBalances; testId: string }) {
  const t = th.savings.passbook;
  return (
    <p className="statement-balances" data-testid={testId}>
      <strong>{label}</strong>
      <span>
        {t.pledged} <span className="num">{baht(balances.pledged)}</span>
      </span>
      <span>
        {t.special} <span className="num">{baht(balances.special)}</span>
      </span>
      <span>
        {t.loansOutstanding} <span className="num">{baht(balances.loans)}</span>
      </span>
    </p>
  );
}
