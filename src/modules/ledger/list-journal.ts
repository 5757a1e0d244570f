import { sql } from 'kysely';
import type { UseCaseContext } from '../../server/context.js';
import { accountByCode } from './chart.js';
import type { TJournalEntry } from './ledger.schemas.js';
import { requireGroup } from './read-group.js';

export interface JournalFilter {
  from?: string | undefined;
  to?: string | undefined;
  memberNo?: number | undefined;
  batchNo?: number | undefined;
  entryNos?: number[] | undefined;
  limit: number;
  offset: number;
}

/** A page of a group's journal, newest first, each entry with its lines and who reversed it. */
export async function listJournal(
  ctx: UseCaseContext,
  groupId: string,
  f: JournalFilter,
): Promise<{ items: TJournalEntry[]; total: number }> {
  const group = await requireGroup(ctx, groupId);
  let q = ctx.db.selectFrom('journal_entry as e').where('e.group_id', '=', group.id);
  if (f.from) q = q.where('e.posted_on', '>=', f.from);
  if (f.to) q = q.where('e.posted_on', '<=', f.to);
  if (f.batchNo !== undefined) q = q.where('e.batch_no', '=', String(f.batchNo));
  if (f.entryNos) q = q.where('e.entry_no', 'in', f.entryNos.length ? f.entryNos.map(String) : ['-1']);
  if (f.memberNo !== undefined) {
    const m = f.memberNo;
    q = q.where((eb) =>
      eb.or([
        eb('e.member_no', '=', m),
        eb.exists(
          eb
            .selectFrom('journal_line as l')
            .select('l.line_no')
            .whereRef('l.group_id', '=', 'e.group_id')
            .whereRef('l.entry_no', '=', 'e.entry_no')
            .where('l.member_no', '=', m),
        ),
      ]),
    );
  }
  const { total } = await q.select(sql<string>`count(*)`.as('total')).executeTakeFirstOrThrow();
  const entries = await q
    .selectAll('e')
    .select((eb) =>
      eb
        .selectFrom('journal_entry as r')
        .select('r.entry_no')
        .whereRef('r.group_id', '=', 'e.group_id')
        .whereRef('r.reverses_entry_no', '=', 'e.entry_no')
        .as('reversed_by'),
    )
    .orderBy('e.posted_on', 'desc')
    .orderBy('e.entry_no', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  const nos = entries.map((e) => Number(e.entry_no));
  const lines = nos.length
    ? await ctx.db
        .selectFrom('journal_line')
        .selectAll()
        .where('group_id', '=', group.id)
        .where('entry_no', 'in', nos.map(String))
        .orderBy('entry_no')
        .orderBy('line_no')
        .execute()
    : [];
  return {
    total: Number(total),
    items: entries.map((e) => ({
      entryNo: Number(e.entry_no),
      postedOn: e.posted_on,
      recordedAt: e.recorded_at.toISOString(),
      kind: e.kind,
      memo: e.memo,
      memberNo: e.member_no,
      loanNo: e.loan_no,
      batchNo: e.batch_no === null ? null : Number(e.batch_no),
      reversesEntryNo: e.reverses_entry_no === null ? null : Number(e.reverses_entry_no),
      reversedByEntryNo: e.reversed_by === null ? null : Number(e.reversed_by),
      reason: e.reason,
      lines: lines
        .filter((l) => l.entry_no === e.entry_no)
        .map((l) => ({
          lineNo: l.line_no,
          accountCode: l.account_code,
          accountNameTh: accountByCode(l.account_code)?.nameTh ?? l.account_code,
          memberNo: l.member_no,
          loanNo: l.loan_no,
          amount: Number(l.amount),
        })),
    })),
  };
}
