// Who may be nominated in a category (seed 002: "เป็นพัฒนากร/อาสาพัฒนา (อสพ.) สังกัดสำนักงานพัฒนา
// ชุมชนอำเภอ" + "เป็นเครือข่ายในงานพัฒนาชุมชน"). Checked from the person records when named and
// again when the district head endorses, since a record may change in between.
import type { FieldIssue } from '../../kernel/errors.js';
import { fullName, type CategoryRow, type PersonRow } from './awards.repository.js';
import type { NomineeRole } from './awards.tables.js';

export interface NomineeInput {
  personId: string;
  role: NomineeRole;
}

export interface EligibilityContext {
  category: CategoryRow;
  unit: { id: string; path: string; areaTh: string };
  people: readonly PersonRow[];
  positionNames: ReadonlyMap<string, string>;
  networkNames: ReadonlyMap<string, string>;
}

const SHAPE_TH = {
  pair: 'ประเภทคู่ต้องเสนอชื่อเจ้าหน้าที่ 1 คน (staff) และเครือข่าย 1 คน (partner)',
  member: 'ประเภทบุคคลต้องเสนอชื่อ 1 คน (member)',
  group: 'ต้องระบุชื่อกลุ่มหรือผลงาน และผู้ร่วมผลงาน (member) ได้ไม่เกิน 20 คน',
  best_practice: 'ต้องระบุชื่อกลุ่มหรือผลงาน และผู้ร่วมผลงาน (member) ได้ไม่เกิน 20 คน',
} as const;

function shapeOk(kind: CategoryRow['kind'], nominees: readonly NomineeInput[], entryName: string | null): boolean {
  const count = (r: NomineeRole) => nominees.filter((n) => n.role === r).length;
  switch (kind) {
    case 'pair':
      return nominees.length === 2 && count('staff') === 1 && count('partner') === 1;
    case 'member':
      return nominees.length === 1 && count('member') === 1;
    default:
      return !!entryName && count('member') === nominees.length;
  }
}

export function checkNominees(
  e: EligibilityContext,
  nominees: readonly NomineeInput[],
  entryName: string | null,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const push = (path: string, messageTh: string, messageEn: string) => issues.push({ path, messageTh, messageEn });
  if (!shapeOk(e.category.kind, nominees, entryName))
    push('nominees', SHAPE_TH[e.category.kind], 'Wrong nominees for this category');
  const byId = new Map(e.people.map((p) => [p.id, p]));
  const networksTh = e.category.partner_networks.map((c) => e.networkNames.get(c) ?? c).join(', ');
  nominees.forEach((n, i) => {
    const at = `nominees[${i}].personId`;
    const p = byId.get(n.personId);
    if (!p) return push(at, 'ไม่พบบุคคลนี้ในทะเบียน', 'Unknown person');
    if (nominees.findIndex((x) => x.personId === n.personId) !== i)
      return push(at, `${fullName(p)} ถูกระบุซ้ำ`, 'Listed twice');
    const name = fullName(p);
    if (n.role === 'staff') {
      if (!p.position_code || !e.category.staff_positions.includes(p.position_code)) {
        const allowed = e.category.staff_positions.map((c) => e.positionNames.get(c) ?? c).join(' หรือ ');
        push(
          at,
          `${name} ดำรงตำแหน่ง${p.position_th ?? 'ที่ไม่ได้ระบุ'} ต้องเป็น${allowed}`,
          `Position ${p.position_code ?? 'none'} is not one of ${e.category.staff_positions.join(', ')}`,
        );
      }
      if (p.org_unit_id !== e.unit.id) {
        push(at, `${name} ไม่ได้สังกัดสำนักงานพัฒนาชุมชน${e.unit.areaTh}`, 'Not on the staff of the nominating office');
      }
      return;
    }
    if (!p.path.startsWith(e.unit.path)) {
      push(at, `${name} ไม่ได้อยู่ในพื้นที่${e.unit.areaTh}`, "Not in the nominating office's area");
    }
    const networks = p.networks ?? [];
    if (e.category.partner_networks.length && !e.category.partner_networks.some((c) => networks.includes(c))) {
      push(at, `${name} ไม่ได้เป็นเครือข่ายที่กำหนด (${networksTh})`, 'Not in any of the listed networks');
    }
  });
  return issues;
}
