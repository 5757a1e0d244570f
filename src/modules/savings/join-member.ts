// A person joins a group: a member number, beneficiaries, and the entry fee posted to the books,
// all in one ledger write (idempotent, so a double-clicked "save" does not enrol twice).
import { AppError, validationError, type FieldIssue } from '../../kernel/errors.js';
import { civilDate, compareDates } from '../../kernel/dates.js';
import { formatBaht, neg, satang } from '../../kernel/money.js';
import { isValidThaiId, normalizeThaiId } from '../../kernel/thai-id.js';
import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { ACCOUNTS, ledgerWrite, recordMembership } from '../ledger/index.js';
import { pledgeAllowed } from './rules.js';
import { rulesOn } from './savings.repository.js';
import type { TJoinMemberRequest, TMember } from './savings.schemas.js';
import { getMemberIn } from './get-member.js';

export async function joinMember(
  ctx: UseCaseContext,
  groupId: string,
  input: TJoinMemberRequest,
  idempotencyKey: string | undefined,
): Promise<TMember> {
  const { result } = await ledgerWrite(
    ctx,
    { groupId, idempotencyKey, operation: 'member.join', request: input, permission: 'savings:manage' },
    async ({ trx, group, book, post }) => {
      const joinedOn = civilDate(input.joinedOn);
      const thaiId = normalizeThaiId(input.thaiId);
      const issues: FieldIssue[] = [];
      if (!isValidThaiId(thaiId)) {
        issues.push({
          path: 'thaiId',
          messageTh: 'เลขประจำตัวประชาชนไม่ถูกต้อง (ต้องมี 13 หลักและเลขตรวจสอบถูกต้อง)',
          messageEn: 'Invalid Thai citizen ID',
        });
      }
      const bpTotal = input.beneficiaries.reduce((a, b) => a + b.shareBp, 0);
      if (input.beneficiaries.length > 0 && bpTotal !== 10000) {
        issues.push({
          path: 'beneficiaries',
          messageTh: `สัดส่วนของผู้รับผลประโยชน์รวมกันได้ร้อยละ ${bpTotal / 100} ต้องรวมกันเท่ากับร้อยละ 100`,
          messageEn: `Beneficiary shares sum to ${bpTotal / 100} %, not 100 %`,
        });
      }
      const rules = await rulesOn(trx, group.id, joinedOn);
      if (!rules) {
        issues.push({
          path: 'joinedOn',
          messageTh: 'วันที่สมัครต้องไม่ก่อนวันที่ก่อตั้งกลุ่ม (ยังไม่มีระเบียบกลุ่มที่มีผลในวันนั้น)',
          messageEn: 'No group rules in force on that date',
        });
      } else if (!pledgeAllowed(rules.rules, input.monthlyPledge)) {
        issues.push({
          path: 'monthlyPledge',
          messageTh: `เงินสัจจะรายเดือน ${formatBaht(satang(input.monthlyPledge))} บาท ไม่ตรงกับที่ระเบียบกลุ่มกำหนด`,
          messageEn: 'Monthly pledge is not one the rules allow',
        });
      }
      if (compareDates(joinedOn, book.today) > 0) {
        issues.push({ path: 'joinedOn', messageTh: 'วันที่สมัครต้องไม่เกินวันนี้', messageEn: 'Join date is in the future' });
      }
      if (issues.length) throw validationError(issues);
      const existing = await trx
        .selectFrom('group_member')
        .select('member_no')
        .where('group_id', '=', group.id)
        .where('thai_id', '=', thaiId)
        .executeTakeFirst();
      if (existing) {
        throw new AppError({
          code: 'already_member',
          kind: 'conflict',
          messageTh: `บุคคลนี้เป็นสมาชิกของกลุ่มนี้อยู่แล้ว (สมาชิกเลขที่ ${existing.member_no})`,
          messageEn: `Already member ${existing.member_no} of this group`,
        });
      }
      const { max } = await trx
        .selectFrom('group_member')
        .select((eb) => eb.fn.max('member_no').as('max'))
        .where('group_id', '=', group.id)
        .executeTakeFirstOrThrow();
      const memberNo = (max ?? 0) + 1;
      await trx
        .insertInto('group_member')
        .values({
          group_id: group.id,
          member_no: memberNo,
          thai_id: thaiId,
          title: input.title,
          first_name: input.firstName,
          last_name: input.lastName,
          birth_date: input.birthDate ?? null,
          phone: input.phone ?? null,
          address: input.address,
          joined_on: joinedOn,
          monthly_pledge: input.monthlyPledge,
        })
        .execute();
      await recordMembership(trx, group.id, joinedOn, 1);
      if (input.beneficiaries.length) {
        await trx
          .insertInto('member_beneficiary')
          .values(
            input.beneficiaries.map((b, i) => ({
              group_id: group.id,
              member_no: memberNo,
              seq: i + 1,
              full_name: b.fullName,
              relation: b.relation,
              share_bp: b.shareBp,
            })),
          )
          .execute();
      }
      const fee = rules!.rules.entryFee;
      if (fee > 0) {
        const amount = satang(fee);
        await post([
          {
            postedOn: joinedOn,
            kind: 'member_join',
            memo: `ค่าธรรมเนียมแรกเข้า สมาชิกเลขที่ ${memberNo}`,
            memberNo,
            lines: [
              { account: ACCOUNTS.cash, amount },
              { account: ACCOUNTS.entryFeeIncome, amount: neg(amount) },
            ],
          },
        ]);
      }
      const member = await getMemberIn(trx, group.id, memberNo);
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'member.join',
        entityType: 'group_member',
        entityId: `${group.id}:${memberNo}`,
        orgUnitId: group.orgUnitId,
        after: { ...member, thaiId: undefined },
        requestId: ctx.requestId,
      });
      return member;
    },
  );
  return result;
}
