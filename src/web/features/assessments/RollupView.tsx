// A roll-up as the province or the department reads it: the 60 % plan indicator against its target,
// totals, the report deadlines, a row per province / district / group, the level distribution per
// instrument and the indicators most often failed.
import type { Rollup, RollupFigures } from '../../api/assessments-types.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { Fact, Facts } from '../../ui/Facts.js';
import { Card } from '../../ui/Page.js';
import { Table } from '../../ui/Table.js';
import { baht } from '../savings/money.js';
import { percent } from './labels.js';
import './assessments.css';

const t = thAssessments.rollup;

export function PlanIndicator({ r }: { r: Rollup }) {
  const p = r.planIndicator;
  return (
    <Card title={t.planIndicator}>
      <p className="as-big" data-testid="plan-indicator">
        {t.percent} {percent(p.percentBp)}
      </p>
      <div
        className="as-indicator-bar"
        role="img"
        aria-label={`${t.percent} ${percent(p.percentBp)} ${t.target(percent(p.targetBp))}`}
      >
        <div className="as-indicator-bar__fill" style={{ width: `${p.percentBp / 100}%` }} />
        <div className="as-indicator-bar__target" style={{ left: `${p.targetBp / 100}%` }} />
      </div>
      <p>
        {t.planOf(p.withPlan, p.targets)} · {t.target(percent(p.targetBp))} ·{' '}
        <span className={`as-result ${p.met ? 'as-pass' : 'as-fail'}`} data-testid="plan-indicator-met">
          {p.met ? t.met : t.notMet}
        </span>
      </p>
    </Card>
  );
}

export function RollupTotals({ f }: { f: RollupFigures }) {
  return (
    <Card title={t.title}>
      <Facts>
        <Fact label={t.targets} value={f.targets} />
        <Fact label={t.forums} value={f.forums} />
        <Fact label={t.assessed} value={f.assessed} />
        <Fact label={t.withPlan} value={f.withPlan} />
        <Fact label={t.budget} value={`${baht(f.budget)} บาท`} />
        <Fact label={t.planned} value={`${baht(f.planned)} บาท`} />
        <Fact label={t.spent} value={`${baht(f.spent)} บาท`} />
        <Fact
          label={t.reports}
          value={`${t.onTime} ${f.reportsOnTime} · ${t.late} ${f.reportsLate} · ${t.overdue} ${f.reportsOverdue} · ${t.due} ${f.reportsDue}`}
        />
      </Facts>
    </Card>
  );
}

export function RollupChildren({ r }: { r: Rollup }) {
  if (r.children.length === 0) return null;
  const kind = r.children[0]!.kind;
  type Row = Rollup['children'][number];
  return (
    <Card title={t.children[kind]}>
      <Table<Row>
        caption={t.children[kind]}
        captionHidden
        cards
        rows={r.children}
        rowKey={(c) => c.id}
        testId="rollup-children"
        columns={[
          { key: 'name', header: thAssessments.program.area, cell: (c) => c.nameTh },
          { key: 'targets', header: t.targets, cell: (c) => c.figures.targets },
          { key: 'assessed', header: t.assessed, cell: (c) => c.figures.assessed },
          {
            key: 'plan',
            header: t.withPlan,
            cell: (c) => `${c.figures.withPlan} (${percent(c.figures.planPercentBp)} %)`,
          },
          { key: 'late', header: `${t.reports}: ${t.overdue}`, cell: (c) => c.figures.reportsOverdue },
          { key: 'spent', header: t.spent, cell: (c) => baht(c.figures.spent) },
        ]}
      />
    </Card>
  );
}

export function RollupOutcomes({ r }: { r: Rollup }) {
  return (
    <>
      <Card title={t.levels}>
        {r.levels.map((l) => (
          <div key={l.instrument.id}>
            <h3 className="as-dimension__title">{l.instrument.titleTh}</h3>
            {l.distribution.length === 0 ? (
              <p className="muted">{t.noneAssessed}</p>
            ) : (
              <ul data-testid="level-distribution">
                {l.distribution.map((d) => (
                  <li key={d.levelTh}>
                    {d.levelTh}: {t.groups(d.groups)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </Card>
      <Card title={t.mostFailed}>
        {r.mostFailed.length === 0 ? (
          <p className="muted">{t.noneAssessed}</p>
        ) : (
          <ol data-testid="most-failed">
            {r.mostFailed.map((m) => (
              <li key={`${m.instrumentId}/${m.indicatorCode}`}>
                <strong>{m.indicatorCode}</strong> {m.textTh} — {t.failedOf(m.failed, m.assessed)}
              </li>
            ))}
          </ol>
        )}
      </Card>
    </>
  );
}
