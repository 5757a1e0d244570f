import type { OrgUnitRow } from './org.repository.js';
import type { TOrgUnit } from './org.schemas.js';

export function toOrgUnitDto(r: OrgUnitRow): TOrgUnit {
  return {
    id: r.id,
    kind: r.kind,
    parentId: r.parent_id,
    path: r.path,
    nameTh: r.name_th,
    nameEn: r.name_en,
    letterPrefix: r.letter_prefix,
    hasOffice: r.has_office,
    villageNo: r.village_no,
    childCount: Number(r.child_count ?? 0),
  };
}
