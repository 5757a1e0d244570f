// ทั่วประเทศ › จังหวัด… › อำเภอ… for the unit on screen. Ancestors above the user's scope are plain
// text: their dashboards would be refused.
import type { Dashboard } from '../../api/reports-types.js';
import { th } from '../../i18n/th.js';
import { Link } from '../../router.js';
import { unitNameById } from '../org/labels.js';
import { overviewPath } from './paths.js';

type UnitLike = { id: string; nameTh: string; kind: string };

/** "ทั่วประเทศ" for the department, else the unit's Thai name with its kind. */
export const dashboardUnitName = (u: UnitLike): string =>
  u.kind === 'department' ? th.dashboard.national : unitNameById(u.id, u.nameTh);

export function DashboardCrumbs({
  unit,
  asOf,
  scopeIds,
}: {
  unit: Dashboard['unit'];
  asOf: string;
  scopeIds: Set<string>;
}) {
  let inScope = false;
  return (
    <nav aria-label={th.dashboard.breadcrumb} className="crumbs" data-testid="dashboard-crumbs">
      <ol>
        {unit.ancestors.map((a) => {
          inScope ||= scopeIds.has(a.id);
          return (
            <li key={a.id}>
              {inScope ? (
                <Link to={overviewPath(a.id, asOf)}>{dashboardUnitName(a)}</Link>
              ) : (
                <span>{dashboardUnitName(a)}</span>
              )}
            </li>
          );
        })}
        <li aria-current="page">
          <span>{dashboardUnitName(unit)}</span>
        </li>
      </ol>
    </nav>
  );
}
