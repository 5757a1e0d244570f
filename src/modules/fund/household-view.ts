// Households as the API shows them. Lists, exports and audit records carry the head's citizen ID
// masked (kernel maskThaiId); only the single-record view gives it whole, to its readers.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { maskThaiId } from '../../kernel/thai-id.js';
import type { Actor } from '../access/index.js';
import { surveysIn } from './fund-access.js';
import { fullName } from './fund.repository.js';
import { membersOf, type HouseholdRow } from './household.repository.js';
import type { THousehold, THouseholdInput, THouseholdSummary } from './household.schemas.js';

export function toHouseholdSummary(h: HouseholdRow): THouseholdSummary {
  return {
    id: h.id,
    householdNo: h.household_no,
    district: { id: h.district_id, nameTh: h.district_name_th },
    village: { id: h.village_id, nameTh: h.village_name_th, villageNo: h.village_no },
    houseNo: h.house_no,
    headName: fullName({ title: h.head_title, first_name: h.head_first_name, last_name: h.head_last_name }),
    headThaiIdMasked: maskThaiId(h.head_thai_id),
    members: Number(h.member_count ?? 0),
    tpmap: h.tpmap,
    vulnerability: h.vulnerability,
    surveyedOn: h.surveyed_on,
  };
}

export async function toHousehold(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  h: HouseholdRow,
): Promise<THousehold> {
  const members = await membersOf(db, h.id);
  return {
    ...toHouseholdSummary(h),
    head: { title: h.head_title, firstName: h.head_first_name, lastName: h.head_last_name },
    headThaiId: h.head_thai_id,
    phone: h.phone,
    memberList: members.map((m) => ({
      title: m.title,
      firstName: m.first_name,
      lastName: m.last_name,
      relation: m.relation,
      birthYearBe: m.birth_year_be,
    })),
    failedIndicators: h.failed_indicators,
    needsTh: h.needs_th,
    version: h.version,
    canEdit: surveysIn(actor, h.district_path),
  };
}

/** What the audit log keeps of a household: everything but the ID in full. */
export function householdAuditView(input: THouseholdInput, thaiId: string) {
  return { ...input, head: { ...input.head, thaiId: maskThaiId(thaiId) } };
}
