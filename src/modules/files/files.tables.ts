import type { ColumnType, Generated } from 'kysely';

export interface StoredFileTable {
  id: Generated<string>;
  org_unit_id: string;
  file_name: string;
  content_type: string;
  byte_size: number;
  sha256: string;
  content: Uint8Array;
  created_by: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface FilesTables {
  stored_file: StoredFileTable;
}
