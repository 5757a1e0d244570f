// Bringing an existing group's books in: members with their savings and outstanding loans from a
// sheet, checked row by row (issues say "row N, column KEY"); every row valid or nothing written.
// One opening entry balances it all: cash and bank as counted, loans receivable, members' savings,
// and the difference as the group's reserve carried forward.
import { AppError, validationError, type FieldIssue } from '../../kernel/errors.js';
import { civilDate, compareDates, parseThaiDate, type CivilDate } from '../../kernel/dates.js';
import { formatBaht, neg, parseBaht, satang, sub, sum, ZERO, type Satang } from '../../kernel/money.js';
import { isValidThaiId, normalizeThaiId } from '../../kernel/thai-id.js';
import type { UseCaseContext } from '../../server/context.js';
import { emptyFile, readSheetFile } from '../../server/spreadsheet.js';
import { recordAudit } from '../audit/index.js';
import { ACCOUNTS, ledgerWrite, recordJoins, type LineDraft } from '../ledger/index.js';
import { insertOpeningLoan, refreshLoanPositions } from '../loans/index.js';
import { pledgeAllowed, rulesOn, type TGroupRules, type TLoanType } from '../savings/index.js';
import { readOpeningRows, type OpeningRow } from './import-columns.js';

export const MAX_OPENING_ROWS = 2000;

interface CheckedRow {
  thaiId: string;
  title: string;
  firstName: string;
  lastName: string;
  joinedOn: CivilDate;
  monthlyPledge: Satang;
  pledged: Satang;
  special: Satang;
  loan: { type: TLoanType; outstanding: Satang; remaining: number; nextDueOn: CivilDate } | null;
}

export interface ImportOpeningResult {
  members: number;
  loans: number;
  entryNo: number;
  totals: { pledged: number; special: number; loans: number; cash: number; bank: number; reserve: number };
}

export async function importOpeningBalances(
  ctx: UseCaseContext,
  req: { groupId: string; bytes: Uint8Array; fileName: string; asOf: string; cash: string; bank: string },
  idempotencyKey: string | undefined,
): Promise<ImportOpeningResult> {
  const asOf = civilDate(req.asOf);
  const cash = parseBaht(req.cash);
  const bank = parseBaht(req.bank);
  const sheet = readOpeningRows(await readSheetFile(req.bytes, req.fileName));
  if (sheet.issues.length) throw validationError(sheet.issues, 'import_rows_invalid');
  if (sheet.rows.length === 0) throw emptyFile();
  if (sheet.rows.length > MAX_OPENING_ROWS) {
    throw validationError([
      {
        path: 'file',
        messageTh: `นำเข้าได้ครั้งละไม่เกิน ${MAX_OPENING_ROWS} แถว`,
        messageEn: `At most ${MAX_OPENING_ROWS} rows`,
      },
    ]);
  }
  const { result } = await ledgerWrite(
    ctx,
    {
      groupId: req.groupId,
      idempotencyKey,
      operation: 'group.import_opening',
      // The file's rows, not its bytes, are the request: the same content re-saved is the same import.
      request: { asOf, cash, bank, rows: sheet.rows },
      permission: 'savings:manage',
    },
    async ({ trx, group, book, post }) => {
      const existing = await trx
        .selectFrom('group_member')
        .select('member_no')
        .where('group_id', '=', group.id)
        .limit(1)
        .execute();
      if (existing.length) {
        throw new AppError({
          code: 'group_not_empty',
          kind: 'validation',
          messageTh: 'นำเข้ายอดยกมาได้เฉพาะกลุ่มที่ยังไม่มีสมาชิกในระบบ',
          messageEn: 'Opening balances can only be imported into a group without members',
        });
      }
      const rules = await rulesOn(trx, group.id, asOf);
      if (!rules || compareDates(asOf, book.today) > 0) {
        throw validationError([
          { path: 'asOf', messageTh: 'วันที่ยอดยกมาต้องอยู่ระหว่างวันก่อตั้งกลุ่มถึงวันนี้', messageEn: 'asOf out of range' },
        ]);
      }
      const issues: FieldIssue[] = [];
      const seen = new Map<string, number>();
      const checked = sheet.rows.map((r) => checkRow(r, rules.rules, asOf, seen, issues));
      if (issues.length) throw validationError(issues.slice(0, 500), 'import_rows_invalid');
      const rows = checked as CheckedRow[];
      const pledged = sum(rows.map((r) => r.pledged));
      const special = sum(rows.map((r) => r.special));
      const loans = sum(rows.map((r) => r.loan?.outstanding ?? ZERO));
      const reserve = sub(sub(sum([cash, bank, loans]), pledged), special);
      const lines: LineDraft[] = [];
      if (cash) lines.push({ account: ACCOUNTS.cash, amount: cash });
      if (bank) lines.push({ account: ACCOUNTS.bank, amount: bank });
      let loanNo = 0;
      rows.forEach((r, i) => {
        const memberNo = i + 1;
        if (r.pledged) lines.push({ account: ACCOUNTS.pledgedSavings, amount: neg(r.pledged), memberNo });
        if (r.special) lines.push({ account: ACCOUNTS.specialSavings, amount: neg(r.special), memberNo });
        if (r.loan)
          lines.push({ account: ACCOUNTS.loansReceivable, amount: r.loan.outstanding, memberNo, loanNo: ++loanNo });
      });
      if (reserve) lines.push({ account: ACCOUNTS.reserve, amount: neg(reserve) });
      await trx
        .insertInto('group_member')
        .values(
          rows.map((r, i) => ({
            group_id: group.id,
            member_no: i + 1,
            thai_id: r.thaiId,
            title: r.title,
            first_name: r.firstName,
            last_name: r.lastName,
            joined_on: r.joinedOn,
            monthly_pledge: r.monthlyPledge,
          })),
        )
        .execute();
      await recordJoins(
        trx,
        group.id,
        rows.map((r) => r.joinedOn),
      );
      const [entryNo] = await post([{ postedOn: asOf, kind: 'opening', memo: 'ยอดยกมาจากบัญชีเดิมของกลุ่ม', lines }]);
      loanNo = 0;
      for (const [i, r] of rows.entries()) {
        if (!r.loan) continue;
        await insertOpeningLoan(trx, {
          groupId: group.id,
          loanNo: ++loanNo,
          memberNo: i + 1,
          type: r.loan.type,
          outstanding: r.loan.outstanding,
          remainingInstallments: r.loan.remaining,
          nextDueOn: r.loan.nextDueOn,
          asOf,
          enteredBy: ctx.actor.userId,
          openingEntryNo: entryNo!,
        });
      }
      // The opening entry was posted before the loans existed: their positions start now.
      await refreshLoanPositions(
        trx,
        Array.from({ length: loanNo }, (_, i) => ({ groupId: group.id, loanNo: i + 1 })),
      );
      const out: ImportOpeningResult = {
        members: rows.length,
        loans: loanNo,
        entryNo: entryNo!,
        totals: { pledged, special, loans, cash, bank, reserve },
      };
      await recordAudit(trx, {
        actorUserId: ctx.actor.userId,
        action: 'group.import_opening',
        entityType: 'savings_group',
        entityId: group.id,
        orgUnitId: group.orgUnitId,
        after: { fileName: req.fileName, asOf, ...out },
        requestId: ctx.requestId,
      });
      return out;
    },
  );
  return result;
}

function checkRow(r: OpeningRow, rules: TGroupRules, asOf: CivilDate, seen: Map<string, number>, issues: FieldIssue[]) {
  const at = (key: string, messageTh: string, messageEn: string) =>
    issues.push({
      path: `row ${r.rowNumber}, column ${key}`,
      messageTh: `แถว ${r.rowNumber}: ${messageTh}`,
      messageEn,
    });
  const text = (key: 'title' | 'firstName' | 'lastName') => {
    const v = r[key]?.trim() ?? '';
    if (!v) at(key, 'กรุณากรอกข้อมูล', 'Required');
    return v;
  };
  const money = (key: 'monthlyPledge' | 'pledged' | 'special' | 'loanOutstanding', required: boolean): Satang => {
    const v = r[key];
    if (!v) {
      if (required) at(key, 'กรุณากรอกจำนวนเงิน', 'Required');
      return ZERO;
    }
    try {
      const s = parseBaht(v);
      if (s < 0) at(key, 'จำนวนเงินต้องไม่ติดลบ', 'Negative amount');
      return s < 0 ? ZERO : s;
    } catch (e) {
      at(key, e instanceof AppError ? e.messageTh : 'จำนวนเงินไม่ถูกต้อง', 'Invalid amount');
      return ZERO;
    }
  };
  const date = (key: 'joinedOn' | 'nextDueOn'): CivilDate | null => {
    try {
      return parseThaiDate(r[key] ?? '');
    } catch (e) {
      at(key, e instanceof AppError ? e.messageTh : 'วันที่ไม่ถูกต้อง', 'Invalid date');
      return null;
    }
  };
  const thaiId = normalizeThaiId(r.thaiId ?? '');
  if (!isValidThaiId(thaiId)) at('thaiId', 'เลขประจำตัวประชาชนไม่ถูกต้อง', 'Invalid Thai ID');
  else if (seen.has(thaiId)) at('thaiId', `เลขประจำตัวประชาชนซ้ำกับแถว ${seen.get(thaiId)}`, 'Duplicate Thai ID');
  else seen.set(thaiId, r.rowNumber);
  const row = { thaiId, title: text('title'), firstName: text('firstName'), lastName: text('lastName') };
  const joinedOn = date('joinedOn');
  if (joinedOn && compareDates(joinedOn, asOf) > 0) at('joinedOn', 'วันที่สมัครอยู่หลังวันที่ยอดยกมา', 'Joined after asOf');
  const monthlyPledge = money('monthlyPledge', true);
  if (monthlyPledge && !pledgeAllowed(rules, monthlyPledge)) {
    at('monthlyPledge', `เงินสัจจะรายเดือน ${formatBaht(monthlyPledge)} บาท ไม่ตรงกับระเบียบกลุ่ม`, 'Pledge not allowed');
  }
  const pledged = money('pledged', true);
  const special = money('special', false);
  const outstanding = money('loanOutstanding', false);
  let loan: CheckedRow['loan'] = null;
  if (outstanding > 0) {
    const type = rules.loanTypes.find((t) => t.code === r.loanType?.trim() || t.nameTh === r.loanType?.trim());
    if (!type) at('loanType', 'ไม่พบประเภทเงินกู้นี้ในระเบียบกลุ่ม', 'Unknown loan type');
    const remaining = Number(r.remainingInstallments);
    if (!Number.isInteger(remaining) || remaining < 1 || remaining > 360) {
      at('remainingInstallments', 'จำนวนงวดที่เหลือต้องเป็นจำนวนเต็ม 1–360', 'Remaining installments 1–360');
    }
    const nextDueOn = date('nextDueOn');
    if (nextDueOn && compareDates(nextDueOn, asOf) <= 0)
      at('nextDueOn', 'งวดถัดไปต้องครบกำหนดหลังวันที่ยอดยกมา', 'Next due not after asOf');
    if (type && nextDueOn) loan = { type, outstanding, remaining, nextDueOn };
  }
  return { ...row, joinedOn: joinedOn!, monthlyPledge, pledged, special: satang(special), loan };
}
