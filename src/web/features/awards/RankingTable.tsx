// One category's ranking after close: aggregate to 2 decimals, judges counted (and trimmed off),
// the spread of judge totals with its flag, and which tie-break rule placed an entry below an
// equal one; then the per-criterion averages the tie-breaks read.
import type { RankEntry, Results } from '../../api/awards-types.js';
import { thAwards } from '../../i18n/th-awards.js';
import { Table } from '../../ui/Table.js';
import { NomineeList, points } from './labels.js';

type Category = Results['categories'][number];

export function RankingTable({ category: k, spreadThreshold }: { category: Category; spreadThreshold: number }) {
  const t = thAwards.results;
  return (
    <Table<RankEntry>
      caption={t.caption(k.nameTh)}
      captionHidden
      cards
      rows={k.ranking}
      rowKey={(e) => e.nominationId}
      rowTestId="rank-row"
      testId={`ranking-${k.code}`}
      columns={[
        { key: 'rank', header: t.rank, className: 'col-narrow col-mono', cell: (e) => e.rank },
        {
          key: 'unit',
          header: t.unit,
          cell: (e) => (
            <div>
              <strong data-testid="rank-unit">{e.unit.nameTh}</strong>
              {e.entryName && ` — ${e.entryName}`}
              <NomineeList nominees={e.nominees} entryName={e.entryName} />
            </div>
          ),
        },
        {
          key: 'aggregate',
          header: t.aggregate,
          className: 'col-mono',
          cell: (e) => <strong data-testid="rank-aggregate">{e.aggregate ?? t.noScore}</strong>,
        },
        { key: 'judges', header: t.judges, cell: (e) => t.counted(e.judgesCounted, e.judgesDropped) },
        {
          key: 'spread',
          header: t.spread,
          cell: (e) => (
            <div>
              {e.spread === null ? t.noScore : points(e.spread)}
              {e.spreadFlag && (
                <span className="aw-flag" data-testid="spread-flag">
                  {t.spreadFlag(spreadThreshold)}
                </span>
              )}
            </div>
          ),
        },
        {
          key: 'tie',
          header: t.tie,
          cell: (e) =>
            e.separatedBy ? (
              <span data-testid="separated-by">{t.tieBy(e.separatedBy.ruleNo, e.separatedBy.labelTh)}</span>
            ) : e.tiedWithPrevious ? (
              <span className="aw-flag">{t.tiedUnresolved}</span>
            ) : (
              t.noScore
            ),
        },
      ]}
    />
  );
}

export function CriterionTable({ category: k }: { category: Category }) {
  const t = thAwards.results;
  return (
    <Table<RankEntry>
      caption={t.criterionCaption(k.nameTh)}
      captionHidden
      cards
      rows={k.ranking}
      rowKey={(e) => e.nominationId}
      columns={[
        { key: 'unit', header: t.unit, className: 'col-primary', cell: (e) => `${e.rank}. ${e.unit.nameTh}` },
        ...k.criteria.map((c) => ({
          key: c.code,
          header: t.criterionHead(c.code, c.maxPoints),
          className: 'col-mono',
          cell: (e: RankEntry) => e.criterionAggregates[c.code] ?? t.noScore,
        })),
      ]}
    />
  );
}
