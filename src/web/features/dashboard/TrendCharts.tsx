// The four trend charts of a dashboard: savings (pledged and special, stacked), members, loans
// (lent all time and still outstanding) and borrowers, 12 end-of-month values each.
import type { Dashboard } from '../../api/reports-types.js';
import { th } from '../../i18n/th.js';
import { monthLong } from './months.js';
import { TrendChart } from './TrendChart.js';

export function TrendCharts({ trend }: { trend: Dashboard['trend'] }) {
  const t = th.dashboard.trends;
  const months = trend.map((m) => m.month);
  const pick = (k: keyof Dashboard['trend'][number]) => trend.map((m) => Number(m[k]));
  return (
    <section aria-labelledby="trends-h" data-testid="dashboard-trends">
      <h2 id="trends-h" className="section-title">
        {t.title}
      </h2>
      {months.length > 0 && (
        <p className="muted section-intro">{t.note(monthLong(months[0]!), monthLong(months[months.length - 1]!))}</p>
      )}
      <div className="chart-grid">
        <TrendChart
          title={t.savings}
          months={months}
          kind="stacked"
          measure="money"
          testId="chart-savings"
          series={[
            { key: 'pledged', label: t.pledged, values: pick('pledgedSavings') },
            { key: 'special', label: t.special, values: pick('specialSavings') },
          ]}
        />
        <TrendChart
          title={t.members}
          months={months}
          kind="line"
          measure="people"
          testId="chart-members"
          series={[{ key: 'members', label: t.members, values: pick('members') }]}
        />
        <TrendChart
          title={t.loans}
          months={months}
          kind="line"
          measure="money"
          testId="chart-loans"
          series={[
            { key: 'lent', label: t.lent, values: pick('lent') },
            { key: 'outstanding', label: t.outstanding, values: pick('outstanding') },
          ]}
        />
        <TrendChart
          title={t.borrowers}
          months={months}
          kind="line"
          measure="people"
          testId="chart-borrowers"
          series={[{ key: 'borrowers', label: t.borrowers, values: pick('borrowers') }]}
        />
      </div>
    </section>
  );
}
