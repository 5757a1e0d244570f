// The unit's groups by their latest development level (ระดับ 1–3, or not yet assessed).
import type { Dashboard } from '../../api/reports-types.js';
import { format, th } from '../../i18n/th.js';
import { Table } from '../../ui/Table.js';
import { ShareBar, Swatch } from './ShareBar.js';

type Row = { level: number | null; groups: number; index: number };

export const levelLabel = (level: number | null): string =>
  level === null ? th.dashboard.levels.unassessed : th.dashboard.levels.level(level);

export function LevelsSection({ levels }: { levels: Dashboard['groupsByLevel'] }) {
  const t = th.dashboard.levels;
  // Levels in order, "not assessed" last, and every level shown even when the API leaves it out.
  const count = (level: number | null) => levels.find((l) => l.level === level)?.groups ?? 0;
  const known = [...new Set([1, 2, 3, ...levels.flatMap((l) => (l.level === null ? [] : [l.level]))])].sort(
    (a, b) => a - b,
  );
  const rows: Row[] = [...known, null].map((level, index) => ({ level, groups: count(level), index }));
  const unit = th.savings.overview.groupsUnit;
  return (
    <section aria-labelledby="levels-h" className="dash-panel" data-testid="dashboard-levels">
      <h2 id="levels-h" className="section-title">
        {t.title}
      </h2>
      <ShareBar
        label={t.share}
        tone="levels"
        parts={rows.map((r) => ({
          key: String(r.level),
          label: levelLabel(r.level),
          value: r.groups,
          text: `${format.number(r.groups)} ${unit}`,
        }))}
      />
      <Table<Row>
        caption={t.title}
        captionHidden
        testId="levels-table"
        rows={rows}
        rowKey={(r) => String(r.level)}
        columns={[
          {
            key: 'level',
            header: t.colLevel,
            cell: (r) => (
              <>
                <Swatch index={r.index} tone="levels" />
                {levelLabel(r.level)}
              </>
            ),
          },
          {
            key: 'groups',
            header: t.colGroups,
            className: 'col-num',
            cell: (r) => <span data-testid={`level-${r.level ?? 'none'}`}>{format.number(r.groups)}</span>,
          },
        ]}
      />
    </section>
  );
}
