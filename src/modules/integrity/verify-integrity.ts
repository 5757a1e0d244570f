// `npm run cli -- verify`: every group's journal chain and book head, every org unit's audit chain,
// and every maintained figure against the journal. Reports each broken chain at its first break
// (a later link of a chain broken earlier says nothing new) and each disagreeing figure.
import { CompiledQuery, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { checkBalances, type BalanceCheck } from './balance-checks.js';
import { AUDIT_HEADS, AUDIT_LINKS, JOURNAL_HEADS, JOURNAL_LINKS, type ChainBreakRow } from './chain-checks.js';

export interface IntegrityBreak {
  kind: 'journal' | 'audit' | 'balance';
  /** The group (journal, balance) or org unit ('' for records of no unit) the break is in. */
  where: string;
  /** The entry or audit sequence number where the chain first breaks; rows that disagree for a balance. */
  at: number;
  problem: 'changed' | 'missing' | 'head' | BalanceCheck;
  messageTh: string;
  messageEn: string;
}

export interface IntegrityReport {
  groups: number;
  entries: number;
  auditRecords: number;
  breaks: IntegrityBreak[];
}

const CHUNK = 500;

export async function verifyIntegrity(
  db: Kysely<DB>,
  onProgress: (groupsDone: number, groups: number) => void = () => {},
): Promise<IntegrityReport> {
  const query = async <R>(text: string, params: unknown[] = []) =>
    (await db.executeQuery<R>(CompiledQuery.raw(text, params))).rows;
  const groups = await query<{ id: string; name_th: string }>(
    `SELECT b.group_id::text AS id, g.name_th FROM ledger_book b JOIN savings_group g ON g.id = b.group_id ORDER BY 1`,
  );
  const nameOf = new Map(groups.map((g) => [g.id, g.name_th]));
  const breaks: IntegrityBreak[] = [];
  for (let i = 0; i < groups.length; i += CHUNK) {
    const ids = groups.slice(i, i + CHUNK).map((g) => g.id);
    const param = `{${ids.join(',')}}`;
    const links = await query<ChainBreakRow>(JOURNAL_LINKS, [param]);
    const heads = await query<ChainBreakRow>(JOURNAL_HEADS, [param]);
    const broken = new Set<string>();
    for (const r of links) {
      if (broken.has(r.chain)) continue;
      broken.add(r.chain);
      breaks.push(journalBreak(r, nameOf.get(r.chain)!));
    }
    for (const r of heads) if (!broken.has(r.chain)) breaks.push(journalBreak(r, nameOf.get(r.chain)!));
    for (const d of await checkBalances(query<{ bad: number; first_group: string | null }>, ids))
      breaks.push({
        kind: 'balance',
        where: d.firstGroupId,
        at: d.rows,
        problem: d.check,
        messageTh: `ยอดสะสมที่ระบบเก็บไว้ (${d.check}) ไม่ตรงกับรายการบัญชี ${d.rows} แถว เริ่มที่กลุ่ม ${nameOf.get(d.firstGroupId) ?? d.firstGroupId}`,
        messageEn: `Maintained figures (${d.check}) disagree with the journal in ${d.rows} rows, first in group ${d.firstGroupId}`,
      });
    onProgress(Math.min(i + CHUNK, groups.length), groups.length);
  }
  const audit = [...(await query<ChainBreakRow>(AUDIT_LINKS)), ...(await query<ChainBreakRow>(AUDIT_HEADS))];
  const brokenAudit = new Set<string>();
  for (const r of audit) {
    if (brokenAudit.has(r.chain)) continue;
    brokenAudit.add(r.chain);
    breaks.push(auditBreak(r));
  }
  const [counts] = await query<{ entries: string; audit: string }>(
    `SELECT (SELECT count(*) FROM journal_entry)::text AS entries, (SELECT count(*) FROM audit_log)::text AS audit`,
  );
  return { groups: groups.length, entries: Number(counts!.entries), auditRecords: Number(counts!.audit), breaks };
}

function journalBreak(r: ChainBreakRow, name: string): IntegrityBreak {
  const seq = Number(r.seq);
  const expected = Number(r.expected_seq);
  const base = { kind: 'journal' as const, where: r.chain, problem: r.problem };
  if (r.problem === 'missing')
    return {
      ...base,
      at: expected,
      messageTh: `กลุ่ม ${name}: รายการบัญชีเลขที่ ${expected} หายไปจากสมุด (พบเลขที่ ${seq} ถัดจากเลขที่ ${expected - 1})`,
      messageEn: `Group ${r.chain}: journal entry ${expected} is missing (entry ${seq} follows ${expected - 1})`,
    };
  if (r.problem === 'head')
    return {
      ...base,
      at: seq,
      messageTh: `กลุ่ม ${name}: ค่าแฮชล่าสุดของสมุดบัญชีไม่ตรงกับรายการสุดท้าย (เลขที่ ${seq}) — มีรายการถูกลบหรือสมุดถูกแก้ไข`,
      messageEn: `Group ${r.chain}: the book's head does not match its last entry (${seq}): entries removed or the book edited`,
    };
  return {
    ...base,
    at: seq,
    messageTh: `กลุ่ม ${name}: รายการบัญชีเลขที่ ${seq} ถูกแก้ไขหลังบันทึก (ค่าแฮชไม่ตรงกับเนื้อหา)`,
    messageEn: `Group ${r.chain}: journal entry ${seq} was changed after it was written (its hash does not match)`,
  };
}

function auditBreak(r: ChainBreakRow): IntegrityBreak {
  const unit = r.chain || '(ไม่ระบุหน่วยงาน)';
  const seq = Number(r.problem === 'missing' ? r.expected_seq : r.seq);
  const what = {
    changed: [`ลำดับที่ ${seq} ถูกแก้ไขหลังบันทึก`, `record ${seq} was changed after it was written`],
    missing: [`ลำดับที่ ${seq} หายไป`, `record ${seq} is missing`],
    head: [`ค่าแฮชล่าสุดไม่ตรงกับบันทึกสุดท้าย (ลำดับที่ ${seq})`, `the head does not match the last record (${seq})`],
  }[r.problem];
  return {
    kind: 'audit',
    where: r.chain,
    at: seq,
    problem: r.problem,
    messageTh: `บันทึกการตรวจสอบของหน่วยงาน ${unit}: ${what[0]}`,
    messageEn: `Audit chain of unit ${r.chain || '(none)'}: ${what[1]}`,
  };
}
