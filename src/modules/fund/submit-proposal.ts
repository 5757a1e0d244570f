import { AppError, notFound, validationError, type FieldIssue } from '../../kernel/errors.js';
import { sum, satang } from '../../kernel/money.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { areaName } from '../org/index.js';
import { submitReportIn, unitSubmission } from '../requests/index.js';
import type { TProposal, TProposalInput } from './assistance.schemas.js';
import { requireFundRead, surveysIn } from './fund-access.js';
import { lockFund } from './fund.repository.js';
import { householdsByIds } from './household.repository.js';
import { proposalDtos } from './list-proposals.js';

const conflict = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'conflict', messageTh, messageEn });

/**
 * A district office proposes help for households it surveyed (seed 000 §3.5: who, what help, what
 * it costs, why) and sends it to the province as its answer to the fund's report request, in one
 * transaction. A proposal the province sent back may be revised and sent again, as long as no plan
 * has taken up its items.
 */
export async function submitProposal(ctx: UseCaseContext, fundId: string, input: TProposalInput): Promise<TProposal> {
  return ctx.db.transaction().execute(async (trx) => {
    // The fund's row serialises proposals (one per district) and their numbering.
    const fund = await lockFund(trx, fundId);
    requireFundRead(ctx.actor, fund);
    const district = await trx
      .selectFrom('org_unit')
      .select(['id', 'path', 'kind', 'name_th'])
      .where('id', '=', input.districtId)
      .executeTakeFirst();
    if (!district || district.kind !== 'district' || !district.path.startsWith(fund.org_path)) throw notFound();
    const districtTh = areaName('district', district.name_th);
    if (!surveysIn(ctx.actor, district.path)) {
      throw new AppError({
        code: 'forbidden',
        kind: 'forbidden',
        messageTh: `ข้อเสนอของ${districtTh} ต้องจัดทำโดยสำนักงานพัฒนาชุมชนอำเภอนั้นเอง`,
        messageEn: 'Only the district office itself proposes for its households',
      });
    }
    if (!fund.proposal_request_id) {
      throw conflict(
        'proposals_not_open',
        'จังหวัดยังไม่ได้เปิดรับข้อเสนอโครงการขอรับความช่วยเหลือ',
        'The province has not asked for proposals',
      );
    }
    const issues: FieldIssue[] = [];
    if (input.items.length === 0) {
      issues.push({ path: 'items', messageTh: 'กรุณาเสนอครัวเรือนอย่างน้อยหนึ่งครัวเรือน', messageEn: 'No items' });
    }
    const households = new Map(
      (
        await householdsByIds(
          trx,
          input.items.map((i) => i.householdId),
        )
      ).map((h) => [h.id, h]),
    );
    const seen = new Set<string>();
    input.items.forEach((item, i) => {
      const h = households.get(item.householdId);
      const path = `items.${i}.householdId`;
      if (!h || h.fund_id !== fund.id || h.district_id !== district.id) {
        issues.push({
          path,
          messageTh: `ไม่พบครัวเรือนนี้ในทะเบียนครัวเรือนเป้าหมายของ${districtTh} (เสนอได้เฉพาะครัวเรือนในเขตอำเภอของท่าน)`,
          messageEn: 'Not a household this district registered for the fund',
        });
      } else if (seen.has(item.householdId)) {
        issues.push({ path, messageTh: `ครัวเรือนเลขที่ ${h.household_no} ถูกเสนอซ้ำ`, messageEn: 'Proposed twice' });
      }
      seen.add(item.householdId);
    });
    if (issues.length) throw validationError(issues);

    const submission = await unitSubmission(trx, fund.proposal_request_id, district.id);
    if (!submission) throw notFound();
    const prior = await trx
      .selectFrom('fund_proposal')
      .select(['id', 'version'])
      .where('fund_id', '=', fund.id)
      .where('district_id', '=', district.id)
      .executeTakeFirst();
    let proposalId: string;
    let version = 1;
    const now = ctx.clock.now();
    if (prior) {
      if (submission.status !== 'returned') {
        throw conflict(
          'proposal_already_sent',
          `${districtTh} ส่งข้อเสนอแล้ว แก้ไขได้เมื่อจังหวัดส่งกลับให้แก้ไขเท่านั้น`,
          'Already sent; it can change only if the province returns it',
        );
      }
      const planned = await trx
        .selectFrom('fund_plan_item as pi')
        .innerJoin('fund_proposal_item as i', 'i.id', 'pi.proposal_item_id')
        .select('pi.plan_id')
        .where('i.proposal_id', '=', prior.id)
        .executeTakeFirst();
      if (planned) {
        throw conflict(
          'proposal_in_plan',
          'ข้อเสนอนี้ถูกนำเข้าแผนการให้ความช่วยเหลือแล้ว แก้ไขไม่ได้',
          'A plan already includes this proposal',
        );
      }
      version = prior.version + 1;
      proposalId = prior.id;
      await trx.deleteFrom('fund_proposal_item').where('proposal_id', '=', prior.id).execute();
      await trx
        .updateTable('fund_proposal')
        .set({ summary_th: input.summaryTh, version, submitted_by: ctx.actor.userId, submitted_at: now })
        .where('id', '=', prior.id)
        .execute();
    } else {
      ({ id: proposalId } = await trx
        .insertInto('fund_proposal')
        .values({
          fund_id: fund.id,
          district_id: district.id,
          submission_id: submission.id,
          summary_th: input.summaryTh,
          submitted_by: ctx.actor.userId,
          submitted_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow());
    }
    await trx
      .insertInto('fund_proposal_item')
      .values(
        input.items.map((item, i) => ({
          proposal_id: proposalId,
          household_id: item.householdId,
          help_kind: item.helpKind,
          help_th: item.helpTh,
          cost: item.cost,
          reason_th: item.reasonTh,
          sort_order: i + 1,
        })),
      )
      .execute();
    const total = sum(input.items.map((i) => satang(i.cost)));
    // The district's answer to the report request: the matrix sums households and cost.
    await submitReportIn(trx, ctx, submission.id, {
      households: input.items.length,
      cost: total,
      summary: input.summaryTh,
      proposal_ref: `${district.id}-${version}`,
    });
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: prior ? 'fund_proposal.resubmit' : 'fund_proposal.submit',
      entityType: 'fund_proposal',
      entityId: proposalId,
      orgUnitId: district.id,
      after: { version, total, items: input.items },
      requestId: ctx.requestId,
    });
    const [dto] = await proposalDtos(trx, fund, [proposalId]);
    return dto!;
  });
}
