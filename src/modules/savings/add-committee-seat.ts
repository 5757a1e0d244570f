// คณะกรรมการ: a member takes a seat on one of the group's committees for a term. One person may sit
// on several committees; a committee has one chair and one treasurer at any time.
import { AppError, notFound, validationError } from '../../kernel/errors.js';
import { civilDate, compareDates } from '../../kernel/dates.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { requireGroup } from '../ledger/index.js';
import { getGroupIn } from './get-group.js';
import type { TAddSeatRequest, TGroup } from './savings.schemas.js';

const SINGLE_ROLES = new Set(['chair', 'treasurer', 'secretary']);

export async function addCommitteeSeat(ctx: UseCaseContext, groupId: string, input: TAddSeatRequest): Promise<TGroup> {
  const group = await requireGroup(ctx, groupId, 'savings:manage');
  const start = civilDate(input.termStart);
  const end = civilDate(input.termEnd);
  if (compareDates(end, start) < 0) {
    throw validationError([
      { path: 'termEnd', messageTh: 'วันสิ้นสุดวาระต้องไม่ก่อนวันเริ่มวาระ', messageEn: 'Term ends before it starts' },
    ]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('ledger_book').select('group_id').where('group_id', '=', group.id).forUpdate().execute();
    const member = await trx
      .selectFrom('group_member')
      .select(['status'])
      .where('group_id', '=', group.id)
      .where('member_no', '=', input.memberNo)
      .executeTakeFirst();
    if (!member) throw notFound();
    if (member.status !== 'active') {
      throw validationError([
        { path: 'memberNo', messageTh: 'กรรมการต้องเป็นสมาชิกที่ยังไม่พ้นสภาพ', messageEn: 'Member has left' },
      ]);
    }
    const clash = await trx
      .selectFrom('committee_seat')
      .select(['member_no', 'role'])
      .where('group_id', '=', group.id)
      .where('committee', '=', input.committee)
      .where('term_start', '<=', end)
      .where('term_end', '>=', start)
      .where((eb) => eb.or([eb('member_no', '=', input.memberNo), eb('role', '=', input.role)]))
      .execute();
    const taken = clash.find((s) => s.member_no === input.memberNo || SINGLE_ROLES.has(s.role));
    if (taken) {
      throw new AppError({
        code: 'seat_taken',
        kind: 'conflict',
        messageTh:
          taken.member_no === input.memberNo
            ? 'สมาชิกนี้มีตำแหน่งในคณะกรรมการชุดนี้ในช่วงวาระดังกล่าวแล้ว'
            : 'ตำแหน่งนี้มีผู้ดำรงตำแหน่งในช่วงวาระดังกล่าวแล้ว',
        messageEn: 'Seat or member already taken for an overlapping term',
      });
    }
    const { max } = await trx
      .selectFrom('committee_seat')
      .select((eb) => eb.fn.max('seat_no').as('max'))
      .where('group_id', '=', group.id)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('committee_seat')
      .values({
        group_id: group.id,
        seat_no: (max ?? 0) + 1,
        committee: input.committee,
        role: input.role,
        member_no: input.memberNo,
        term_start: start,
        term_end: end,
      })
      .execute();
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'savings_group.committee_seat',
      entityType: 'savings_group',
      entityId: group.id,
      orgUnitId: group.orgUnitId,
      after: input,
      requestId: ctx.requestId,
    });
    return getGroupIn(trx, group.id);
  });
}
