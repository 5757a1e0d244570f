// Loads the country's provinces, districts and subdistricts (vendored from thai-address-universal,
// ISC; see README) under the department. Idempotent: existing ids are left alone.
import { readFileSync } from 'node:fs';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { BANGKOK_CODE, PROVINCE_LETTER_PREFIXES } from './province-letter-prefixes.js';
import type { OrgUnitTable } from './org.tables.js';
import type { Insertable } from 'kysely';

type Row = [code: string, nameTh: string, nameEn: string];
interface AdminData {
  source: string;
  provinces: { province: Row; districts: { district: Row; subdistricts: Row[] }[] }[];
}

export const DEPARTMENT_ID = 'TH';
const DATA_FILE = new URL('../../db/seed/thai-admin-units.json', import.meta.url);

export function officialUnits(): Insertable<OrgUnitTable>[] {
  const data = JSON.parse(readFileSync(DATA_FILE, 'utf8')) as AdminData;
  const rows: Insertable<OrgUnitTable>[] = [
    {
      id: DEPARTMENT_ID,
      kind: 'department',
      parent_id: null,
      path: `/${DEPARTMENT_ID}/`,
      name_th: 'กรมการพัฒนาชุมชน',
      name_en: 'Community Development Department',
      letter_prefix: 'มท',
      has_office: true,
      village_no: null,
    },
  ];
  for (const {
    province: [pCode, pTh, pEn],
    districts,
  } of data.provinces) {
    const prefix = PROVINCE_LETTER_PREFIXES[pCode];
    if (!prefix || prefix[0] !== pTh)
      throw new Error(`letter-prefix table disagrees with address data for ${pCode} ${pTh}`);
    const pPath = `/${DEPARTMENT_ID}/${pCode}/`;
    const hasOffice = pCode !== BANGKOK_CODE;
    rows.push({
      id: pCode,
      kind: 'province',
      parent_id: DEPARTMENT_ID,
      path: pPath,
      name_th: pTh,
      name_en: pEn,
      letter_prefix: prefix[1],
      has_office: hasOffice,
      village_no: null,
    });
    for (const {
      district: [dCode, dTh, dEn],
      subdistricts,
    } of districts) {
      const dPath = `${pPath}${dCode}/`;
      rows.push({
        id: dCode,
        kind: 'district',
        parent_id: pCode,
        path: dPath,
        name_th: dTh,
        name_en: dEn,
        letter_prefix: null,
        has_office: hasOffice,
        village_no: null,
      });
      for (const [sCode, sTh, sEn] of subdistricts) {
        rows.push({
          id: sCode,
          kind: 'subdistrict',
          parent_id: dCode,
          path: `${dPath}${sCode}/`,
          name_th: sTh,
          name_en: sEn,
          letter_prefix: null,
          has_office: false,
          village_no: null,
        });
      }
    }
  }
  return rows;
}

let cached: Insertable<OrgUnitTable>[] | undefined;
function rowsOnce() {
  cached ??= officialUnits();
  return cached;
}

export function officialUnitCount(): number {
  return rowsOnce().length;
}

export async function seedOfficialUnits(db: Kysely<DB> | Transaction<DB>): Promise<number> {
  const rows = rowsOnce();
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const res = await db
      .insertInto('org_unit')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    inserted += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}
