// Seed 004, step 6: "สรุปรายงานผลให้จังหวัดทราบภายใน 1 สัปดาห์ หลังการดำเนินงานเสร็จสิ้น". The
// report is due `reportDays` days after the forum, judged by the Bangkok day of the report; before
// it is sent, the clock decides between due and overdue.
import { addDays, compareDates, todayInBangkok, type CivilDate, type Clock } from '../../kernel/dates.js';
import type { TReportDeadline } from './assessments.schemas.js';

export function reportDeadline(
  heldOn: string | null,
  reportDays: number,
  reportedAt: Date | null,
  clock: Clock,
): TReportDeadline {
  if (heldOn === null) return { dueOn: null, reportedOn: null, state: 'not_due' };
  const dueOn = addDays(heldOn as CivilDate, reportDays);
  if (reportedAt) {
    const reportedOn = todayInBangkok({ now: () => reportedAt });
    return { dueOn, reportedOn, state: compareDates(reportedOn, dueOn) > 0 ? 'late' : 'on_time' };
  }
  return { dueOn, reportedOn: null, state: compareDates(todayInBangkok(clock), dueOn) > 0 ? 'overdue' : 'due' };
}
