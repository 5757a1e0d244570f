// The fund at a glance: balances with the reconciliation, the project's KPIs against their
// targets, and participants and savings by office.
import type { Fund, FundReport } from '../../api/fund-types.js';
import { format } from '../../i18n/th.js';
import { thFund } from '../../i18n/th-fund.js';
import { Alert } from '../../ui/Alert.js';
import { Card } from '../../ui/Page.js';
import { Fact, Facts } from '../../ui/Facts.js';
import { Table } from '../../ui/Table.js';
import { thaiDate } from '../savings/dates.js';
import { baht } from '../savings/money.js';
import './fund.css';

export function FundSummary({ fund, report }: { fund: Fund; report: FundReport }) {
  const t = thFund.overview;
  const rec = report.reconciliation;
  return (
    <>
      <Card>
        <Facts>
          <Fact label={t.period} value={`${thaiDate(fund.startsOn)} – ${thaiDate(fund.endsOn)}`} />
          <Fact label={t.pledge} value={`${baht(fund.pledgePerDay)} ${thFund.baht}`} />
          <Fact
            label={t.participants}
            value={`${format.number(fund.participants)} คน (${t.target(fund.targetParticipants)})`}
          />
          <Fact label={t.bank} value={`${fund.bankName} ${fund.bankAccountNo}`} />
        </Facts>
      </Card>
      <Card title={t.balances}>
        <dl className="fund-balances" data-testid="fund-balances">
          <div>
            <dt>{t.savings}</dt>
            <dd data-testid="balance-savings">{baht(fund.balances.savings)}</dd>
          </div>
          <div>
            <dt>{t.cashOnHand}</dt>
            <dd data-testid="balance-cash">{baht(fund.balances.cashOnHand)}</dd>
          </div>
          <div>
            <dt>{t.bankBalance}</dt>
            <dd data-testid="balance-bank">{baht(fund.balances.bank)}</dd>
          </div>
          <div>
            <dt>{t.assistance}</dt>
            <dd>{baht(fund.balances.assistancePaid)}</dd>
          </div>
        </dl>
        <Alert tone={rec.reconciled ? 'success' : 'error'}>{rec.reconciled ? t.reconciled : t.notReconciled}</Alert>
      </Card>
      <Table
        caption={t.kpis}
        cards
        testId="fund-kpis"
        rows={report.kpis}
        rowKey={(k) => k.code}
        columns={[
          { key: 'label', header: t.kpi, cell: (k) => k.labelTh },
          {
            key: 'target',
            header: t.kpiTarget,
            className: 'col-num',
            cell: (k) => (k.target === null ? '–' : `${format.number(k.target)} ${k.unitTh}`),
          },
          {
            key: 'actual',
            header: t.kpiActual,
            className: 'col-num',
            cell: (k) => `${format.number(k.actual)} ${k.unitTh}`,
          },
          { key: 'met', header: '', cell: (k) => (k.met === null ? '' : k.met ? t.met : t.notMet) },
        ]}
      />
      <Table
        caption={t.byUnit}
        cards
        testId="fund-units"
        rows={report.byUnit}
        rowKey={(u) => u.id}
        columns={[
          { key: 'unit', header: t.unit, cell: (u) => u.nameTh },
          { key: 'people', header: t.people, className: 'col-num', cell: (u) => format.number(u.participants) },
          { key: 'keeping', header: t.keeping, className: 'col-num', cell: (u) => format.number(u.keepingPledge) },
          { key: 'saved', header: t.saved, className: 'col-num', cell: (u) => baht(u.saved) },
        ]}
      />
    </>
  );
}
