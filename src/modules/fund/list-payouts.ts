import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import type { TPayout } from './assistance.schemas.js';
import { payoutRows } from './assistance.repository.js';
import { canReadHousehold, requireFundRead } from './fund-access.js';
import { findFund } from './fund.repository.js';

type Q = Kysely<DB> | Transaction<DB>;

export async function payoutDtos(db: Q, fundId: string, only?: number[]): Promise<TPayout[]> {
  const rows = await payoutRows(db, fundId, only);
  if (rows.length === 0) return [];
  const nos = rows.map((r) => r.payout_no);
  const [files, followUps] = await Promise.all([
    db
      .selectFrom('fund_payout_file as pf')
      .innerJoin('stored_file as f', 'f.id', 'pf.file_id')
      .select(['pf.payout_no', 'pf.kind', 'f.id', 'f.file_name', 'f.content_type'])
      .where('pf.fund_id', '=', fundId)
      .where('pf.payout_no', 'in', nos)
      .orderBy('f.created_at')
      .execute(),
    db
      .selectFrom('fund_follow_up')
      .selectAll()
      .where('fund_id', '=', fundId)
      .where('payout_no', 'in', nos)
      .orderBy('visited_on')
      .orderBy('recorded_at')
      .execute(),
  ]);
  return rows.map((r) => ({
    payoutNo: r.payout_no,
    planId: r.plan_id,
    itemNo: r.item_no,
    district: { id: r.district_id, nameTh: r.district_name_th },
    helpKind: r.help_kind,
    paidOn: r.paid_on,
    amount: satang(Number(r.amount)),
    receiptNo: r.receipt_no,
    entryNo: Number(r.entry_no),
    reversedByEntryNo: r.reversed_by === null ? null : Number(r.reversed_by),
    files: files
      .filter((f) => f.payout_no === r.payout_no)
      .map((f) => ({ id: f.id, fileName: f.file_name, contentType: f.content_type, kind: f.kind })),
    followUps: followUps
      .filter((f) => f.payout_no === r.payout_no)
      .map((f) => ({ id: f.id, visitedOn: f.visited_on, outcome: f.outcome, noteTh: f.note_th })),
  }));
}

/** Payouts of the households the viewer may read: all for the fund officers, its own for a district. */
export async function listPayouts(ctx: UseCaseContext, fundId: string): Promise<{ items: TPayout[] }> {
  const fund = await findFund(ctx.db, fundId);
  requireFundRead(ctx.actor, fund);
  const visible = (await payoutRows(ctx.db, fund.id))
    .filter((p) => canReadHousehold(ctx.actor, { district_path: p.district_path }))
    .map((p) => p.payout_no);
  return { items: visible.length ? await payoutDtos(ctx.db, fund.id, visible) : [] };
}
