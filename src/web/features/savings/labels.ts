import type { GroupSummary, LoanStatus } from '../../api/savings-types.js';
import { th } from '../../i18n/th.js';
import { unitNameById } from '../org/labels.js';

/** "ตำบลต้นธงชัย อำเภอเมืองลำปาง" */
export function groupPlace(g: Pick<GroupSummary, 'orgUnitId' | 'orgUnitNameTh' | 'districtId' | 'districtNameTh'>) {
  return `${unitNameById(g.orgUnitId, g.orgUnitNameTh)} ${unitNameById(g.districtId, g.districtNameTh)}`;
}

export const loanStatusLabel = (s: LoanStatus): string => th.savings.loans.statuses[s] ?? s;

/** "ค้างชำระ 31–90 วัน" for the server's bucket codes ('1-30', '31-90', '91-180', '>180'). */
export const agingLabel = (bucket: string | null): string =>
  bucket ? (th.savings.loans.buckets[bucket] ?? bucket) : th.savings.loans.current;

export const entryKindLabel = (kind: string): string => th.savings.journal.kinds[kind] ?? kind;

export const groupPath = (groupId: string) => `/groups/${encodeURIComponent(groupId)}`;

export const passbookPath = (groupId: string, memberNo: number) => `${groupPath(groupId)}/members/${memberNo}`;

export const receiptPath = (groupId: string, batchNo: number) => `${groupPath(groupId)}/receipts/${batchNo}`;
