// รายงาน: the group's financial statements, cash book and day-by-day summary for a chosen period,
// and the whole books as an Excel file.
import { useState } from 'react';
import { reportsApi } from '../../../api/reports.js';
import type { Period } from '../../../api/savings-types.js';
import { th } from '../../../i18n/th.js';
import { href, useLocation } from '../../../router.js';
import { LoadError } from '../../../ui/LoadError.js';
import { Spinner } from '../../../ui/Page.js';
import { Tabs } from '../../../ui/Tabs.js';
import { useLoad } from '../../../ui/useLoad.js';
import { DateField } from '../DateField.js';
import { today } from '../dates.js';
import { groupPath } from '../labels.js';
import { ActivityView } from './ActivityView.js';
import { CashBookView } from './CashBookView.js';
import { FinancialStatementsView } from './FinancialStatementsView.js';

const REPORTS = ['statements', 'cash-book', 'activity'] as const;
type Report = (typeof REPORTS)[number];

const startOfYear = (d: string) => `${d.slice(0, 4)}-01-01`;

export function ReportsSection({ groupId }: { groupId: string }) {
  const t = th.savings.reports;
  const { query } = useLocation();
  const report: Report = REPORTS.find((r) => r === query.get('report')) ?? 'statements';
  const [from, setFrom] = useState(() => startOfYear(today()));
  const [to, setTo] = useState(today);
  // Only complete, valid dates are asked for; while one is being typed the last period stays.
  const [period, setPeriod] = useState<Period>({ from, to });
  if (from && to && (from !== period.from || to !== period.to)) setPeriod({ from, to });

  return (
    <section aria-labelledby="reports-h">
      <div className="section-head">
        <h2 id="reports-h" className="section-title">
          {t.title}
        </h2>
        <a
          className="btn btn--secondary"
          href={reportsApi.workbookUrl(groupId, period.to)}
          download
          data-testid="books-xlsx"
        >
          {t.downloadExcel}
        </a>
      </div>
      <div className="toolbar toolbar--period">
        <DateField id="rep-from" label={t.from} value={from} onChange={setFrom} data-testid="report-from" />
        <DateField id="rep-to" label={t.to} value={to} onChange={setTo} data-testid="report-to" />
      </div>
      <Tabs
        label={t.which}
        active={report}
        items={REPORTS.map((r) => ({
          key: r,
          label: t.reports[r],
          to: href(groupPath(groupId), { tab: 'reports', report: r === 'statements' ? null : r }),
        }))}
      />
      <ReportBody groupId={groupId} report={report} period={period} />
    </section>
  );
}

function ReportBody({ groupId, report, period }: { groupId: string; report: Report; period: Period }) {
  const { data, error, loading, reload } = useLoad(
    async (s) => {
      if (report === 'cash-book') return { report, book: await reportsApi.cashBook(groupId, period, s) };
      if (report === 'activity') return { report, summary: await reportsApi.activity(groupId, period, s) };
      return { report, fs: await reportsApi.financialStatements(groupId, period, s) };
    },
    [groupId, report, period.from, period.to],
  );
  if (error) return <LoadError message={error} onRetry={reload} />;
  if (!data || data.report !== report) return <Spinner />;
  return (
    <div className={loading ? 'statement statement--busy' : 'statement'} aria-busy={loading || undefined}>
      {'fs' in data && data.fs && <FinancialStatementsView fs={data.fs} />}
      {'book' in data && data.book && <CashBookView book={data.book} />}
      {'summary' in data && data.summary && <ActivityView summary={data.summary} />}
    </div>
  );
}
