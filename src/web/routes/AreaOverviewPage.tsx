// /groups/overview: the dashboard of one area's savings groups — the unit chosen in the top bar, or
// ?unit= when drilling down (national → province → district → group) — with the five figures and
// their trend by month, arrears, groups by level, campaigns, a breakdown by child unit and Excel.
import { useMemo, useState } from 'react';
import { reportsApi } from '../api/reports.js';
import { ArrearsSection } from '../features/dashboard/ArrearsSection.js';
import { CampaignSummary } from '../features/dashboard/CampaignSummary.js';
import { ChildrenTable } from '../features/dashboard/ChildrenTable.js';
import { DashboardCrumbs, dashboardUnitName } from '../features/dashboard/DashboardCrumbs.js';
import { LevelsSection } from '../features/dashboard/LevelsSection.js';
import { ReportCompleteness } from '../features/dashboard/ReportCompleteness.js';
import { TrendCharts } from '../features/dashboard/TrendCharts.js';
import { usePrintDetails } from '../features/dashboard/usePrintDetails.js';
import { useCurrentUnit } from '../features/org/current-unit.js';
import { CampaignsSection } from '../features/savings/campaigns/CampaignsSection.js';
import { DateField } from '../features/savings/DateField.js';
import { thaiDate, today } from '../features/savings/dates.js';
import { RollupFigures } from '../features/savings/rollup/RollupFigures.js';
import { th } from '../i18n/th.js';
import { Link, useLocation } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';
import '../features/dashboard/dashboard.css';

export function AreaOverviewPage() {
  const { current, scope } = useCurrentUnit();
  const { query } = useLocation();
  const unit = query.get('unit') || current?.id || (scope.length === 1 ? scope[0]!.id : null);
  // A new unit is a new page: fresh date from the link, sort order, and focus on the heading.
  return <AreaDashboard key={unit ?? ''} unit={unit} initialAsOf={query.get('asOf') || today()} />;
}

function AreaDashboard({ unit, initialAsOf }: { unit: string | null; initialAsOf: string }) {
  const t = th.savings.overview;
  const { scope, scopeLoaded } = useCurrentUnit();
  const scopeIds = useMemo(() => new Set(scope.map((s) => s.id)), [scope]);
  const [asOf, setAsOf] = useState(initialAsOf);
  // Only complete dates are asked for; while one is being typed the last dashboard stays.
  const [shown, setShown] = useState(asOf);
  if (asOf && asOf !== shown) setShown(asOf);
  const { data, error, loading, reload } = useLoad(
    (s) => (unit ? reportsApi.dashboard(unit, shown, s) : Promise.resolve(null)),
    [unit, shown],
  );
  usePrintDetails('.chart__table');
  // The change since the first month of the trend; meaningless where there are no groups.
  const since = data && data.totals.groups > 0 && data.trend.length > 1 ? data.trend[0] : undefined;

  return (
    <Page
      title={t.title}
      before={
        data ? (
          <DashboardCrumbs unit={data.unit} asOf={shown} scopeIds={scopeIds} />
        ) : (
          <p className="crumbs">
            <Link to="/groups">‹ {th.savings.groups.backToList}</Link>
          </p>
        )
      }
      description={data && dashboardUnitName(data.unit)}
      actions={
        data && (
          <a
            className="btn btn--secondary"
            href={reportsApi.dashboardXlsxUrl(data.unit.id, data.asOf)}
            download
            data-testid="dashboard-xlsx"
          >
            {th.dashboard.downloadExcel}
          </a>
        )
      }
    >
      <div className="toolbar toolbar--period">
        <DateField id="rollup-asof" label={t.asOf} value={asOf} onChange={setAsOf} data-testid="rollup-asof" />
        <p className="muted">{t.asOfNote}</p>
      </div>
      {!unit && scopeLoaded && <Alert tone="info">{t.chooseUnit}</Alert>}
      {error && <LoadError message={error} onRetry={reload} />}
      {unit && !data && loading && <Spinner />}
      {data && (
        <div className="stack dashboard" aria-busy={loading || undefined}>
          <section aria-labelledby="rollup-h">
            <h2 id="rollup-h" className="section-title">
              {t.figuresOf(dashboardUnitName(data.unit), thaiDate(data.asOf))}
            </h2>
            <RollupFigures figures={data.totals} since={since && { figures: since, month: since.month }} />
          </section>
          {data.totals.groups === 0 ? (
            <Alert tone="info">{th.dashboard.empty}</Alert>
          ) : (
            <>
              <TrendCharts trend={data.trend} />
              <div className="dash-pair">
                <ArrearsSection arrears={data.arrears} asOf={data.asOf} />
                <LevelsSection levels={data.groupsByLevel} />
              </div>
            </>
          )}
          {data.children.length > 0 && (
            <section aria-labelledby="rollup-children-h">
              <h2 id="rollup-children-h" className="section-title">
                {t.byChild[data.children[0]!.kind]}
              </h2>
              <ChildrenTable rows={data.children} asOf={shown} busy={loading} />
            </section>
          )}
          {data.campaigns.length > 0 && <CampaignSummary campaigns={data.campaigns} asOf={data.asOf} />}
          {data.reports.requests.length > 0 && <ReportCompleteness reports={data.reports} />}
        </div>
      )}
      {/* Only for a unit the dashboard could show: starting a campaign elsewhere would be refused. */}
      {data && <CampaignsSection unit={data.unit.id} />}
    </Page>
  );
}
