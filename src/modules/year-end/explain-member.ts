// The Thai sentence on a member's year-end statement: how each of their amounts was arrived at, in
// the words a committee would read out at the annual meeting.
import { formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import { formatBaht, satang } from '../../kernel/money.js';
import { percentOf } from './year-end-kernel.js';
import type { TYearEndMember } from './year-end.schemas.js';

export interface ExplainContext {
  through: CivilDate;
  method: 'share_months' | 'year_end_balance';
  monthCount: number;
  dividendWeightTotal: number;
  refundWeightTotal: number;
  specialSavingsAnnualRateBp: number;
  hasProfit: boolean;
}

const baht = (n: number) => formatBaht(satang(n));
const bpAsPercent = (bp: number) => `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;

function shareSentences(m: Omit<TYearEndMember, 'explanationTh'>, c: ExplainContext): string[] {
  if (!m.eligible) {
    if (m.leftOn) {
      return [
        `พ้นสภาพสมาชิกเมื่อวันที่ ${formatThaiDate(m.leftOn as CivilDate)} และรับเงินออมคืนแล้ว ` +
          'จึงไม่มีสิทธิ์รับปันผล เงินเฉลี่ยคืน และดอกเบี้ยเงินฝากสัจจะพิเศษประจำปี',
      ];
    }
    return [`สมัครเป็นสมาชิกเมื่อวันที่ ${formatThaiDate(m.joinedOn as CivilDate)} หลังวันสิ้นปีบัญชี จึงไม่มีสิทธิ์รับปันผลและเงินเฉลี่ยคืน`];
  }
  if (!c.hasProfit) return ['ปีนี้ไม่มีกำไรสุทธิให้จัดสรร จึงไม่มีปันผลและเงินเฉลี่ยคืน'];
  const share = percentOf(m.dividendWeight, c.dividendWeightTotal);
  const dividend =
    c.method === 'share_months'
      ? `หุ้น-เดือนรวม ${baht(m.dividendWeight)} บาท·เดือน จาก ${c.monthCount} เดือน ` +
        `(สัดส่วนร้อยละ ${share} ของ ${baht(c.dividendWeightTotal)} บาท·เดือนทั้งกลุ่ม) ได้ปันผล ${baht(m.dividend)} บาท`
      : `เงินสัจจะสะสม ณ วันที่ ${formatThaiDate(c.through)} ${baht(m.dividendWeight)} บาท ` +
        `(สัดส่วนร้อยละ ${share} ของ ${baht(c.dividendWeightTotal)} บาททั้งกลุ่ม) ได้ปันผล ${baht(m.dividend)} บาท`;
  const refund =
    m.interestPaid > 0
      ? `ชำระดอกเบี้ยเงินกู้ ${baht(m.interestPaid)} บาท (สัดส่วนร้อยละ ${percentOf(m.interestPaid, c.refundWeightTotal)} ` +
        `ของ ${baht(c.refundWeightTotal)} บาททั้งกลุ่ม) ได้เงินเฉลี่ยคืน ${baht(m.refund)} บาท`
      : 'ไม่ได้ชำระดอกเบี้ยเงินกู้ในปีนี้ จึงไม่มีเงินเฉลี่ยคืน';
  return [dividend, refund];
}

export function explainMember(m: Omit<TYearEndMember, 'explanationTh'>, c: ExplainContext): string {
  const parts = shareSentences(m, c);
  if (m.specialInterest > 0) {
    const total = m.specialMonthEnd.reduce((a, b) => a + b, 0);
    parts.push(
      `ยอดเงินฝากสัจจะพิเศษสิ้นเดือนรวม ${baht(total)} บาท·เดือน × ร้อยละ ${bpAsPercent(c.specialSavingsAnnualRateBp)} ต่อปี ÷ 12 ` +
        `ได้ดอกเบี้ยเงินฝาก ${baht(m.specialInterest)} บาท`,
    );
  }
  parts.push(`รวมได้รับ ${baht(m.total)} บาท`);
  return parts.join(' / ');
}
