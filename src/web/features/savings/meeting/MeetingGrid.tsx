// The meeting-day grid: one row per active member, one input per amount, live checks and totals.
// On a phone each member becomes a card of labelled inputs; the keys work the same.
import { Fragment } from 'react';
import { th } from '../../../i18n/th.js';
import { baht } from '../money.js';
import { gridKeyHandler } from './grid-keys.js';
import {
  cellId,
  loanCell,
  rowIn,
  type CellKey,
  type Cells,
  type DayTotals,
  type GridIssues,
  type GridMember,
  type Parsed,
} from './meeting-model.js';

interface Props {
  members: GridMember[];
  cells: Cells;
  parsed: Parsed;
  issues: GridIssues;
  totals: DayTotals;
  onCell: (memberNo: number, key: CellKey, text: string) => void;
  onFillPledge: (memberNo: number) => void;
  /** Leaving a cell: show its amount as the receipt will. */
  onTidy: (memberNo: number, key: CellKey) => void;
  disabled: boolean;
}

export function MeetingGrid({ members, cells, parsed, issues, totals, onCell, onFillPledge, onTidy, disabled }: Props) {
  const t = th.savings.meeting;
  const maxLoans = Math.max(0, ...members.map((m) => m.loans.length));
  const cols = [
    'pledge',
    'specialDeposit',
    'specialWithdrawal',
    ...Array.from({ length: maxLoans }, (_, k) => `loan${k}`),
    'fine',
  ];
  const span = 6 + (maxLoans ? 1 : 0);

  const input = (m: GridMember, key: CellKey, col: string, label: string, sub?: string) => {
    const id = cellId(m.memberNo, key);
    const error = parsed.errors[id] ?? issues.cells[id];
    const warning = error ? undefined : parsed.warnings[id];
    const domId = `cell-${m.memberNo}-${key.replace('.', '-')}`;
    return (
      <span className="amount-cell" key={key}>
        {sub && (
          <label htmlFor={domId} className="amount-cell__sub">
            {sub}
          </label>
        )}
        <input
          id={domId}
          className="input input--amount"
          inputMode="decimal"
          autoComplete="off"
          value={cells[m.memberNo]?.[key] ?? ''}
          onChange={(e) => onCell(m.memberNo, key, e.target.value)}
          onFocus={(e) => e.currentTarget.select()}
          onBlur={() => onTidy(m.memberNo, key)}
          aria-label={t.cellLabel(label, m.memberNo, m.fullName)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error || warning ? `${domId}-msg` : undefined}
          data-col={col}
          data-member={m.memberNo}
          disabled={disabled}
        />
        {(error || warning) && (
          <span id={`${domId}-msg`} className={error ? 'amount-cell__error' : 'amount-cell__warning'}>
            {error ?? warning}
          </span>
        )}
      </span>
    );
  };

  return (
    <div className="table-wrap meeting-wrap">
      <table className="table meeting-grid" onKeyDown={gridKeyHandler(cols, onFillPledge)} data-testid="meeting-grid">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-num">
              {t.colNo}
            </th>
            <th scope="col">{t.colMember}</th>
            <th scope="col">{t.cols.pledge}</th>
            <th scope="col">{t.cols.specialDeposit}</th>
            <th scope="col">{t.cols.specialWithdrawal}</th>
            {maxLoans > 0 && <th scope="col">{t.cols.loan}</th>}
            <th scope="col">{t.cols.fine}</th>
            <th scope="col" className="col-num">
              {t.colRowTotal}
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const amounts = parsed.amounts.get(m.memberNo);
            return (
              <Fragment key={m.memberNo}>
                <tr data-testid="meeting-row" data-member={m.memberNo}>
                  <td className="col-num meeting-grid__no">{m.memberNo}</td>
                  <th scope="row" className="meeting-grid__member">
                    <span>{m.fullName}</span>
                    <span className="meeting-grid__hint">{t.pledgeHint(baht(m.monthlyPledge))}</span>
                  </th>
                  <td data-label={t.cols.pledge}>{input(m, 'pledge', 'pledge', t.cols.pledge)}</td>
                  <td data-label={t.cols.specialDeposit}>
                    {input(m, 'specialDeposit', 'specialDeposit', t.cols.specialDeposit)}
                  </td>
                  <td data-label={t.cols.specialWithdrawal}>
                    {input(m, 'specialWithdrawal', 'specialWithdrawal', t.cols.specialWithdrawal)}
                  </td>
                  {maxLoans > 0 && (
                    <td data-label={t.cols.loan} className={m.loans.length ? '' : 'meeting-grid__none'}>
                      {m.loans.map((l, k) =>
                        input(
                          m,
                          loanCell(l.loanNo),
                          `loan${k}`,
                          t.loanLabel(l.loanNo),
                          m.loans.length > 1 ? t.loanLabel(l.loanNo) : undefined,
                        ),
                      )}
                    </td>
                  )}
                  <td data-label={t.cols.fine}>{input(m, 'fine', 'fine', t.cols.fine)}</td>
                  <td className="col-num meeting-grid__rowtotal" data-label={t.colRowTotal}>
                    {amounts ? baht(rowIn(amounts)) : ''}
                  </td>
                </tr>
                {issues.rows[m.memberNo] && (
                  <tr className="meeting-grid__rowmsg">
                    <td colSpan={span} role="alert">
                      ⚠ {issues.rows[m.memberNo]}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
        <tfoot>
          <tr data-testid="meeting-totals">
            <th scope="row" colSpan={2}>
              {t.totalRow}
            </th>
            <td className="col-num" data-label={t.cols.pledge} data-testid="total-pledge">
              {baht(totals.pledge)}
            </td>
            <td className="col-num" data-label={t.cols.specialDeposit}>
              {baht(totals.specialDeposit)}
            </td>
            <td className="col-num" data-label={t.cols.specialWithdrawal}>
              {baht(totals.specialWithdrawal)}
            </td>
            {maxLoans > 0 && (
              <td className="col-num" data-label={t.cols.loan}>
                {baht(totals.loans)}
              </td>
            )}
            <td className="col-num" data-label={t.cols.fine}>
              {baht(totals.fine)}
            </td>
            <td className="col-num" data-label={t.colRowTotal} data-testid="total-in">
              {baht(totals.cashIn)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
