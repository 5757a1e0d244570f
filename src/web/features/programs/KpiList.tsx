// A plan's KPIs: each with its target, actual and progress, and where the actual comes from (counted
// by the system from a report request, or recorded by hand). Managers record a manual KPI's actual
// in place.
import { useState } from 'react';
import type { Indicator } from '../../api/programs-types.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { Button } from '../../ui/Button.js';
import { kpiPercent, kpiProgressText, kpiSourceText } from './kpi-labels.js';
import { longDate } from './labels.js';
import { RecordActualForm } from './RecordActualForm.js';

interface Props {
  kpis: Indicator[];
  canManage: boolean;
  today: string;
  onRecorded: (k: Indicator) => void;
}

export function KpiList({ kpis, canManage, today, onRecorded }: Props) {
  const t = thPrograms.kpi;
  const [recording, setRecording] = useState<string | null>(null);
  if (kpis.length === 0) return <p>{thPrograms.plan.noKpis}</p>;
  return (
    <ul className="pg-kpis" data-testid="kpi-list">
      {kpis.map((k) => {
        const pct = kpiPercent(k);
        const computed = k.source !== 'manual';
        return (
          <li key={k.id} className="pg-kpi" data-testid="kpi" data-source={k.source}>
            <p className="pg-kpi__text">{k.textTh}</p>
            {k.kind === 'quantitative' && (
              <>
                <p className="pg-kpi__figure" data-testid="kpi-progress">
                  {kpiProgressText(k)}
                </p>
                {pct !== null && (
                  <progress className="pg-kpi__bar" max={100} value={pct} aria-label={kpiProgressText(k)} />
                )}
              </>
            )}
            <p className="pg-kpi__meta">
              <span
                className={`pg-kpi__source pg-kpi__source--${computed ? 'computed' : 'manual'}`}
                data-testid="kpi-source"
              >
                {kpiSourceText(k)}
              </span>
              {k.actual?.asOf && <span> · {t.asOf(longDate(k.actual.asOf))}</span>}
              {computed && k.actual && !k.actual.asOf && <span> · {t.noSubmissionYet}</span>}
              {!computed && !k.actual && k.kind === 'quantitative' && <span> · {t.noActual}</span>}
              {k.actual?.note && <span> · {k.actual.note}</span>}
            </p>
            {canManage && !computed && k.kind === 'quantitative' && recording !== k.id && (
              <Button small onClick={() => setRecording(k.id)} data-testid="kpi-record">
                {t.record}
              </Button>
            )}
            {recording === k.id && (
              <RecordActualForm
                kpi={k}
                today={today}
                onCancel={() => setRecording(null)}
                onRecorded={(updated) => {
                  setRecording(null);
                  onRecorded(updated);
                }}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
