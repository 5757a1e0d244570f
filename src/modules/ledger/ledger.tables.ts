import type { ColumnType } from 'kysely';

type MoneyColumn = ColumnType<string, number, never>;
type DateColumn = ColumnType<string, string, never>;

export interface LedgerAccountTable {
  code: string;
  name_th: string;
  name_en: string;
  type: 'asset' | 'liability' | 'equity' | 'income' | 'expense';
  subledger: 'none' | 'member' | 'loan';
  sort_order: number;
}

export interface LedgerBookTable {
  group_id: string;
  next_entry_no: ColumnType<string, number | undefined, number>;
  closed_through: ColumnType<string | null, string | null | undefined, string>;
  head_hash: ColumnType<Uint8Array, Uint8Array | undefined, Uint8Array>;
}

// Journal rows are insert-only: the database refuses updates and deletes.
export interface JournalEntryTable {
  group_id: string;
  entry_no: ColumnType<string, number, never>;
  posted_on: DateColumn;
  recorded_at: ColumnType<Date, Date | undefined, never>;
  kind: string;
  memo: ColumnType<string, string | undefined, never>;
  member_no: ColumnType<number | null, number | null | undefined, never>;
  loan_no: ColumnType<number | null, number | null | undefined, never>;
  batch_no: ColumnType<string | null, number | null | undefined, never>;
  reverses_entry_no: ColumnType<string | null, number | null | undefined, never>;
  reason: ColumnType<string | null, string | null | undefined, never>;
  recorded_by: ColumnType<string | null, string | null, never>;
  hash: ColumnType<Uint8Array, Uint8Array, never>;
}

export interface JournalLineTable {
  group_id: string;
  entry_no: ColumnType<string, number, never>;
  line_no: number;
  account_code: string;
  member_no: ColumnType<number | null, number | null | undefined, never>;
  loan_no: ColumnType<number | null, number | null | undefined, never>;
  amount: MoneyColumn;
}

export interface LedgerRequestTable {
  group_id: string;
  idempotency_key: string;
  operation: string;
  request_hash: string;
  response: ColumnType<unknown, string, never>;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, never, never>;
}

export interface LedgerPeriodCloseTable {
  group_id: string;
  closed_through: DateColumn;
  kind: 'month' | 'year';
  closed_by: string | null;
  closed_at: ColumnType<Date, never, never>;
}

export interface LedgerTables {
  ledger_account: LedgerAccountTable;
  ledger_book: LedgerBookTable;
  journal_entry: JournalEntryTable;
  journal_line: JournalLineTable;
  ledger_request: LedgerRequestTable;
  ledger_period_close: LedgerPeriodCloseTable;
  request_idempotency: RequestIdempotencyTable;
  group_month_figure: GroupMonthFigureTable;
  member_balance: MemberBalanceTable;
}

export interface RequestIdempotencyTable {
  user_id: string;
  idempotency_key: string;
  operation: string;
  request_hash: string;
  response: ColumnType<unknown, string, never>;
  recorded_at: ColumnType<Date, never, never>;
}

type Delta = ColumnType<string, number | undefined, number>;

export interface GroupMonthFigureTable {
  group_id: string;
  month: ColumnType<string, string, never>;
  members: ColumnType<number, number | undefined, number>;
  pledged: Delta;
  special: Delta;
  outstanding: Delta;
  lent: Delta;
  borrowers: ColumnType<number, number | undefined, number>;
}

export interface MemberBalanceTable {
  group_id: string;
  member_no: number;
  pledged: Delta;
  special: Delta;
  outstanding: Delta;
}
