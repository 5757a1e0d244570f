// งบทดลอง: every account's balance as of a date, with the totals that must agree.
import { useState } from 'react';
import { savingsApi } from '../../api/savings.js';
import type { TrialBalance } from '../../api/savings-types.js';
import { th } from '../../i18n/th.js';
import { LoadError } from '../../ui/LoadError.js';
import { Spinner } from '../../ui/Page.js';
import { useLoad } from '../../ui/useLoad.js';
import { DateField } from './DateField.js';
import { thaiDate, today } from './dates.js';
import { baht } from './money.js';

export function TrialBalanceSection({ groupId }: { groupId: string }) {
  const t = th.savings.trialBalance;
  const [asOf, setAsOf] = useState(today);
  const [shown, setShown] = useState(asOf);
  // Only a complete, valid date is asked for; while typing, the last one stays on screen.
  if (asOf && asOf !== shown) setShown(asOf);
  const { data, error, loading, reload } = useLoad((s) => savingsApi.trialBalance(groupId, shown, s), [groupId, shown]);

  return (
    <section aria-labelledby="tb-h">
      <h2 id="tb-h" className="section-title">
        {t.title}
      </h2>
      <div className="toolbar">
        <DateField id="tb-asof" label={t.asOf} value={asOf} onChange={setAsOf} data-testid="tb-asof" />
      </div>
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && loading && <Spinner />}
      {data && <TrialBalanceTable tb={data} busy={loading} />}
    </section>
  );
}

function TrialBalanceTable({ tb, busy }: { tb: TrialBalance; busy: boolean }) {
  const t = th.savings.trialBalance;
  const balanced = tb.totalDebit === tb.totalCredit;
  return (
    <>
      <div className={['table-wrap', busy ? 'table-wrap--busy' : ''].join(' ')} aria-busy={busy || undefined}>
        <table className="table table--ledger" data-testid="trial-balance">
          <caption className="table__caption table__caption--plain">{t.caption(thaiDate(tb.asOf))}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colAccount}</th>
              <th scope="col" className="col-num">
                {t.colDebit}
              </th>
              <th scope="col" className="col-num">
                {t.colCredit}
              </th>
            </tr>
          </thead>
          <tbody>
            {tb.rows.map((r) => (
              <tr key={r.accountCode} data-testid="tb-row">
                <td>
                  <span className="account-code">{r.accountCode}</span> {r.accountNameTh}
                </td>
                <td className="col-num">{r.debit ? baht(r.debit) : ''}</td>
                <td className="col-num">{r.credit ? baht(r.credit) : ''}</td>
              </tr>
            ))}
            {tb.rows.length === 0 && (
              <tr className="table__empty">
                <td colSpan={3}>{t.empty}</td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr data-testid="tb-totals">
              <th scope="row">{t.total}</th>
              <td className="col-num" data-testid="tb-total-debit">
                {baht(tb.totalDebit)}
              </td>
              <td className="col-num" data-testid="tb-total-credit">
                {baht(tb.totalCredit)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className={balanced ? 'balance-check balance-check--ok' : 'balance-check balance-check--bad'} role="status">
        {balanced ? t.balanced : t.unbalanced(baht(Math.abs(tb.totalDebit - tb.totalCredit)))}
      </p>
    </>
  );
}
