// The forum as the district officer and the province see it: each instrument's indicators with
// what the books say, what the forum entered, the answer that counts and whether it passes; the
// scores and levels; the plan with its budget; the report deadline; and what the viewer may do.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { compareDates, todayInBangkok, type CivilDate } from '../../kernel/dates.js';
import { satang, sub, sum, type Satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import {
  answersOf,
  evidenceOf,
  findForum,
  findPlan,
  findTarget,
  planItemsOf,
  programInstrumentIds,
  resultsOf,
  spendingOf,
  type ForumRow,
} from './assessments.repository.js';
import type { TForum } from './assessments.schemas.js';
import type { ForumContext } from './forum-access.js';
import type { LedgerSource, TInstrument } from './instrument.schemas.js';
import { findInstruments, toInstrument } from './instruments.repository.js';
import { ledgerValues, type LedgerValue } from './ledger-values.js';
import { toTarget } from './list-targets.js';
import { scoreInstrument, type AnswerValue } from './scoring.js';

type Q = Kysely<DB> | Transaction<DB>;

export async function programInstruments(db: Q, programId: string): Promise<TInstrument[]> {
  const ids = await programInstrumentIds(db, programId);
  const rows = new Map((await findInstruments(db, ids)).map((r) => [r.id, r]));
  return ids.map((id) => toInstrument(rows.get(id)!));
}

const key = (instrumentId: string, code: string) => `${instrumentId}/${code}`;

/** Every answer that counts now, and the ledger's own values where an indicator reads the books. */
export async function currentValues(
  db: Q,
  forum: ForumRow,
  instruments: readonly TInstrument[],
): Promise<{
  values: Map<string, AnswerValue>;
  ledger: Map<string, LedgerValue>;
  source: Map<string, 'ledger' | 'entered'>;
}> {
  const values = new Map<string, AnswerValue>();
  const source = new Map<string, 'ledger' | 'entered'>();
  const ledger = new Map<string, LedgerValue>();
  if (forum.status !== 'draft') {
    for (const r of await resultsOf(db, { programId: forum.program_id, groupId: forum.group_id })) {
      values.set(key(r.instrument_id, r.indicator_code), r.value as AnswerValue);
      source.set(key(r.instrument_id, r.indicator_code), r.source);
    }
    return { values, ledger, source };
  }
  const sources = new Set<LedgerSource>();
  for (const i of instruments)
    for (const d of i.dimensions) for (const x of d.indicators) if (x.ledgerSource) sources.add(x.ledgerSource);
  const books = await ledgerValues(db, forum.group_id, forum.held_on as CivilDate, sources);
  for (const i of instruments) {
    for (const d of i.dimensions) {
      for (const x of d.indicators) {
        const v = x.ledgerSource ? books.get(x.ledgerSource) : undefined;
        if (!v) continue;
        ledger.set(key(i.id, x.code), v);
        if (v.value !== null) {
          values.set(key(i.id, x.code), v.value);
          source.set(key(i.id, x.code), 'ledger');
        }
      }
    }
  }
  for (const a of await answersOf(db, { programId: forum.program_id, groupId: forum.group_id })) {
    values.set(key(a.instrument_id, a.indicator_code), a.value as AnswerValue);
    source.set(key(a.instrument_id, a.indicator_code), 'entered');
  }
  return { values, ledger, source };
}

export function instrumentValues(i: TInstrument, values: ReadonlyMap<string, AnswerValue>): Map<string, AnswerValue> {
  const out = new Map<string, AnswerValue>();
  for (const d of i.dimensions)
    for (const x of d.indicators) {
      const v = values.get(key(i.id, x.code));
      if (v !== undefined) out.set(x.code, v);
    }
  return out;
}

function ruleTh(i: TInstrument): string {
  const r = i.result;
  if (r.kind === 'score') return `ผ่านเมื่อได้คะแนนรวมไม่น้อยกว่าร้อยละ ${r.passPercent}`;
  const basis = r.basis === 'overall' ? 'คะแนนรวม' : 'ด้านที่ได้คะแนนต่ำสุด';
  return `ระดับจาก${basis}: ${r.levels.map((l) => `${l.labelTh} (ร้อยละ ${l.minPercent} ขึ้นไป)`).join(', ')}`;
}

export async function forumView(db: Q, ctx: UseCaseContext, fc: ForumContext): Promise<TForum> {
  const forum = await findForum(db, fc.key.programId, fc.key.groupId);
  const instruments = await programInstruments(db, fc.key.programId);
  const current = forum ? await currentValues(db, forum, instruments) : null;
  const answers = forum
    ? new Map((await answersOf(db, fc.key)).map((a) => [key(a.instrument_id, a.indicator_code), a]))
    : new Map();
  const evidence = forum ? await evidenceOf(db, fc.key) : [];
  const today = todayInBangkok(ctx.clock);
  const results = instruments.map((i) => {
    const score = scoreInstrument(i, current ? instrumentValues(i, current.values) : new Map());
    const byCode = new Map(score.indicators.map((s) => [s.code, s]));
    return {
      instrument: {
        id: i.id,
        code: i.code,
        version: i.version,
        titleTh: i.titleTh,
        isSample: i.isSample,
        shapeTh: i.shapeTh,
        createdAt: i.createdAt,
      },
      resultRuleTh: ruleTh(i),
      dimensions: i.dimensions.map((d) => {
        const ds = score.dimensions.find((x) => x.code === d.code)!;
        return {
          code: d.code,
          titleTh: d.titleTh,
          points: ds.points,
          maxPoints: ds.maxPoints,
          percentBp: ds.percentBp,
          indicators: d.indicators.map((x) => {
            const k = key(i.id, x.code);
            const s = byCode.get(x.code)!;
            const entered = answers.get(k);
            return {
              ...x,
              ledger: current?.ledger.get(k) ?? null,
              entered: entered ? { value: entered.value as AnswerValue | null, note: entered.note } : null,
              value: s.value,
              source: current?.source.get(k) ?? null,
              passed: s.value === null ? null : s.passed,
              evidence: evidence
                .filter((e) => e.instrument_id === i.id && e.indicator_code === x.code)
                .map((e) => ({
                  id: e.file_id,
                  fileName: e.file_name,
                  contentType: e.content_type,
                  byteSize: e.byte_size,
                })),
            };
          }),
        };
      }),
      points: score.points,
      maxPoints: score.maxPoints,
      percentBp: score.percentBp,
      level: score.level,
      levelTh: score.levelTh,
      passedIndicators: score.passedIndicators,
      failedIndicators: score.failedIndicators,
      unanswered: score.unanswered,
    };
  });
  const plan = forum ? await planView(db, fc, instruments, today) : null;
  // Re-read: the caller may have just changed the forum's state in this transaction.
  const target = toTarget(ctx, fc.program, (await findTarget(db, fc.key.programId, fc.key.groupId))!);
  const status = forum?.status ?? null;
  const w = fc.canWrite;
  return {
    program: {
      id: fc.program.id,
      titleTh: fc.program.title_th,
      reportDays: fc.program.report_days,
      supportPerGroup: satang(Number(fc.program.support_per_group)),
    },
    target,
    forum: forum
      ? {
          heldOn: forum.held_on,
          place: forum.place,
          participantCount: forum.participant_count,
          participants: forum.participants.map((p) => ({ nameTh: p.nameTh, roleTh: p.roleTh })),
          review: {
            rules: forum.review.rules ?? '',
            committee: forum.review.committee ?? '',
            allocation: forum.review.allocation ?? '',
            notes: forum.review.notes ?? '',
          },
          status: forum.status,
          signedAt: forum.signed_at?.toISOString() ?? null,
          reportedAt: forum.reported_at?.toISOString() ?? null,
          version: forum.version,
        }
      : null,
    instruments: results,
    plan,
    report: target.report,
    can: {
      edit: w && (status === null || status === 'draft'),
      sign: w && status === 'draft' && results.every((r) => r.unanswered === 0),
      editPlan: w && plan !== null && plan.status !== 'adopted',
      adopt: w && plan !== null && plan.status !== 'adopted',
      withdraw: w && plan?.status === 'adopted',
      followUp: w && plan?.status === 'adopted',
      spend: w && plan?.status === 'adopted',
      report: w && status === 'signed' && plan?.status === 'adopted',
    },
  };
}

async function planView(db: Q, fc: ForumContext, instruments: readonly TInstrument[], today: CivilDate) {
  const plan = await findPlan(db, fc.key);
  if (!plan) return null;
  const texts = new Map(
    instruments.flatMap((i) =>
      i.dimensions.flatMap((d) => d.indicators.map((x) => [key(i.id, x.code), x.textTh] as const)),
    ),
  );
  const items = await planItemsOf(db, fc.key);
  const spending = await spendingOf(db, fc.key);
  const budget = satang(Number(plan.budget));
  const spent: Satang = sum(spending.map((s) => satang(Number(s.amount))));
  return {
    status: plan.status,
    budget,
    planned: sum(items.map((x) => satang(Number(x.cost)))),
    spent,
    remaining: sub(budget, spent),
    adoptedOn: plan.adopted_on,
    withdrawnReason: plan.withdrawn_reason,
    items: items.map((x) => ({
      itemNo: x.item_no,
      instrumentId: x.instrument_id,
      indicatorCode: x.indicator_code,
      indicatorTextTh: texts.get(key(x.instrument_id, x.indicator_code)) ?? x.indicator_code,
      action: x.action,
      owner: x.owner,
      dueOn: x.due_on,
      cost: satang(Number(x.cost)),
      status: x.status,
      followUp: x.follow_up,
      overdue:
        x.due_on !== null &&
        x.status !== 'done' &&
        x.status !== 'dropped' &&
        compareDates(x.due_on as CivilDate, today) < 0,
    })),
    spending: spending.map((s) => ({
      seq: s.seq,
      spentOn: s.spent_on,
      amount: satang(Number(s.amount)),
      itemNo: s.item_no,
      note: s.note,
      recordedAt: s.recorded_at.toISOString(),
    })),
  };
}
