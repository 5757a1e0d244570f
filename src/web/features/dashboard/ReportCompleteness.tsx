// Who in the area has sent the reports asked of them: each open request with its deadline and how
// many offices reported on time, late or not yet (the request page has the full matrix).
import type { Dashboard, ReportCompletenessRow } from '../../api/reports-types.js';
import { Link } from '../../router.js';
import { format, th } from '../../i18n/th.js';
import { Table } from '../../ui/Table.js';
import { thaiDate } from '../savings/dates.js';

export function ReportCompleteness({ reports }: { reports: Dashboard['reports'] }) {
  const t = th.dashboard.reports;
  const { totals } = reports;
  return (
    <section aria-labelledby="dash-reports-h" data-testid="dashboard-reports">
      <h2 id="dash-reports-h" className="section-title">
        {t.title}
      </h2>
      <p className="muted section-intro">{t.intro(totals.requests)}</p>
      <Table<ReportCompletenessRow>
        caption={t.title}
        captionHidden
        cards
        rowTestId="dashboard-report"
        rows={reports.requests}
        rowKey={(r) => r.id}
        columns={[
          {
            key: 'title',
            header: t.colRequest,
            className: 'col-primary',
            cell: (r) => (
              <>
                <Link to={`/requests/${r.id}`}>{r.title}</Link>
                <span className="entry-note">{r.issuerNameTh}</span>
              </>
            ),
          },
          {
            key: 'deadline',
            header: t.colDeadline,
            cell: (r) => (
              <>
                {thaiDate(r.deadline)} {r.overdue && <span className="tag tag--error">{t.overdue}</span>}
              </>
            ),
          },
          {
            key: 'progress',
            header: t.colProgress,
            cell: (r) => (
              <div className="campaign-meter">
                <span>{t.submitted(r.onTime + r.late, r.expected)}</span>
                <progress
                  className="meter"
                  max={r.expected}
                  value={r.onTime + r.late}
                  aria-label={t.submitted(r.onTime + r.late, r.expected)}
                />
              </div>
            ),
          },
          { key: 'onTime', header: t.onTime, className: 'col-num', cell: (r) => format.number(r.onTime) },
          { key: 'late', header: t.late, className: 'col-num', cell: (r) => format.number(r.late) },
          { key: 'missing', header: t.missing, className: 'col-num', cell: (r) => format.number(r.missing) },
        ]}
      />
      <p className="muted">{t.totals(totals.onTime, totals.late, totals.missing)}</p>
    </section>
  );
}
