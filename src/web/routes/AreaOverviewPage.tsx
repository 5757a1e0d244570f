// /groups/overview: the savings groups of one area in figures — for the unit chosen in the top bar
// (or ?unit= when drilling down) — with a breakdown by province, district or group, and the
// savings campaigns' progress there.
import { useState } from 'react';
import { reportsApi } from '../api/reports.js';
import { useCurrentUnit } from '../features/org/current-unit.js';
import { unitNameById } from '../features/org/labels.js';
import { CampaignsSection } from '../features/savings/campaigns/CampaignsSection.js';
import { DateField } from '../features/savings/DateField.js';
import { thaiDate, today } from '../features/savings/dates.js';
import { RollupFigures } from '../features/savings/rollup/RollupFigures.js';
import { overviewPath, RollupTable } from '../features/savings/rollup/RollupTable.js';
import { th } from '../i18n/th.js';
import { Link, useLocation } from '../router.js';
import { Alert } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function AreaOverviewPage() {
  const t = th.savings.overview;
  const { current, scope, scopeLoaded } = useCurrentUnit();
  const { query } = useLocation();
  const drilled = query.get('unit');
  const unit = drilled || current?.id || (scope.length === 1 ? scope[0]!.id : null);
  const [asOf, setAsOf] = useState(() => query.get('asOf') || today());
  const [shown, setShown] = useState(asOf);
  if (asOf && asOf !== shown) setShown(asOf);
  const { data, error, loading, reload } = useLoad(
    (s) => (unit ? reportsApi.rollup(unit, shown, s) : Promise.resolve(null)),
    [unit, shown],
  );

  return (
    <Page
      title={t.title}
      before={
        <p className="crumbs">
          {drilled && drilled !== current?.id ? (
            <Link to={overviewPath(null, shown)}>‹ {t.backToCurrent}</Link>
          ) : (
            <Link to="/groups">‹ {th.savings.groups.backToList}</Link>
          )}
        </p>
      }
      description={data && unitNameById(data.orgUnitId, data.orgUnitNameTh)}
    >
      <div className="toolbar toolbar--period">
        <DateField id="rollup-asof" label={t.asOf} value={asOf} onChange={setAsOf} data-testid="rollup-asof" />
        <p className="muted">{t.asOfNote}</p>
      </div>
      {!unit && scopeLoaded && <Alert tone="info">{t.chooseUnit}</Alert>}
      {error && <LoadError message={error} onRetry={reload} />}
      {unit && !data && loading && <Spinner />}
      {data && (
        <div className="stack">
          <section aria-labelledby="rollup-h">
            <h2 id="rollup-h" className="section-title">
              {t.figuresOf(unitNameById(data.orgUnitId, data.orgUnitNameTh), thaiDate(data.asOf))}
            </h2>
            <RollupFigures figures={data.totals} />
          </section>
          <section aria-labelledby="rollup-children-h">
            <h2 id="rollup-children-h" className="section-title">
              {t.byChild[data.children[0]?.kind ?? 'group']}
            </h2>
            <RollupTable rollup={data} asOf={shown} busy={loading} />
          </section>
        </div>
      )}
      {unit && <CampaignsSection unit={unit} />}
    </Page>
  );
}
