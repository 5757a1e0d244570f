// A posted meeting day rebuilt from its journal entries (GET …/journal?batchNo=), in the shape the
// meeting-day post returned, so the same receipt can be printed again later.
import type { JournalEntry, MeetingDayResult, MemberSummary } from '../../../api/savings-types.js';

type Row = MeetingDayResult['entries'][number];

/** Credits are negative in the books; what the member paid in is shown positive. */
function rowOf(e: JournalEntry, fullName: string): Row {
  const paid = (code: string) =>
    e.lines.filter((l) => l.accountCode === code && l.amount < 0).reduce((a, l) => a - l.amount, 0);
  const drawn = (code: string) =>
    e.lines.filter((l) => l.accountCode === code && l.amount > 0).reduce((a, l) => a + l.amount, 0);
  return {
    memberNo: e.memberNo ?? 0,
    fullName,
    entryNo: e.entryNo,
    pledge: paid('3101'),
    specialDeposit: paid('2101'),
    specialWithdrawal: drawn('2101'),
    loanPrincipal: paid('1201'),
    loanInterest: paid('4101'),
    loanPenalty: paid('4105'),
    fine: paid('4102'),
  };
}

export function receiptFromJournal(
  groupId: string,
  batchNo: number,
  entries: JournalEntry[],
  members: MemberSummary[],
): MeetingDayResult {
  const names = new Map(members.map((m) => [m.memberNo, m.fullName]));
  const rows = entries
    .filter((e) => e.kind === 'meeting_day')
    .sort((a, b) => a.entryNo - b.entryNo)
    .map((e) => rowOf(e, names.get(e.memberNo ?? 0) ?? ''));
  const total = (k: keyof Omit<Row, 'memberNo' | 'fullName' | 'entryNo'>) => rows.reduce((a, r) => a + r[k], 0);
  const totals = {
    pledge: total('pledge'),
    specialDeposit: total('specialDeposit'),
    specialWithdrawal: total('specialWithdrawal'),
    fine: total('fine'),
    loanPrincipal: total('loanPrincipal'),
    loanInterest: total('loanInterest'),
    loanPenalty: total('loanPenalty'),
  };
  const cashIn =
    totals.pledge +
    totals.specialDeposit +
    totals.fine +
    totals.loanPrincipal +
    totals.loanInterest +
    totals.loanPenalty;
  return {
    groupId,
    batchNo,
    postedOn: rows.length ? (entries.find((e) => e.entryNo === rows[0]!.entryNo)?.postedOn ?? '') : '',
    entries: rows,
    totals: { ...totals, cashIn, cashOut: totals.specialWithdrawal },
  };
}
