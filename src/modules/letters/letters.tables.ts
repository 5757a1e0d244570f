import type { ColumnType, Generated } from 'kysely';

type Moment = ColumnType<Date, never, never>;
type SetMoment = ColumnType<Date, Date | undefined, Date>;
type Json<T> = ColumnType<T, string, string>;

export type LetterSeries = 'outgoing' | 'circular' | 'received';
export type Urgency = 'ด่วน' | 'ด่วนมาก' | 'ด่วนที่สุด';

export interface Enclosure {
  description: string;
  quantity: number;
  unit: string;
}

export interface LetterBookTable {
  org_unit_id: string;
  book_code: string;
  updated_by: string | null;
  updated_at: SetMoment;
}

export interface LetterCounterTable {
  org_unit_id: string;
  year: number;
  series: LetterSeries;
  last_no: number;
}

export interface LetterTable {
  id: Generated<string>;
  issuing_unit_id: string;
  status: ColumnType<'draft' | 'issued', 'draft' | undefined, 'issued'>;
  circular: boolean;
  urgency: Urgency | null;
  office_name: string;
  office_address: string;
  subject: string;
  salutation: string;
  body: Json<string[]>;
  reference_text: string | null;
  reference_copy_id: string | null;
  enclosures: Json<Enclosure[]>;
  closing: string;
  signer_person_id: string;
  signer_position: string;
  signer_acting_for: string | null;
  owner_unit: string;
  phone: string;
  email: string | null;
  thai_digits: boolean;
  /** A civil date, read as 'YYYY-MM-DD' text (see the repository). */
  letter_date: ColumnType<string | null, never, string>;
  issued_at: ColumnType<Date | null, never, Date>;
  issued_by: ColumnType<string | null, never, string>;
  created_by: string | null;
  created_at: Moment;
  updated_at: SetMoment;
}

export interface LetterAddresseeTable {
  letter_id: string;
  org_unit_id: string;
  position: number;
}

export interface LetterCopyTable {
  id: Generated<string>;
  letter_id: string;
  addressee_unit_id: string;
  issuing_unit_id: string;
  year: number;
  series: 'outgoing' | 'circular';
  running_no: number;
  book_code: string;
  salutation: string;
  body: Json<string[]>;
  status: ColumnType<'issued' | 'cancelled', never, 'cancelled'>;
  cancel_reason: ColumnType<string | null, never, string>;
  cancelled_at: ColumnType<Date | null, never, Date>;
  cancelled_by: ColumnType<string | null, never, string>;
  received_year: ColumnType<number | null, never, number>;
  received_no: ColumnType<number | null, never, number>;
  received_at: ColumnType<Date | null, never, Date>;
  received_by: ColumnType<string | null, never, string>;
}

export interface LetterAttachmentTable {
  letter_id: string;
  file_id: string;
  position: number;
}

export interface LettersTables {
  letter_book: LetterBookTable;
  letter_counter: LetterCounterTable;
  letter: LetterTable;
  letter_addressee: LetterAddresseeTable;
  letter_copy: LetterCopyTable;
  letter_attachment: LetterAttachmentTable;
}
