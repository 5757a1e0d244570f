// /fund/:id/deposits: the fund officers bank the counted cash and see every deposit with its slip.
import { useState } from 'react';
import { fundApi } from '../api/fund.js';
import { DepositForm } from '../features/fund/DepositForm.js';
import { FundTabs } from '../features/fund/FundTabs.js';
import { thaiDate } from '../features/savings/dates.js';
import { baht } from '../features/savings/money.js';
import { thFund } from '../i18n/th-fund.js';
import { Link } from '../router.js';
import { useToast } from '../ui/Alert.js';
import { Fact, Facts } from '../ui/Facts.js';
import { LoadError } from '../ui/LoadError.js';
import { Card, Page, Spinner } from '../ui/Page.js';
import { Table } from '../ui/Table.js';
import { useLoad } from '../ui/useLoad.js';

export function FundDepositsPage({ id }: { id: string }) {
  const t = thFund.deposit;
  const toast = useToast();
  const [round, setRound] = useState(0);
  const { data, error, reload } = useLoad(
    async (signal) => {
      const [fund, deposits] = await Promise.all([fundApi.get(id, signal), fundApi.deposits(id, signal)]);
      return { fund, deposits: deposits.items };
    },
    [id, round],
  );
  return (
    <Page
      title={t.title}
      before={
        <p className="crumbs">
          <Link to={`/fund/${id}`}>‹ {data?.fund.nameTh ?? thFund.nav}</Link>
        </p>
      }
      description={t.intro}
    >
      {data && <FundTabs fund={data.fund} active="deposits" />}
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <Spinner />}
      {data && (
        <>
          <Card>
            <Facts>
              <Fact
                label={thFund.overview.cashOnHand}
                value={<span data-testid="deposit-cash">{baht(data.fund.balances.cashOnHand)}</span>}
              />
              <Fact
                label={thFund.overview.bankBalance}
                value={<span data-testid="deposit-bank">{baht(data.fund.balances.bank)}</span>}
              />
              <Fact label={thFund.overview.bank} value={`${data.fund.bankName} ${data.fund.bankAccountNo}`} />
            </Facts>
          </Card>
          {data.fund.balances.cashOnHand > 0 ? (
            <DepositForm
              key={round}
              fundId={id}
              cashOnHand={data.fund.balances.cashOnHand}
              onSaved={(d) => {
                toast(t.saved(d.depositNo, baht(d.amount)), 'success');
                setRound((r) => r + 1);
              }}
            />
          ) : (
            <p className="muted" data-testid="nothing-to-deposit">
              {t.nothingToDeposit}
            </p>
          )}
          <Table
            caption={t.list}
            cards
            testId="deposit-list"
            rowTestId="deposit-row"
            rows={data.deposits}
            rowKey={(d) => String(d.depositNo)}
            empty={t.none}
            columns={[
              { key: 'no', header: t.no, className: 'col-num', cell: (d) => d.depositNo },
              { key: 'date', header: t.depositedOn, cell: (d) => thaiDate(d.depositedOn) },
              {
                key: 'slip',
                header: t.slipRef,
                cell: (d) => `${d.slipRef}${d.reversedByEntryNo !== null ? ` · ${t.reversed}` : ''}`,
              },
              { key: 'amount', header: t.amount, className: 'col-num', cell: (d) => baht(d.amount) },
            ]}
          />
        </>
      )}
    </Page>
  );
}
