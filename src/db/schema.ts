// The whole database as Kysely sees it, composed from each module's own table types.
import type { AnomaliesTables } from '../modules/anomalies/anomalies.tables.js';
import type { AssessmentsTables } from '../modules/assessments/assessments.tables.js';
import type { AuditTables } from '../modules/audit/audit.tables.js';
import type { AuthTables } from '../modules/auth/auth.tables.js';
import type { AwardsTables } from '../modules/awards/awards.tables.js';
import type { CampaignsTables } from '../modules/campaigns/campaigns.tables.js';
import type { CertificatesTables } from '../modules/certificates/certificates.tables.js';
import type { ProgramsTables } from '../modules/programs/programs.tables.js';
import type { FilesTables } from '../modules/files/files.tables.js';
import type { FundTables } from '../modules/fund/fund.tables.js';
import type { LedgerTables } from '../modules/ledger/ledger.tables.js';
import type { LettersTables } from '../modules/letters/letters.tables.js';
import type { LoansTables } from '../modules/loans/loans.tables.js';
import type { OrgTables } from '../modules/org/org.tables.js';
import type { PassbookTables } from '../modules/passbook/passbook.tables.js';
import type { PeopleTables } from '../modules/people/people.tables.js';
import type { ReportsTables } from '../modules/reports/reports.tables.js';
import type { RequestsTables } from '../modules/requests/requests.tables.js';
import type { SavingsTables } from '../modules/savings/savings.tables.js';
import type { VotesTables } from '../modules/votes/votes.tables.js';
import type { YearEndTables } from '../modules/year-end/year-end.tables.js';

export interface SchemaMigrationTable {
  name: string;
  checksum: string;
  applied_at?: Date;
}

export interface DB
  extends
    OrgTables,
    PeopleTables,
    PassbookTables,
    AuthTables,
    AuditTables,
    AnomaliesTables,
    AssessmentsTables,
    AwardsTables,
    SavingsTables,
    LedgerTables,
    LoansTables,
    YearEndTables,
    CampaignsTables,
    CertificatesTables,
    ProgramsTables,
    FilesTables,
    FundTables,
    LettersTables,
    RequestsTables,
    ReportsTables,
    VotesTables {
  schema_migration: SchemaMigrationTable;
}
