// Report requests as the API returns them (src/modules/requests/requests.schemas.ts).
export type FileKind = 'image' | 'pdf' | 'word' | 'excel';
export type FieldType = 'number' | 'money' | 'text' | 'date' | 'choice' | 'person' | 'file' | 'photo' | 'table';
export type ColumnType = 'number' | 'money' | 'text' | 'date' | 'choice';

export interface ChoiceOption {
  value: string;
  labelTh: string;
}

/** One field of a report form; which of the optional settings apply depends on `type`. */
export interface FormField {
  key: string;
  type: FieldType;
  labelTh: string;
  required: boolean;
  helpTh: string;
  scale?: number;
  sumInMatrix?: boolean;
  multiline?: boolean;
  options?: ChoiceOption[];
  multiple?: boolean;
  accept?: FileKind[];
  maxBytes?: number;
  maxFiles?: number;
  columns?: FormField[];
  minRows?: number;
  maxRows?: number;
}

export interface UnitRef {
  id: string;
  nameTh: string;
}

export type RequestStatus = 'draft' | 'sent' | 'closed';
export type SubmissionStatus = 'expected' | 'draft' | 'submitted' | 'returned' | 'accepted';
export type MatrixStatus = 'missing' | 'on_time' | 'late' | 'returned' | 'accepted';

export interface ReportRequest {
  id: string;
  issuingUnit: UnitRef;
  title: string;
  instructions: string;
  projectId: string | null;
  letterId: string | null;
  fields: FormField[];
  deadline: string;
  sentOn: string | null;
  status: RequestStatus;
  lockAfterDeadline: boolean;
  /** Set when the units answer on another page (the staff fund's proposals), not here. */
  answeredVia: AnsweredVia | null;
  addressedUnits: UnitRef[];
}

export interface AnsweredVia {
  path: string;
  labelTh: string;
}

export interface RequestSummary {
  id: string;
  issuingUnit: UnitRef;
  title: string;
  deadline: string;
  sentOn: string | null;
  status: RequestStatus;
  expected: number;
  submitted: number;
}

export interface RequestInput {
  orgUnitId: string;
  title: string;
  instructions: string;
  fields: FormField[];
  deadline: string;
  lockAfterDeadline: boolean;
  addressedUnitIds: string[];
}

export interface CreateRequestInput extends RequestInput {
  send: boolean;
}

/** PUT replaces the whole draft: links left out are cleared, so they are always sent. */
export interface UpdateRequestInput extends RequestInput {
  projectId: string | null;
  letterId: string | null;
}

export interface StoredFileRef {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
}

export type Answers = Record<string, unknown>;

export interface Submission {
  id: string;
  request: Omit<ReportRequest, 'addressedUnits'>;
  unit: UnitRef;
  status: SubmissionStatus;
  matrixStatus: MatrixStatus;
  answers: Answers;
  files: Record<string, StoredFileRef[]>;
  people: UnitRef[];
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  late: boolean | null;
  returnComment: string | null;
  updatedAt: string | null;
  locked: boolean;
  lockException: boolean;
  canFill: boolean;
  canReview: boolean;
}

export interface MatrixRow {
  submissionId: string;
  unit: UnitRef;
  status: MatrixStatus;
  firstSubmittedAt: string | null;
  updatedAt: string | null;
  lockException: boolean;
  sums: Record<string, number>;
}

export interface Matrix {
  request: ReportRequest;
  asOf: string;
  sumFields: { key: string; labelTh: string; type: 'number' | 'money' }[];
  rows: MatrixRow[];
  totals: { expected: number; onTime: number; late: number; missing: number; returned: number; accepted: number };
  sums: Record<string, number>;
}

export interface InboxItem {
  submissionId: string;
  requestId: string;
  title: string;
  issuingUnit: UnitRef;
  unit: UnitRef;
  deadline: string;
  sentOn: string | null;
  requestStatus: 'sent' | 'closed';
  status: SubmissionStatus;
  matrixStatus: MatrixStatus;
  dueInDays: number;
  overdue: boolean;
  reminder: boolean;
  locked: boolean;
  answeredVia: AnsweredVia | null;
}
