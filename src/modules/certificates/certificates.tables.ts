import type { ColumnType, Generated } from 'kysely';

/** A civil date: written and read as 'YYYY-MM-DD' (the driver leaves dates as strings). */
type Day = ColumnType<string, string, string>;
type NullableMoment = ColumnType<Date | null, Date | null | undefined, Date | null>;

export type CertificateSourceKind = 'award' | 'vote';

export interface CertificateTable {
  id: Generated<string>;
  issue_no: ColumnType<number, never, never>;
  code: string;
  issuer_unit_id: string;
  issuer_name_th: string;
  source_kind: CertificateSourceKind;
  source_id: string;
  recipient_key: string;
  person_id: string | null;
  recipient_name: string;
  honour: string;
  event_title: string;
  signer_name: string;
  signer_position: string;
  issued_on: Day;
  created_by: string;
  created_at: ColumnType<Date, Date | undefined, never>;
  revoked_at: NullableMoment;
  revoked_reason: string | null;
  revoked_by: string | null;
}

export interface CertificatesTables {
  certificate: CertificateTable;
}
