// Which period a year-end closes, and whether it may be closed: from the day after the previous
// year-end (or the founding date) to a past `through` after everything already closed.
import { AppError } from '../../kernel/errors.js';
import { addDays, civilDate, compareDates, formatThaiDate, type CivilDate } from '../../kernel/dates.js';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { rulesOn, type TGroupRules } from '../savings/index.js';
import { groupDates, latestCloseFrom } from './year-end.repository.js';

const refused = (code: string, messageTh: string, messageEn: string) =>
  new AppError({ code, kind: 'validation', messageTh, messageEn });

export interface YearEndPeriod {
  periodFrom: CivilDate;
  through: CivilDate;
  rules: TGroupRules;
  rulesEffectiveFrom: string;
}

export async function yearEndPeriod(
  db: Kysely<DB> | Transaction<DB>,
  groupId: string,
  throughText: string,
  today: CivilDate,
): Promise<YearEndPeriod> {
  const through = civilDate(throughText);
  const dates = await groupDates(db, groupId);
  const previous = await latestCloseFrom(db, groupId);
  // The closed period would refuse these too; saying which year-end covers the date is clearer.
  if (previous && compareDates(civilDate(previous.through), through) >= 0) {
    const closedOn = formatThaiDate(civilDate(previous.through));
    if (previous.through === through) {
      throw new AppError({
        code: 'year_end_already_closed',
        kind: 'conflict',
        messageTh: `ปิดบัญชีประจำปีถึงวันที่ ${closedOn} ไปแล้ว ไม่สามารถปิดซ้ำได้ ดูผลการปิดบัญชีได้จากรายการปิดบัญชีประจำปี`,
        messageEn: `The year ending ${through} is already closed`,
      });
    }
    throw refused(
      'year_end_inside_closed_year',
      `วันที่ ${formatThaiDate(through)} อยู่ในปีบัญชีที่ปิดไปแล้ว (ปิดบัญชีประจำปีถึงวันที่ ${closedOn}) กรุณาเลือกวันสิ้นปีบัญชีที่หลังจากนั้น`,
      `${through} falls in a year already closed (through ${previous.through})`,
    );
  }
  if (dates.closed_through && compareDates(through, civilDate(dates.closed_through)) <= 0) {
    throw refused(
      'year_end_inside_closed_period',
      `ปิดงวดบัญชีถึงวันที่ ${formatThaiDate(civilDate(dates.closed_through))} แล้ว วันสิ้นปีบัญชีต้องอยู่หลังวันนั้น`,
      `Books are closed through ${dates.closed_through}; the year-end must be later`,
    );
  }
  if (compareDates(through, today) >= 0) {
    throw refused(
      'year_end_not_over',
      `ปิดบัญชีประจำปีได้เฉพาะปีที่สิ้นสุดแล้ว: วันสิ้นปีบัญชีต้องก่อนวันนี้ (${formatThaiDate(today)})`,
      'The year-end date must be in the past',
    );
  }
  const periodFrom = previous ? addDays(civilDate(previous.through), 1) : civilDate(dates.founded_on);
  const rules = await rulesOn(db, groupId, through);
  if (compareDates(through, periodFrom) < 0 || !rules) {
    throw refused(
      'year_end_before_start',
      `วันสิ้นปีบัญชีต้องไม่ก่อนวันเริ่มงวด (${formatThaiDate(periodFrom)})`,
      `The year-end date is before the period starts (${periodFrom})`,
    );
  }
  return { periodFrom, through, rules: rules.rules, rulesEffectiveFrom: rules.effectiveFrom };
}
