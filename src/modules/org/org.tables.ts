import type { ColumnType, Generated } from 'kysely';

export type OrgUnitKind = 'department' | 'province' | 'district' | 'subdistrict' | 'village' | 'work_group';

export interface OrgUnitTable {
  id: string;
  kind: OrgUnitKind;
  parent_id: string | null;
  path: string;
  name_th: string;
  name_en: string | null;
  letter_prefix: string | null;
  has_office: Generated<boolean>;
  village_no: number | null;
  created_at: ColumnType<Date, never, never>;
}

export interface OrgTables {
  org_unit: OrgUnitTable;
}
