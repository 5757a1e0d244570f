import type { ColumnType, Generated } from 'kysely';

/** bigint satang columns come back as strings (one parser for both drivers); written as numbers. */
export type MoneyColumn = ColumnType<string, number, number>;
/** `date` columns come back as 'YYYY-MM-DD' strings. */
export type DateColumn = ColumnType<string, string, string>;

export interface SavingsGroupTable {
  id: Generated<string>;
  name_th: string;
  org_unit_id: string;
  founded_on: DateColumn;
  status: Generated<'active' | 'dissolved'>;
  version: Generated<number>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface GroupLevelTable {
  group_id: string;
  effective_on: DateColumn;
  level: number;
  note: Generated<string>;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, never, never>;
}

export interface GroupRuleSetTable {
  group_id: string;
  effective_from: DateColumn;
  rules: ColumnType<unknown, string, never>;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, never, never>;
}

export interface GroupMemberTable {
  group_id: string;
  member_no: number;
  thai_id: string;
  title: string;
  first_name: string;
  last_name: string;
  birth_date: ColumnType<string | null, string | null, string | null>;
  phone: string | null;
  address: Generated<string>;
  joined_on: DateColumn;
  monthly_pledge: MoneyColumn;
  status: Generated<'active' | 'left'>;
  left_on: ColumnType<string | null, string | null, string | null>;
  leave_reason: 'resigned' | 'deceased' | 'expelled' | null;
  version: Generated<number>;
}

export interface MemberBeneficiaryTable {
  group_id: string;
  member_no: number;
  seq: number;
  full_name: string;
  relation: string;
  share_bp: number;
}

export interface CommitteeSeatTable {
  group_id: string;
  seat_no: number;
  committee: 'executive' | 'loan' | 'audit' | 'promotion';
  role: 'chair' | 'vice_chair' | 'secretary' | 'treasurer' | 'member';
  member_no: number;
  term_start: DateColumn;
  term_end: DateColumn;
}

/** Whether the group leads a community fund management centre (ศูนย์จัดการกองทุนชุมชน), with history. */
export interface GroupFundCentreTable {
  group_id: string;
  effective_on: DateColumn;
  leads: boolean;
  centre_name_th: Generated<string>;
  note: Generated<string>;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, never, never>;
}

export interface SavingsTables {
  savings_group: SavingsGroupTable;
  group_level: GroupLevelTable;
  group_rule_set: GroupRuleSetTable;
  group_member: GroupMemberTable;
  member_beneficiary: MemberBeneficiaryTable;
  committee_seat: CommitteeSeatTable;
  group_fund_centre: GroupFundCentreTable;
}
