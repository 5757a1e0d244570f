// Aggregation and ranking, pure and exact. The rules, as the call states them:
// - Only submitted sheets of judges not conflicted on that dossier count.
// - 'mean': the mean of the counted judges' totals.
// - 'trimmed_mean': with 5 or more counted judges, the highest and the lowest judge total are
//   dropped (one each, whoever gave them) and the rest averaged; with fewer, the plain mean.
// - A criterion's aggregate (used by tie-breaks and shown per item) applies the same rule to the
//   judges' subtotals for that criterion on their own, so it needs no choice of which judge to drop.
// - Spread = highest − lowest counted judge total; flagged when it exceeds the call's threshold.
// - Equal aggregates are separated by the call's tie-break rules in order; each entry reports the
//   rule that put it below the one before. Still equal after every rule: the same rank.
import type { TieBreakRule } from './awards.tables.js';
import { compareRatio, type Ratio } from './points.js';

export type Aggregation = 'mean' | 'trimmed_mean';
export const TRIM_MIN_JUDGES = 5;

export interface SheetInput {
  judgeId: string;
  conflicted: boolean;
  submitted: boolean;
  /** Tenths by leaf criterion code. */
  points: Readonly<Record<string, number>>;
}

export interface DossierInput {
  id: string;
  /** Orders entries that no rule separates (for a stable display), e.g. the unit id. */
  orderKey: string;
  submittedAt: Date;
  sheets: readonly SheetInput[];
}

export interface RankConfig {
  aggregation: Aggregation;
  spreadThresholdTenths: number;
  tieBreaks: readonly TieBreakRule[];
  /** Every criterion code of the rubric (leaves and their parents). */
  criterionCodes: readonly string[];
}

export interface Aggregate {
  value: Ratio;
  counted: number;
  dropped: number;
}

export interface RankedDossier {
  id: string;
  rank: number;
  aggregate: Aggregate | null;
  /** Counted judges' totals in tenths, by judge. */
  totals: { judgeId: string; tenths: number }[];
  excludedJudges: { judgeId: string; why: 'conflicted' | 'not_submitted' }[];
  spreadTenths: number | null;
  spreadFlag: boolean;
  criterionAggregates: Record<string, Aggregate | null>;
  /** The tie-break rule (1-based position in the call's list) that ranked this below the previous entry. */
  separatedBy: { ruleNo: number; rule: TieBreakRule } | null;
  /** Equal to the previous entry on the aggregate and every tie-break rule. */
  tiedWithPrevious: boolean;
}

/** The exact aggregate of judge values (tenths) under the rule; null when nobody counts. */
export function aggregate(values: readonly number[], rule: Aggregation): Aggregate | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const trim = rule === 'trimmed_mean' && sorted.length >= TRIM_MIN_JUDGES;
  const kept = trim ? sorted.slice(1, -1) : sorted;
  return {
    value: { num: kept.reduce((s, v) => s + v, 0), den: kept.length },
    counted: kept.length,
    dropped: sorted.length - kept.length,
  };
}

/** A judge's subtotal for criterion `code`: its own points if a leaf, else its leaves' sum. */
export function subtotal(points: Readonly<Record<string, number>>, code: string): number {
  let s = 0;
  for (const [leaf, v] of Object.entries(points)) if (leaf === code || leaf.startsWith(`${code}.`)) s += v;
  return s;
}

const total = (points: Readonly<Record<string, number>>) => Object.values(points).reduce((s, v) => s + v, 0);

/** Higher first, nobody-scored last. */
function byAggregateDesc(a: Aggregate | null, b: Aggregate | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compareRatio(b.value, a.value);
}

export function rankDossiers(dossiers: readonly DossierInput[], config: RankConfig): RankedDossier[] {
  const scored = dossiers.map((d) => {
    const counted = d.sheets.filter((s) => !s.conflicted && s.submitted);
    const totals = counted.map((s) => ({ judgeId: s.judgeId, tenths: total(s.points) }));
    const values = totals.map((t) => t.tenths);
    const spread = values.length ? Math.max(...values) - Math.min(...values) : null;
    const criterionAggregates: Record<string, Aggregate | null> = {};
    for (const code of config.criterionCodes) {
      criterionAggregates[code] = aggregate(
        counted.map((s) => subtotal(s.points, code)),
        config.aggregation,
      );
    }
    return {
      input: d,
      aggregate: aggregate(values, config.aggregation),
      totals,
      excludedJudges: d.sheets.flatMap((s): RankedDossier['excludedJudges'] =>
        s.conflicted
          ? [{ judgeId: s.judgeId, why: 'conflicted' }]
          : s.submitted
            ? []
            : [{ judgeId: s.judgeId, why: 'not_submitted' }],
      ),
      spreadTenths: spread,
      spreadFlag: spread !== null && values.length >= 2 && spread > config.spreadThresholdTenths,
      criterionAggregates,
    };
  });
  type Scored = (typeof scored)[number];
  const ruleCompare = (rule: TieBreakRule, a: Scored, b: Scored): number =>
    rule.kind === 'criterion'
      ? byAggregateDesc(a.criterionAggregates[rule.code] ?? null, b.criterionAggregates[rule.code] ?? null)
      : a.input.submittedAt.getTime() - b.input.submittedAt.getTime();
  /** The first rule (0-based) on which a and b differ, -1 if none; `order` is that comparison. */
  const firstDifference = (a: Scored, b: Scored): { at: number; order: number } => {
    for (const [i, rule] of config.tieBreaks.entries()) {
      const order = ruleCompare(rule, a, b);
      if (order !== 0) return { at: i, order };
    }
    return { at: -1, order: 0 };
  };
  const sorted = [...scored].sort((a, b) => {
    const byAggregate = byAggregateDesc(a.aggregate, b.aggregate);
    if (byAggregate !== 0) return byAggregate;
    const diff = firstDifference(a, b);
    if (diff.order !== 0) return diff.order;
    return a.input.orderKey < b.input.orderKey ? -1 : a.input.orderKey > b.input.orderKey ? 1 : 0;
  });
  const out: RankedDossier[] = [];
  sorted.forEach((s, i) => {
    const prev = i > 0 ? sorted[i - 1]! : null;
    let separatedBy: RankedDossier['separatedBy'] = null;
    let tied = false;
    if (prev && byAggregateDesc(prev.aggregate, s.aggregate) === 0) {
      const diff = firstDifference(prev, s);
      if (diff.at >= 0) separatedBy = { ruleNo: diff.at + 1, rule: config.tieBreaks[diff.at]! };
      else tied = true;
    }
    out.push({
      id: s.input.id,
      rank: tied ? out[i - 1]!.rank : i + 1,
      aggregate: s.aggregate,
      totals: s.totals,
      excludedJudges: s.excludedJudges,
      spreadTenths: s.spreadTenths,
      spreadFlag: s.spreadFlag,
      criterionAggregates: s.criterionAggregates,
      separatedBy,
      tiedWithPrevious: tied,
    });
  });
  return out;
}
