import type { ColumnType } from 'kysely';

export interface AnomalyResolutionTable {
  group_id: string;
  rule: string;
  subject: string;
  note: string;
  resolved_by: string;
  resolved_at: ColumnType<Date, Date | undefined, never>;
}

export interface AnomaliesTables {
  anomaly_resolution: AnomalyResolutionTable;
}
