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
  /** Set by the database's chain trigger (migration 0036). */
  chain_seq: ColumnType<string, never, never>;
  hash: ColumnType<Uint8Array, never, never>;
}

/** The last link of each org unit's audit chain ('' for records of no unit). */
export interface AuditChainHeadTable {
  chain: string;
  seq: ColumnType<string, number, number>;
  hash: Uint8Array;
}

export interface AuditTables {
  audit_log: AuditLogTable;
  audit_chain_head: AuditChainHeadTable;
}
