// ปิดบัญชีประจำปี: in one ledger write, post the special-savings interest, the closing entry and the
// allocation (all dated `through`), then lock the books through that date and keep the computation.
// The entries go in before closeThrough because the closed period would refuse them afterwards.
import { civilDate } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { closeThrough, ledgerWrite, type EntryDraft } from '../ledger/index.js';
import { computeYearEnd } from './compute-year-end.js';
import { yearEndEntries } from './year-end-entries.js';
import { insertClose } from './year-end.repository.js';
import type { TYearEndClose, TYearEndRequest } from './year-end.schemas.js';

export async function closeYear(
  ctx: UseCaseContext,
  input: { groupId: string; idempotencyKey: string | undefined } & TYearEndRequest,
): Promise<TYearEndClose> {
  const { result } = await ledgerWrite(
    ctx,
    {
      groupId: input.groupId,
      idempotencyKey: input.idempotencyKey,
      operation: 'year_end.post',
      request: { through: input.through },
      permission: 'savings:manage',
    },
    async ({ trx, group, book, post }) => {
      // Computed after ledgerWrite locked the book, so nothing can be posted between this and the close.
      const { computation, pnl } = await computeYearEnd(trx, group.id, input.through, book.today);
      const drafts = yearEndEntries(computation, pnl);
      const entryNo = async (d: EntryDraft | null) => (d ? (await post([d]))[0]! : null);
      const entryNos = {
        interest: await entryNo(drafts.interest),
        closing: await entryNo(drafts.closing),
        allocation: await entryNo(drafts.allocation),
      };
      await closeThrough(trx, book, civilDate(computation.through), 'year');
      const closedAt = ctx.clock.now();
      await insertClose(trx, {
        groupId: group.id,
        through: computation.through,
        periodFrom: computation.periodFrom,
        netProfit: computation.netProfit,
        entryNos,
        computation,
        closedBy: ctx.actor.userId,
        closedAt,
      });
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'year_end.close',
        entityType: 'savings_group',
        entityId: group.id,
        orgUnitId: group.orgUnitId,
        after: {
          through: computation.through,
          periodFrom: computation.periodFrom,
          netProfit: computation.netProfit,
          pools: computation.pools.map((p) => ({ pool: p.pool, amount: p.amount, movedToReserve: p.movedToReserve })),
          entryNos,
        },
        requestId: ctx.requestId,
      });
      return {
        groupId: group.id,
        through: computation.through,
        periodFrom: computation.periodFrom,
        netProfit: computation.netProfit,
        entryNos,
        closedAt: closedAt.toISOString(),
        computation,
      };
    },
  );
  return result;
}
