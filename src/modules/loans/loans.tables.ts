import type { ColumnType, Generated } from 'kysely';

type Money = ColumnType<string, number, number>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
type NullableBig = ColumnType<string | null, number | null | undefined, number | null>;

export interface LoanTable {
  group_id: string;
  loan_no: number;
  member_no: number;
  loan_type: string;
  loan_type_name_th: string;
  purpose: string;
  principal: Money;
  annual_rate_bp: number;
  method: 'flat' | 'declining';
  term_months: number;
  penalty_per_late: Money;
  applied_on: ColumnType<string, string, string>;
  status: Generated<'applied' | 'approved' | 'rejected' | 'disbursed' | 'written_off'>;
  entered_by: string;
  decided_by: string | null;
  decided_on: NullableDate;
  decision_note: string | null;
  disbursed_on: NullableDate;
  first_due_on: NullableDate;
  disbursement_entry_no: NullableBig;
  written_off_on: NullableDate;
  write_off_entry_no: NullableBig;
  version: Generated<number>;
}

export interface LoanGuarantorTable {
  group_id: string;
  loan_no: number;
  member_no: number;
}

/** Maintained with every posting that touches a loan (migration 0012); read by the arrears dashboards. */
export interface LoanPositionTable {
  group_id: string;
  loan_no: number;
  outstanding: Money;
  unpaid_since: NullableDate;
}

export interface LoansTables {
  loan: LoanTable;
  loan_guarantor: LoanGuarantorTable;
  loan_position: LoanPositionTable;
}
