import { compareDates, civilDate, formatThaiDate } from '../../kernel/dates.js';
import { validationError, type FieldIssue } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { fundWrite } from './fund-write.js';
import { fullName, nextNo, peopleByIds } from './fund.repository.js';
import type { TParticipant } from './fund.schemas.js';
import { participantsOf } from './list-participants.js';

/**
 * Enrols staff of the fund's office and the districts under it (seed 000: the provincial head,
 * work-group directors, district heads and every staff member, 91 people). People are records:
 * each must be a staff member working in the fund's area, and joins once.
 */
export async function addParticipants(
  ctx: UseCaseContext,
  fundId: string,
  input: { personIds: string[]; joinedOn: string },
  idempotencyKey?: string,
): Promise<{ items: TParticipant[] }> {
  return fundWrite(
    ctx,
    { fundId, idempotencyKey, operation: 'fund_participant.add', request: input, keyOptional: true },
    async ({ trx, fund }) => {
      const issues: FieldIssue[] = [];
      const joinedOn = civilDate(input.joinedOn);
      if (
        compareDates(joinedOn, civilDate(fund.starts_on)) < 0 ||
        compareDates(joinedOn, civilDate(fund.ends_on)) > 0
      ) {
        issues.push({
          path: 'joinedOn',
          messageTh: `วันที่เข้าร่วมต้องอยู่ในช่วงโครงการ (${formatThaiDate(civilDate(fund.starts_on))} – ${formatThaiDate(civilDate(fund.ends_on))})`,
          messageEn: 'Joining date outside the fund period',
        });
      }
      const people = new Map((await peopleByIds(trx, input.personIds)).map((p) => [p.id, p]));
      const already = new Set(
        (
          await trx
            .selectFrom('fund_participant')
            .select('person_id')
            .where('fund_id', '=', fund.id)
            .where('person_id', 'in', input.personIds)
            .execute()
        ).map((r) => r.person_id),
      );
      const seen = new Set<string>();
      input.personIds.forEach((id, i) => {
        const p = people.get(id);
        const path = `personIds.${i}`;
        const push = (messageTh: string, messageEn: string) => issues.push({ path, messageTh, messageEn });
        if (!p || !p.path.startsWith(fund.org_path))
          push('ไม่พบบุคคลนี้ในทะเบียนบุคลากรของจังหวัด', 'Not a person in the fund’s area');
        else if (!p.is_staff) push(`${fullName(p)} ไม่ใช่บุคลากรของสำนักงาน (เข้าร่วมได้เฉพาะเจ้าหน้าที่)`, 'Not staff');
        else if (already.has(id) || seen.has(id)) push(`${fullName(p)} เข้าร่วมโครงการแล้ว`, 'Already a participant');
        seen.add(id);
      });
      if (issues.length) throw validationError(issues);
      let no = await nextNo(trx, 'fund_participant', fund.id);
      const rows = input.personIds.map((id) => ({
        fund_id: fund.id,
        participant_no: no++,
        person_id: id,
        org_unit_id: people.get(id)!.org_unit_id,
        joined_on: joinedOn,
        recorded_by: ctx.actor.userId,
        recorded_at: ctx.clock.now(),
      }));
      await trx.insertInto('fund_participant').values(rows).execute();
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'fund_participant.add',
        entityType: 'staff_fund',
        entityId: fund.id,
        orgUnitId: fund.org_unit_id,
        after: { joinedOn, participants: rows.map((r) => ({ no: r.participant_no, personId: r.person_id })) },
        requestId: ctx.requestId,
      });
      const added = new Set(rows.map((r) => r.participant_no));
      const all = await participantsOf(trx, ctx.actor, fund);
      return { items: all.filter((p) => added.has(p.participantNo)) };
    },
  );
}
