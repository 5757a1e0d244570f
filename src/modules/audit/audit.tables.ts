import type { ColumnType, Generated } from 'kysely';

export interface AuditLogTable {
  id: Generated<string>;
  at: ColumnType<Date, Date | undefined, never>;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  org_unit_id: string | null;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
  request_id: string | null;
}

export interface AuditTables {
  audit_log: AuditLogTable;
}
