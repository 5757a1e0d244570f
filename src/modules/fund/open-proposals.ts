import { AppError } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import { createRequestIn, type TCreateRequest } from '../requests/index.js';
import type { TProposalRequestInput } from './assistance.schemas.js';
import { requireFundManage } from './fund-access.js';
import { lockFund } from './fund.repository.js';
import type { TFund } from './fund.schemas.js';
import { fundDto } from './get-fund.js';

export const PROPOSALS_PAGE_TH = 'หน้าข้อเสนอของอำเภอ ในกองทุนออมวันละบาท';

/** The answer every district sends with its proposal; the fund fills it in from the proposal itself. */
export const PROPOSAL_FIELDS: TCreateRequest['fields'] = [
  {
    key: 'households',
    type: 'number',
    labelTh: 'จำนวนครัวเรือนเป้าหมายที่เสนอขอรับความช่วยเหลือ (ครัวเรือน)',
    required: true,
    helpTh: '',
    scale: 0,
    sumInMatrix: true,
  },
  {
    key: 'cost',
    type: 'money',
    labelTh: 'งบประมาณที่เสนอขอรับความช่วยเหลือ',
    required: true,
    helpTh: '',
    sumInMatrix: true,
  },
  { key: 'summary', type: 'text', labelTh: 'สรุปข้อเสนอ', required: false, helpTh: '', multiline: true },
  {
    key: 'proposal_ref',
    type: 'text',
    labelTh: 'เลขอ้างอิงข้อเสนอในระบบกองทุน',
    required: true,
    helpTh: 'กรอกโดยระบบเมื่ออำเภอส่งข้อเสนอจากหน้ากองทุน',
    multiline: false,
  },
];

/**
 * The province asks every district office under it for its assistance proposal (seed 000 §3.5)
 * through a report request, so the proposals show in the completeness matrix with their deadline,
 * on time or late. One request per fund.
 */
export async function openProposals(
  ctx: UseCaseContext,
  fundId: string,
  input: TProposalRequestInput,
  idempotencyKey?: string,
): Promise<TFund> {
  return idempotentWrite(
    ctx,
    { idempotencyKey, operation: 'fund_proposals.open', request: { fundId, ...input } },
    async (trx) => {
      const fund = await lockFund(trx, fundId);
      requireFundManage(ctx.actor, fund);
      if (fund.proposal_request_id) {
        throw new AppError({
          code: 'proposals_already_open',
          kind: 'conflict',
          messageTh: 'กองทุนนี้ส่งคำขอรายงานข้อเสนอโครงการถึงอำเภอแล้ว',
          messageEn: 'The proposal request was already sent',
        });
      }
      const districts = await trx
        .selectFrom('org_unit')
        .select('id')
        .where('parent_id', '=', fund.org_unit_id)
        .where('kind', '=', 'district')
        .where('has_office', '=', true)
        .orderBy('id')
        .execute();
      const request = await createRequestIn(
        trx,
        ctx,
        {
          orgUnitId: fund.org_unit_id,
          title: input.title,
          instructions: input.instructions,
          projectId: fund.project_id,
          letterId: null,
          fields: PROPOSAL_FIELDS,
          deadline: input.deadline,
          lockAfterDeadline: false,
          addressedUnitIds: districts.map((d) => d.id),
          send: true,
          sentOn: input.sentOn,
        },
        // The districts answer on the fund's page (their proposal writes the report); the requests
        // pages send them there instead of letting them fill the report in directly.
        { answeredVia: { path: `/fund/${fund.id}/proposals`, labelTh: PROPOSALS_PAGE_TH } },
      );
      await trx.updateTable('staff_fund').set({ proposal_request_id: request.id }).where('id', '=', fund.id).execute();
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'fund_proposals.open',
        entityType: 'staff_fund',
        entityId: fund.id,
        orgUnitId: fund.org_unit_id,
        after: { requestId: request.id, deadline: input.deadline, districts: districts.length },
        requestId: ctx.requestId,
      });
      return fundDto(trx, ctx.actor, (await lockFund(trx, fund.id))!);
    },
  );
}
