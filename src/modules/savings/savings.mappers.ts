import { maskThaiId } from '../../kernel/thai-id.js';
import { satang } from '../../kernel/money.js';
import type { GroupRow } from './savings.repository.js';
import type { TGroupSummary, TMemberSummary } from './savings.schemas.js';

export function toGroupSummary(r: GroupRow): TGroupSummary {
  return {
    id: r.id,
    nameTh: r.name_th,
    orgUnitId: r.org_unit_id,
    orgUnitNameTh: r.org_unit_name_th,
    districtId: r.district_id,
    districtNameTh: r.district_name_th,
    provinceId: r.province_id,
    foundedOn: r.founded_on,
    status: r.status,
    level: r.level ?? null,
    activeMembers: Number(r.active_members ?? 0),
  };
}

export interface MemberRowLike {
  group_id: string;
  member_no: number;
  title: string;
  first_name: string;
  last_name: string;
  thai_id: string;
  joined_on: string;
  monthly_pledge: string;
  status: string;
}

const NO_BALANCES = { pledgedSavings: 0, specialSavings: 0, loansOutstanding: 0 };

export function toMemberSummary(
  m: MemberRowLike,
  b: { pledgedSavings: number; specialSavings: number; loansOutstanding: number } = NO_BALANCES,
): TMemberSummary {
  return {
    groupId: m.group_id,
    memberNo: m.member_no,
    fullName: `${m.title}${m.first_name} ${m.last_name}`,
    thaiIdMasked: maskThaiId(m.thai_id),
    joinedOn: m.joined_on,
    monthlyPledge: satang(Number(m.monthly_pledge)),
    status: m.status,
    balances: {
      pledgedSavings: satang(b.pledgedSavings),
      specialSavings: satang(b.specialSavings),
      loansOutstanding: satang(b.loansOutstanding),
    },
  };
}
