// A member's statement from the journal: their pledged and special savings and loan principal, entry
// by entry in posting order, with the running balance of each.
import type { JournalEntry } from '../../../api/savings-types.js';

const PLEDGED = '3101';
const SPECIAL = '2101';
const LOANS = '1201';

export interface StatementLine {
  entryNo: number;
  postedOn: string;
  kind: string;
  memo: string;
  reason: string | null;
  /** Changes as the member sees them: money in is positive. */
  pledged: number;
  special: number;
  loan: number;
  pledgedBalance: number;
  specialBalance: number;
  loanBalance: number;
}

export function statement(entries: JournalEntry[], memberNo: number): StatementLine[] {
  const ordered = [...entries].sort((a, b) =>
    a.postedOn === b.postedOn ? a.entryNo - b.entryNo : a.postedOn < b.postedOn ? -1 : 1,
  );
  let pledgedBalance = 0;
  let specialBalance = 0;
  let loanBalance = 0;
  return ordered.map((e) => {
    const mine = e.lines.filter((l) => l.memberNo === memberNo);
    // Savings are credits (negative) in the books; a loan owed is a debit.
    const on = (code: string, sign: 1 | -1) =>
      mine.filter((l) => l.accountCode === code).reduce((a, l) => a + sign * l.amount, 0);
    const pledged = on(PLEDGED, -1);
    const special = on(SPECIAL, -1);
    const loan = on(LOANS, 1);
    pledgedBalance += pledged;
    specialBalance += special;
    loanBalance += loan;
    return {
      entryNo: e.entryNo,
      postedOn: e.postedOn,
      kind: e.kind,
      memo: e.memo,
      reason: e.reason,
      pledged,
      special,
      loan,
      pledgedBalance,
      specialBalance,
      loanBalance,
    };
  });
}
