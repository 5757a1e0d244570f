import type { ColumnType } from 'kysely';

type MoneyColumn = ColumnType<string, number, never>;
type DateColumn = ColumnType<string, string, never>;
type EntryNoColumn = ColumnType<string | null, number | null, never>;

// Insert-only: the database refuses updates and deletes (migration 0008).
export interface YearEndCloseTable {
  group_id: string;
  through: DateColumn;
  period_from: DateColumn;
  net_profit: MoneyColumn;
  interest_entry_no: EntryNoColumn;
  closing_entry_no: EntryNoColumn;
  allocation_entry_no: EntryNoColumn;
  computation: ColumnType<unknown, string, never>;
  closed_by: ColumnType<string | null, string | null, never>;
  closed_at: ColumnType<Date, Date, never>;
}

export interface YearEndTables {
  year_end_close: YearEndCloseTable;
}
