// What was posted on the day, per member and in total, laid out to print on one A4 page (the print
// stylesheet hides the app around it) for the committee to sign.
import type { Group, MeetingDayResult } from '../../../api/savings-types.js';
import { format, th } from '../../../i18n/th.js';
import { Button } from '../../../ui/Button.js';
import { thaiDate } from '../dates.js';
import { groupPlace } from '../labels.js';
import { baht, bahtWords } from '../money.js';

const COLS = [
  'pledge',
  'specialDeposit',
  'specialWithdrawal',
  'loanPrincipal',
  'loanInterest',
  'loanPenalty',
  'fine',
] as const;

interface Props {
  group: Group;
  result: MeetingDayResult;
  /** Start another day (after posting); absent when the receipt is printed again later. */
  onNew?: () => void;
}

export function MeetingReceipt({ group, result, onNew }: Props) {
  const t = th.savings.receipt;
  const { totals } = result;
  const first = result.entries[0]?.entryNo;
  const last = result.entries.at(-1)?.entryNo;
  const money = (n: number) => (n ? baht(n) : '–');
  return (
    <section className="receipt" aria-labelledby="receipt-h" data-testid="meeting-receipt">
      <div className="receipt__actions no-print">
        <Button variant="primary" onClick={() => window.print()} data-testid="receipt-print">
          {t.print}
        </Button>
        {onNew && (
          <Button onClick={onNew} data-testid="meeting-new">
            {t.newDay}
          </Button>
        )}
      </div>
      <header className="receipt__head">
        <h2 id="receipt-h">{t.title}</h2>
        <p className="receipt__group">{group.nameTh}</p>
        <p>{groupPlace(group)}</p>
        <p>
          {t.dayLine(thaiDate(result.postedOn), result.batchNo)}
          {first !== undefined && ` · ${t.entries(first, last ?? first)}`}
        </p>
      </header>
      <table className="receipt__table">
        <thead>
          <tr>
            <th scope="col">{t.colNo}</th>
            <th scope="col">{t.colName}</th>
            {COLS.map((c) => (
              <th scope="col" key={c} className="col-num">
                {t.cols[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.entries.map((e) => (
            <tr key={e.entryNo} data-testid="receipt-row">
              <td className="col-num">{e.memberNo}</td>
              <td>{e.fullName}</td>
              {COLS.map((c) => (
                <td key={c} className="col-num">
                  {money(e[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="receipt-totals">
            <th scope="row" colSpan={2}>
              {t.total(format.number(result.entries.length))}
            </th>
            {COLS.map((c) => (
              <td key={c} className="col-num">
                {money(totals[c])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <dl className="receipt__cash">
        <div>
          <dt>{t.cashIn}</dt>
          <dd data-testid="receipt-cash-in">
            {baht(totals.cashIn)} <span className="receipt__words">({bahtWords(totals.cashIn)})</span>
          </dd>
        </div>
        <div>
          <dt>{t.cashOut}</dt>
          <dd>
            {baht(totals.cashOut)} <span className="receipt__words">({bahtWords(totals.cashOut)})</span>
          </dd>
        </div>
        <div>
          <dt>{t.net}</dt>
          <dd>{baht(totals.cashIn - totals.cashOut)}</dd>
        </div>
      </dl>
      <div className="receipt__signatures">
        {t.signers.map((role) => (
          <p key={role}>
            <span className="receipt__line" aria-hidden="true" />
            {role}
          </p>
        ))}
      </div>
    </section>
  );
}
