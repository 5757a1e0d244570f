import { AppError, notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { memberOf, organiserReads, requireCallRead } from './award-access.js';
import { committeeOf, findCall, fullName } from './awards.repository.js';
import type { TResults } from './awards.schemas.js';
import { effectiveStatus } from './call-state.js';
import { AGGREGATION_TH, criterionDto, nomineeDtos, tieBreakLabel, unitRef } from './call-view.js';
import { computeResults } from './compute-results.js';
import { conflictKey } from './conflicts.js';
import { nominationSummaries } from './nomination-view.js';
import { formatRatio, fromTenths } from './points.js';

/**
 * Every score, each dossier's aggregate and spread flag, and the ranking with the tie-break that
 * settled each tie. Sealed until the chair closes scoring (403 for everyone, the chair included);
 * then open to the committee, and to the organising office once announced.
 */
export async function getResults(ctx: UseCaseContext, callId: string): Promise<TResults> {
  const call = await findCall(ctx.db, callId);
  if (!call) throw notFound();
  const members = await committeeOf(ctx.db, callId);
  requireCallRead(ctx.actor, call, members);
  const status = effectiveStatus(call, ctx.clock);
  const member = memberOf(ctx.actor, members);
  const allowed =
    (member && !['draft', 'open', 'scoring'].includes(status)) ||
    (status === 'announced' && organiserReads(ctx.actor, call));
  if (!allowed) {
    throw new AppError({
      code: 'scores_sealed',
      kind: 'forbidden',
      messageTh: member
        ? 'ผลคะแนนรวมและการจัดอันดับดูได้หลังประธานปิดการให้คะแนนแล้วเท่านั้น'
        : 'ผลคะแนนของกรรมการดูได้เฉพาะคณะกรรมการ และผู้จัดการประกวดหลังประกาศผล',
      messageEn: 'Results are sealed',
    });
  }
  const r = await computeResults(ctx.db, call);
  const summaries = new Map((await nominationSummaries(ctx.db, [...r.nominations.values()])).map((s) => [s.id, s]));
  return {
    callId,
    status,
    aggregationRuleTh: AGGREGATION_TH[call.aggregation],
    spreadThreshold: fromTenths(call.spread_threshold_tenths),
    judges: r.judges.map((m) => ({ memberId: m.id, fullName: fullName(m), titleTh: m.title_th, role: m.role })),
    categories: r.categories.map((c) => ({
      code: c.category.code,
      nameTh: c.category.name_th,
      criteria: c.criteria.map(criterionDto),
      ranking: c.ranked.map((e) => {
        const n = r.nominations.get(e.id)!;
        return {
          rank: e.rank,
          nominationId: e.id,
          unit: unitRef({ id: n.org_unit_id, kind: n.unit_kind, name_th: n.unit_name_th }),
          entryName: n.entry_name,
          nominees: summaries.get(e.id)?.nominees ?? nomineeDtos([]),
          aggregate: e.aggregate ? formatRatio(e.aggregate.value) : null,
          aggregateExact: e.aggregate ? e.aggregate.value : null,
          judgesCounted: e.aggregate ? e.aggregate.counted + e.aggregate.dropped : 0,
          judgesDropped: e.aggregate?.dropped ?? 0,
          spread: e.spreadTenths === null ? null : fromTenths(e.spreadTenths),
          spreadFlag: e.spreadFlag,
          criterionAggregates: Object.fromEntries(
            Object.entries(e.criterionAggregates).map(([code, a]) => [code, a ? formatRatio(a.value) : null]),
          ),
          separatedBy: e.separatedBy
            ? { ruleNo: e.separatedBy.ruleNo, labelTh: tieBreakLabel(e.separatedBy.rule) }
            : null,
          tiedWithPrevious: e.tiedWithPrevious,
          sheets: r.judges.map((m) => {
            const key = conflictKey(e.id, m.id);
            const sheet = r.sheets.get(key);
            const conflicted = r.conflicts.has(key);
            const points = sheet?.points ?? {};
            return {
              memberId: m.id,
              state: conflicted ? 'conflicted' : sheet?.submitted ? 'submitted' : sheet ? 'in_progress' : 'not_started',
              total: sheet ? fromTenths(Object.values(points).reduce((s, v) => s + v, 0)) : null,
              scores: Object.fromEntries(Object.entries(points).map(([code, v]) => [code, fromTenths(v)])),
              comments: sheet?.comments ?? {},
            };
          }),
        };
      }),
    })),
  };
}
