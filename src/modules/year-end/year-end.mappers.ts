import { satang } from '../../kernel/money.js';
import type { CloseRow } from './year-end.repository.js';
import type { TYearEndClose } from './year-end.schemas.js';

const entryNo = (v: string | null) => (v === null ? null : Number(v));

export function toSummary(r: CloseRow): Omit<TYearEndClose, 'computation'> {
  return {
    groupId: r.group_id,
    through: r.through,
    periodFrom: r.period_from,
    netProfit: satang(Number(r.net_profit)),
    entryNos: {
      interest: entryNo(r.interest_entry_no),
      closing: entryNo(r.closing_entry_no),
      allocation: entryNo(r.allocation_entry_no),
    },
    closedAt: r.closed_at.toISOString(),
  };
}
