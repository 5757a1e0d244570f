import type { ColumnType } from 'kysely';

export interface MemberPassbookLinkTable {
  group_id: string;
  member_no: number;
  token_hash: string;
  issued_by: string;
  issued_at: ColumnType<Date, Date | undefined, Date>;
}

export interface PassbookTables {
  member_passbook_link: MemberPassbookLinkTable;
}
