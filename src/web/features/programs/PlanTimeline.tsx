// A Gantt-like view: one bar per step across month columns, overdue in red, done in green. Bars are
// placed by day in percentages, so the chart fits a phone's width without scrolling sideways.
import { civilDate, daysBetween, dateParts, THAI_MONTHS_SHORT, toBuddhistYear } from '../../../kernel/dates.js';
import type { PlanStep } from '../../api/programs-types.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { thaiNumber } from './labels.js';

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function months(from: string, to: string): { start: string; label: string }[] {
  const a = dateParts(civilDate(from));
  const b = dateParts(civilDate(to));
  const out: { start: string; label: string }[] = [];
  for (let y = a.year, m = a.month; y < b.year || (y === b.year && m <= b.month); m === 12 ? (y++, (m = 1)) : m++) {
    out.push({ start: iso(y, m, 1), label: `${THAI_MONTHS_SHORT[m - 1]} ${thaiNumber(toBuddhistYear(y) % 100)}` });
  }
  return out;
}

export function PlanTimeline({ steps, today }: { steps: PlanStep[]; today: string }) {
  const t = thPrograms.plan;
  if (steps.length === 0) return null;
  const firstDay = steps.map((s) => s.startsOn ?? s.dueOn).sort()[0]!;
  const lastDay = steps
    .map((s) => s.dueOn)
    .sort()
    .at(-1)!;
  const cols = months(firstDay, lastDay);
  const end = dateParts(civilDate(lastDay));
  const rangeEnd = iso(end.year, end.month, new Date(Date.UTC(end.year, end.month, 0)).getUTCDate());
  const total = daysBetween(civilDate(cols[0]!.start), civilDate(rangeEnd)) + 1;
  const pct = (d: string) => (daysBetween(civilDate(cols[0]!.start), civilDate(d)) / total) * 100;
  const todayPct = pct(today);
  return (
    <figure className="pg-gantt" data-testid="plan-timeline" aria-label={t.timeline}>
      <div
        className="pg-gantt__months"
        style={{ gridTemplateColumns: `repeat(${cols.length}, 1fr)` }}
        aria-hidden="true"
      >
        {cols.map((c) => (
          <span key={c.start}>{c.label}</span>
        ))}
      </div>
      <ol className="pg-gantt__rows">
        {steps.map((s) => {
          const from = s.startsOn ?? s.dueOn;
          const left = pct(from);
          const width = Math.max(pct(s.dueOn) + 100 / total - left, 1.5);
          const tone = s.status === 'done' ? 'done' : s.overdue ? 'overdue' : s.status;
          return (
            <li key={s.id} className="pg-gantt__row" data-testid="timeline-row" data-overdue={s.overdue || undefined}>
              <span className="pg-gantt__label">
                {thaiNumber(s.seq)}. {s.nameTh}
              </span>
              <span className="pg-gantt__track">
                {todayPct >= 0 && todayPct <= 100 && (
                  <span className="pg-gantt__today" style={{ left: `${todayPct}%` }} />
                )}
                <span
                  className={`pg-gantt__bar pg-gantt__bar--${tone}`}
                  style={{ left: `${left}%`, width: `${Math.min(width, 100 - left)}%` }}
                  title={`${t.statuses[s.status]}${s.overdue ? ` · ${t.overdue}` : ''}`}
                />
              </span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
