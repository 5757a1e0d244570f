// One month-by-month chart, drawn by hand in SVG: lines, or stacked bars for parts of a whole. The
// SVG carries a <title> and a <desc> summary; the exact figures are in a "show as table" <details>
// so screen readers, printing and anyone who wants the numbers get them.
import { useId, useRef } from 'react';
import { format, th } from '../../i18n/th.js';
import { Table } from '../../ui/Table.js';
import { baht } from '../savings/money.js';
import { monthLong, monthShort } from './months.js';
import { axisScale, niceTicks, tickLabel, type Measure } from './scale.js';
import { useWidth } from './useWidth.js';

export interface Series {
  key: string;
  label: string;
  values: number[];
}

interface Props {
  title: string;
  /** 'YYYY-MM-01', oldest first, one per value. */
  months: string[];
  series: Series[];
  kind: 'line' | 'stacked';
  measure: Measure;
  testId?: string;
}

const HEIGHT = 200;
const PAD = { top: 10, right: 10, bottom: 26 };
/** Room one month label needs ("มิ.ย. 68" at 12px), so labels never collide on a phone. */
const LABEL_WIDTH = 50;

export function TrendChart({ title, months, series, kind, measure, testId }: Props) {
  const t = th.dashboard.trends;
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const show = (v: number) => (measure === 'money' ? baht(v) : format.number(v));
  const totals = months.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = kind === 'stacked' ? Math.max(0, ...totals) : Math.max(0, ...series.flatMap((s) => s.values));
  const scale = axisScale(measure, max);
  const first = months[0] ?? '';
  const last = months[months.length - 1] ?? '';
  const desc = series
    .map((s) =>
      t.desc(s.label, monthShort(first), show(s.values[0] ?? 0), monthShort(last), show(s.values.at(-1) ?? 0)),
    )
    .join(' · ');

  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart__head">
        <h3 className="chart__title">{title}</h3>
        <ul className="chart__legend">
          {series.map((s, i) => (
            <li key={s.key}>
              <span className={`chart__swatch chart__swatch--${kind} chart--s${i}`} aria-hidden="true" />
              {s.label}
            </li>
          ))}
          <li className="muted">{t.unit(scale.unit)}</li>
        </ul>
      </figcaption>
      <div ref={box} className="chart__box">
        {max === 0 ? (
          <p className="muted chart__empty">{t.noData}</p>
        ) : (
          width > 0 && (
            <svg
              className="chart__svg"
              width={width}
              height={HEIGHT}
              viewBox={`0 0 ${width} ${HEIGHT}`}
              role="img"
              aria-labelledby={`${id}-t ${id}-d`}
            >
              <title id={`${id}-t`}>{title}</title>
              <desc id={`${id}-d`}>{desc}</desc>
              <Plot
                width={width}
                months={months}
                series={series}
                kind={kind}
                max={max / scale.divisor}
                divisor={scale.divisor}
                show={show}
              />
            </svg>
          )
        )}
      </div>
      <details className="chart__table">
        <summary>{t.showTable}</summary>
        <Table<number>
          caption={title}
          captionHidden
          cards
          rows={months.map((_, i) => i)}
          rowKey={(i) => months[i]!}
          columns={[
            {
              key: 'month',
              header: t.month,
              className: 'col-primary',
              cell: (i) => <abbr title={monthLong(months[i]!)}>{monthShort(months[i]!)}</abbr>,
            },
            ...series.map((s) => ({
              key: s.key,
              header: `${s.label} (${measure === 'money' ? th.savings.bahtUnit : th.savings.overview.peopleUnit})`,
              className: 'col-num',
              cell: (i: number) => show(s.values[i] ?? 0),
            })),
            ...(kind === 'stacked'
              ? [{ key: 'total', header: t.total, className: 'col-num', cell: (i: number) => show(totals[i] ?? 0) }]
              : []),
          ]}
        />
      </details>
    </figure>
  );
}

interface PlotProps {
  width: number;
  months: string[];
  series: Series[];
  kind: 'line' | 'stacked';
  /** The largest value in axis units. */
  max: number;
  divisor: number;
  show: (v: number) => string;
}

function Plot({ width, months, series, kind, max, divisor, show }: PlotProps) {
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1]!;
  const left = 12 + 7 * Math.max(...ticks.map((v) => tickLabel(v).length));
  const plotW = Math.max(10, width - left - PAD.right);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const band = plotW / months.length;
  const x = (i: number) => left + band * (i + 0.5);
  const y = (raw: number) => PAD.top + plotH - (raw / divisor / top) * plotH;
  // Label every nth month, counting back from the latest so it is always labelled.
  const every = Math.max(1, Math.ceil(months.length / Math.max(1, Math.floor(plotW / LABEL_WIDTH))));
  const point = (i: number, s: Series) =>
    th.dashboard.trends.point(monthLong(months[i]!), s.label, show(s.values[i] ?? 0));

  return (
    <g>
      {ticks.map((v) => {
        const ty = PAD.top + plotH - (v / top) * plotH;
        return (
          <g key={v} className="chart__grid">
            <line x1={left} x2={left + plotW} y1={ty} y2={ty} />
            <text x={left - 6} y={ty} textAnchor="end" dominantBaseline="middle">
              {tickLabel(v)}
            </text>
          </g>
        );
      })}
      {months.map((m, i) =>
        (months.length - 1 - i) % every === 0 ? (
          <text key={m} className="chart__month" x={x(i)} y={HEIGHT - 8} textAnchor="middle">
            {monthShort(m)}
          </text>
        ) : null,
      )}
      {kind === 'stacked'
        ? months.map((m, i) => {
            let base = 0;
            return (
              <g key={m}>
                {series.map((s, k) => {
                  const v = s.values[i] ?? 0;
                  const y0 = y(base);
                  base += v;
                  return (
                    <rect
                      key={s.key}
                      className={`chart__bar chart--s${k}`}
                      x={x(i) - band * 0.32}
                      width={band * 0.64}
                      y={y(base)}
                      height={Math.max(0, y0 - y(base))}
                    >
                      <title>{point(i, s)}</title>
                    </rect>
                  );
                })}
              </g>
            );
          })
        : series.map((s, k) => (
            <g key={s.key} className={`chart__line chart--s${k}`}>
              <polyline fill="none" points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
              {s.values.map((v, i) => (
                <circle key={months[i]} cx={x(i)} cy={y(v)} r={3}>
                  <title>{point(i, s)}</title>
                </circle>
              ))}
            </g>
          ))}
    </g>
  );
}
