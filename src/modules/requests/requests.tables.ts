import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string, string>;
type Moment = ColumnType<Date, Date | undefined, Date>;

export interface ReportRequestTable {
  id: Generated<string>;
  org_unit_id: string;
  title: string;
  instructions: string;
  project_id: string | null;
  letter_id: string | null;
  fields: Json;
  deadline: ColumnType<string, string, string>;
  sent_on: ColumnType<string | null, string | null | undefined, string | null>;
  status: Generated<'draft' | 'sent' | 'closed'>;
  lock_after_deadline: boolean;
  /** Set when another page fills in the answers (the staff fund's proposals): where, and its name. */
  answered_via_path: ColumnType<string | null, string | null | undefined, string | null>;
  answered_via_th: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: Moment;
}

export type SubmissionStatus = 'expected' | 'draft' | 'submitted' | 'returned' | 'accepted';

export interface ReportSubmissionTable {
  id: Generated<string>;
  request_id: string;
  org_unit_id: string;
  status: ColumnType<SubmissionStatus, SubmissionStatus | undefined, SubmissionStatus>;
  answers: ColumnType<unknown, string | undefined, string>;
  first_submitted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  late: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  submitted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  return_comment: string | null;
  returned_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  accepted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  lock_exception: Generated<boolean>;
  updated_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  updated_by: string | null;
}

export interface ReportSubmissionFileTable {
  submission_id: string;
  field_key: string;
  file_id: string;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface RequestsTables {
  report_request: ReportRequestTable;
  report_submission: ReportSubmissionTable;
  report_submission_file: ReportSubmissionFileTable;
}
