// Indicators the books already answer, computed on read for the forum's group and day through the
// savings, ledger and loans modules: a posting made after the forum was opened changes them until
// the district officer signs off (then they are frozen with the rest of the results).
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { daysBetween, formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import { formatBaht } from '../../kernel/money.js';
import { lastPostingOn } from '../ledger/index.js';
import { groupArrears } from '../loans/index.js';
import { groupFacts } from '../savings/index.js';
import type { LedgerSource } from './instrument.schemas.js';
import { percentText, type AnswerValue } from './scoring.js';

export interface LedgerValue {
  value: AnswerValue | null;
  explainTh: string;
}

export async function ledgerValues(
  db: Kysely<DB> | Transaction<DB>,
  groupId: string,
  on: CivilDate,
  sources: ReadonlySet<LedgerSource>,
): Promise<Map<LedgerSource, LedgerValue>> {
  const out = new Map<LedgerSource, LedgerValue>();
  const facts = [...sources].some((s) => ['allocation_complete', 'committee_complete', 'active_members'].includes(s))
    ? await groupFacts(db, groupId, on)
    : null;
  if (sources.has('books_days_since_posting')) {
    const last = await lastPostingOn(db, groupId, on);
    out.set(
      'books_days_since_posting',
      last
        ? {
            value: daysBetween(last as CivilDate, on),
            explainTh: `บันทึกบัญชีล่าสุดวันที่ ${formatThaiDate(last as CivilDate)} (${daysBetween(last as CivilDate, on)} วันก่อนวันจัดเวที)`,
          }
        : { value: null, explainTh: 'ยังไม่มีการบันทึกบัญชีในระบบก่อนวันจัดเวที' },
    );
  }
  if (sources.has('arrears_percent')) {
    const a = await groupArrears(db, groupId, on);
    const bp = a.outstanding === 0 ? 0 : Math.floor((a.overdue * 10000) / a.outstanding);
    out.set('arrears_percent', {
      value: bp / 100,
      explainTh:
        a.outstanding === 0
          ? 'ไม่มีเงินกู้คงค้าง'
          : `เงินต้นค้างชำระ ${formatBaht(a.overdue)} บาท จากเงินกู้คงค้าง ${formatBaht(a.outstanding)} บาท (ร้อยละ ${percentText(bp)})`,
    });
  }
  if (facts && sources.has('allocation_complete')) {
    out.set(
      'allocation_complete',
      facts.allocationBp === null
        ? { value: false, explainTh: 'ยังไม่มีระเบียบที่ใช้ ณ วันจัดเวที' }
        : {
            value: facts.allocationBp === 10000,
            explainTh: `ระเบียบที่ใช้ ณ วันจัดเวทีจัดสรรกำไรรวมร้อยละ ${percentText(facts.allocationBp)}`,
          },
    );
  }
  if (facts && sources.has('committee_complete')) {
    out.set('committee_complete', {
      value: facts.executiveSeated,
      explainTh: facts.executiveSeated
        ? 'คณะกรรมการอำนวยการมีประธานและเหรัญญิกอยู่ในวาระ ณ วันจัดเวที'
        : 'ไม่พบประธานหรือเหรัญญิกคณะกรรมการอำนวยการที่อยู่ในวาระ ณ วันจัดเวที',
    });
  }
  if (facts && sources.has('active_members')) {
    out.set('active_members', { value: facts.activeMembers, explainTh: `สมาชิก ${facts.activeMembers} คน ณ วันจัดเวที` });
  }
  return out;
}
