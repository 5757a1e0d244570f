import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../kernel/errors.js';
import type { UseCaseContext } from '../../server/context.js';
import { requireGroup } from '../ledger/index.js';
import { toMemberSummary } from './savings.mappers.js';
import { memberBalances } from './savings.repository.js';
import type { TMember } from './savings.schemas.js';

export async function getMember(ctx: UseCaseContext, groupId: string, memberNo: number): Promise<TMember> {
  const group = await requireGroup(ctx, groupId);
  return getMemberIn(ctx.db, group.id, memberNo);
}

export async function getMemberIn(
  db: Kysely<DB> | Transaction<DB>,
  groupId: string,
  memberNo: number,
): Promise<TMember> {
  const m = await db
    .selectFrom('group_member')
    .selectAll()
    .where('group_id', '=', groupId)
    .where('member_no', '=', memberNo)
    .executeTakeFirst();
  if (!m) throw notFound();
  const beneficiaries = await db
    .selectFrom('member_beneficiary')
    .select(['full_name', 'relation', 'share_bp'])
    .where('group_id', '=', groupId)
    .where('member_no', '=', memberNo)
    .orderBy('seq')
    .execute();
  const balances = (await memberBalances(db, groupId, memberNo)).get(memberNo);
  return {
    ...toMemberSummary(m, balances),
    title: m.title,
    firstName: m.first_name,
    lastName: m.last_name,
    birthDate: m.birth_date,
    phone: m.phone,
    address: m.address,
    leftOn: m.left_on,
    leaveReason: m.leave_reason,
    beneficiaries: beneficiaries.map((b) => ({ fullName: b.full_name, relation: b.relation, shareBp: b.share_bp })),
    version: m.version,
  };
}
