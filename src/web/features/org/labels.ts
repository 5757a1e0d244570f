import type { OrgUnit, OrgUnitKind } from '../../api/types.js';
import { th } from '../../i18n/th.js';

const BANGKOK_ID = '10';

type UnitLike = { id: string; kind: OrgUnitKind; nameTh: string; villageNo?: number | null | undefined };

/** "จังหวัด", "อำเภอ"… ("เขต"/"แขวง" in Bangkok). */
export function kindLabel(u: Pick<UnitLike, 'id' | 'kind'>): string {
  return u.id.startsWith(BANGKOK_ID) && u.id.length > 2 ? th.org.bangkokKind(u.kind) : th.org.kind(u.kind);
}

function villageNoOf(u: UnitLike): number | null {
  if (u.villageNo) return u.villageNo;
  // Official village ids are the 6-digit subdistrict id plus a 2-digit village number.
  return u.kind === 'village' && /^\d{8}$/.test(u.id) ? Number(u.id.slice(6)) : null;
}

/** The name as written in Thai: "อำเภอเมืองขอนแก่น", "แขวงดุสิต", "หมู่ที่ 3 บ้านโนน", "กรมการพัฒนาชุมชน". */
export function unitName(u: UnitLike): string {
  switch (u.kind) {
    case 'department':
    case 'work_group':
      return u.nameTh;
    case 'village': {
      const no = villageNoOf(u);
      return no ? `${th.org.villageNo(no)} ${u.nameTh}` : u.nameTh;
    }
    default: {
      const prefix = kindLabel(u);
      return th.org.fullNames.includes(u.nameTh) || u.nameTh.startsWith(prefix) ? u.nameTh : `${prefix}${u.nameTh}`;
    }
  }
}

/** "อักษรย่อ ขก" for provinces; extra detail shown beside a unit's name. */
export function unitDetail(u: Pick<OrgUnit, 'kind' | 'letterPrefix'>): string {
  return u.kind === 'province' && u.letterPrefix ? th.org.letterPrefix(u.letterPrefix) : '';
}

/** Ancestors from the first one inside the user's scope down to the end of the chain. */
export function inScopeChain<T extends { id: string }>(chain: T[], scopeIds: Set<string>): T[] {
  const start = chain.findIndex((a) => scopeIds.has(a.id));
  return start < 0 ? [] : chain.slice(start);
}

/**
 * The kind of a unit known only by id and name (account roles carry no kind): official codes are
 * 2 (จังหวัด), 4 (อำเภอ), 6 (ตำบล) and 8 digits or "<ตำบล>-NN" (หมู่บ้าน); anything else is shown as named.
 */
export function kindFromId(id: string): OrgUnitKind | null {
  if (id === 'TH') return 'department';
  if (/^\d{2}$/.test(id)) return 'province';
  if (/^\d{4}$/.test(id)) return 'district';
  if (/^\d{6}$/.test(id)) return 'subdistrict';
  if (/^\d{8}$/.test(id) || /^\d{6}-\d{2}$/.test(id)) return 'village';
  return null;
}

/** unitName() for a unit known only by id and name. */
export function unitNameById(id: string, nameTh: string): string {
  const kind = kindFromId(id);
  return kind ? unitName({ id, kind, nameTh }) : nameTh;
}
